"""The last guard before a write: nothing executable may reach the database.

Parsers and Wagtail's whitelist already neutralise hostile input; this check walks
everything about to be stored and refuses the import if anything slipped through.
Plain-text fields are escaped whenever they are shown, so only the rich text and
the URLs are inspected: a dossier may well *mention* ``<script>`` in a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from ..validators import SAFE_SCHEMES


def is_safe_url(url: str) -> bool:
    # The blocks' own validation already checked each URL's form; this guard only
    # needs the scheme, which is what makes a URL executable.
    return urlsplit(url.strip()).scheme.lower() in SAFE_SCHEMES


_TAG_RE = re.compile(r"<\s*/?\s*(script|iframe|object|embed|style|template|svg|math)\b", re.I)
_EVENT_RE = re.compile(r"<[^>]*\son\w+\s*=", re.I)
_ATTR_URL_RE = re.compile(r"""\b(?:href|src|action|formaction)\s*=\s*["']?\s*([^"'\s>]+)""", re.I)


def _rich_texts_and_urls(page_fields: dict, body: list[dict]) -> Iterator[tuple[str, str, str]]:
    """(kind, where, value) for every rich text and URL of a page about to be stored."""
    yield "rich", "intro", page_fields.get("intro") or ""
    stack = [(block, block["type"]) for block in body]
    while stack:
        block, where = stack.pop()
        kind, value = block["type"], block["value"]
        if kind == "paragraph":
            yield "rich", where, value
        elif kind == "section":
            yield "rich", f"{where}.intro", value.get("intro") or ""
            stack += [(item, f"{where}.{item['type']}") for item in value.get("items", [])]
        elif kind == "initiative":
            yield "rich", f"{where}.text", value.get("text") or ""
            for link in value.get("links", []):
                yield "url", f"{where}.links", link["value"].get("url") or ""
        elif kind == "call_to_action":
            yield "url", f"{where}.link", (value.get("link") or {}).get("url") or ""
        elif kind == "contact":
            yield "url", f"{where}.action_link", value.get("action_link") or ""


def executable_content(page_fields: dict, body: list[dict]) -> list[str]:
    """Describe every executable construct about to be stored (empty when it is safe)."""
    problems = []
    for kind, where, value in _rich_texts_and_urls(page_fields, body):
        if kind == "url":
            if value and not is_safe_url(value):
                problems.append(f"unsafe URL in {where}: {value[:60]}")
            continue
        if _TAG_RE.search(value) or _EVENT_RE.search(value):
            problems.append(f"executable markup in {where}: {value[:60]}")
        for url in _ATTR_URL_RE.findall(value):
            if not url.startswith(("/", "#")) and not is_safe_url(url):
                problems.append(f"unsafe link in {where}: {url[:60]}")
    return problems
