"""How many submissions one client address may send: a count per hour in Django's cache."""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.http import HttpRequest

from ..conf import get_setting

WINDOW = 60 * 60  # seconds


def _key(request: HttpRequest) -> str:
    # The address is hashed so that the cache never holds it in the clear. Only
    # REMOTE_ADDR: a forwarded header is the client's to forge; a site behind a proxy
    # sets REMOTE_ADDR from it in its own middleware, where it knows the proxy.
    address = request.META.get("REMOTE_ADDR", "")
    return "wagtail_dossiers:submit:" + hashlib.sha256(address.encode()).hexdigest()


def is_limited(request: HttpRequest) -> bool:
    """Whether the client has used up its submissions for this hour."""
    return cache.get(_key(request), 0) >= get_setting("SUBMISSIONS_PER_HOUR")


def count(request: HttpRequest) -> None:
    """Count one stored submission; the hour starts with the first."""
    key = _key(request)
    if cache.add(key, 1, WINDOW):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, WINDOW)
