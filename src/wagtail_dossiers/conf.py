"""The app's settings, read from one ``WAGTAIL_DOSSIERS`` dict with defaults.

```python
WAGTAIL_DOSSIERS = {
    "PAGE_MODEL": "wagtail_dossiers.DossierPage",   # the page type imports create
    "DETECTORS": ["wagtail_dossiers.importer.detectors.DefaultDetector"],
    "CONVERTERS": {},           # element class name -> dotted path of a converter
    "MAX_UPLOAD_SIZE": 5 * 1024 * 1024,
    "IMPORT_TIME_BUDGET": 20,   # seconds one import may read and check before it is stopped
    "CACHE_TIMEOUT": 600,       # seconds a rendered dossier body stays cached
    "CARD_CACHE_TIMEOUT": 86400,  # seconds a section's rendered cards stay cached
    "SUBMISSIONS_PER_HOUR": 5,  # submissions one client address may send in an hour
    "SUBMISSION_RETENTION_DAYS": 90,  # days a submitter's name and e-mail outlive the decision
    "LAZY_RICH_TEXT": True,     # the page editor mounts a rich text editor when it comes into view
}
```
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.conf import settings
from django.utils.module_loading import import_string

DEFAULTS: dict[str, Any] = {
    "PAGE_MODEL": "wagtail_dossiers.DossierPage",
    "DETECTORS": ["wagtail_dossiers.importer.detectors.DefaultDetector"],
    "CONVERTERS": {},
    "MAX_UPLOAD_SIZE": 5 * 1024 * 1024,
    "IMPORT_TIME_BUDGET": 20,
    "CACHE_TIMEOUT": 600,
    "CARD_CACHE_TIMEOUT": 86400,
    "SUBMISSIONS_PER_HOUR": 5,
    "SUBMISSION_RETENTION_DAYS": 90,
    "LAZY_RICH_TEXT": True,
}


def get_setting(name: str) -> Any:
    return getattr(settings, "WAGTAIL_DOSSIERS", {}).get(name, DEFAULTS[name])


def get_time_budget() -> float | None:
    """Seconds one import may take before it stops (None: no limit)."""
    seconds = get_setting("IMPORT_TIME_BUDGET")
    return None if seconds is None else float(seconds)


def get_page_model():
    """The page type the importer creates (a site with a custom base page names its own)."""
    return apps.get_model(get_setting("PAGE_MODEL"))


def get_detectors():
    from .importer.detectors import Detectors

    return Detectors([import_string(path)() for path in get_setting("DETECTORS")])
