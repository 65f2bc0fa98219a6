"""The last guard before a write: nothing executable may reach the database.

Parsers and Wagtail's whitelist already neutralise hostile input; this check walks
everything about to be stored and refuses the import if anything slipped through.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..validators import is_safe_url

_TAG_RE = re.compile(r"<\s*/?\s*(script|iframe|object|embed|style|template|svg|math)\b", re.I)
_EVENT_RE = re.compile(r"<[^>]*\son\w+\s*=", re.I)
_ATTR_URL_RE = re.compile(r"""\b(?:href|src|action|formaction)\s*=\s*["']?\s*([^"'\s>]+)""", re.I)
URL_KEYS = {"url", "action_link"}


def _strings(value: Any, key: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, str(k))
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v, key)


def executable_content(data: Any) -> list[str]:
    """Describe every executable construct in ``data`` (an empty list when it is safe)."""
    problems = []
    for key, text in _strings(data):
        if key in URL_KEYS and text and not is_safe_url(text):
            problems.append(f"unsafe URL in {key}: {text[:60]}")
        if _TAG_RE.search(text) or _EVENT_RE.search(text):
            problems.append(f"executable markup in {key or 'text'}: {text[:60]}")
        for url in _ATTR_URL_RE.findall(text):
            if not url.startswith(("/", "#")) and not is_safe_url(url):
                problems.append(f"unsafe link in {key or 'text'}: {url[:60]}")
    return problems
