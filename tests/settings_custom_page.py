"""The example site on a custom base page model (``WAGTAIL_PAGE_MODEL``).

Proves that the mixin, the migrations and the importer work where Wagtail's own
``Page`` is swapped out. Run: ``make test-custom-page``.
"""

import os
import tempfile

from tests.settings import *  # noqa: F403
from tests.settings import INSTALLED_APPS, TEMPLATES

INSTALLED_APPS = ["tests.custom_page", "wagtail.test.basepage"] + [
    app for app in INSTALLED_APPS if app != "home"
]
# Without the example site's home app, without its frame (``home/base.html``) too.
TEMPLATES = [
    {
        **TEMPLATES[0],
        "OPTIONS": {
            "context_processors": [
                name
                for name in TEMPLATES[0]["OPTIONS"]["context_processors"]
                if not name.startswith("home.")
            ]
        },
    }
]
WAGTAIL_PAGE_MODEL = "basepage.BasePage"
WAGTAIL_DOSSIERS = {"PAGE_MODEL": "custom_page.DossierPage"}

if not os.environ.get("DATABASE_URL"):
    # Never the demo's database: its migration history is the other page model's.
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.path.join(tempfile.gettempdir(), "wagtail-dossiers-custom-page.sqlite3"),
        }
    }
