"""The preview's reading, kept for its confirmation: an admin import parses its source once.

The source itself still travels signed in the form (``forms.SignedSource``); what the preview
read from it waits in Django's cache under a digest of that signed token, so only the editor
holding the token can name it, and only until the token expires. When the cache has lost it
(another process, a restart, a cache too small) the confirmation reads the source again: the
same bytes and hints give the same result, only later.
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache

from ..forms import PREVIEW_MAX_AGE
from .pipeline import PreparedImport

_PREFIX = "wagtail_dossiers:preview:"


def _key(token: str) -> str:
    return _PREFIX + hashlib.sha256(token.encode()).hexdigest()


def keep(token: str, prepared: PreparedImport) -> None:
    """Keep what the preview of ``token`` read, for as long as the token is valid."""
    cache.set(_key(token), prepared, PREVIEW_MAX_AGE)


def take(token: str) -> PreparedImport | None:
    """What the preview of ``token`` read, once (a second confirmation reads again)."""
    key = _key(token)
    prepared = cache.get(key)
    cache.delete(key)
    return prepared if isinstance(prepared, PreparedImport) else None
