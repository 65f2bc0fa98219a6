"""The last guard before a write: nothing executable may reach the database.

Parsers and Wagtail's whitelist already neutralise hostile input; this check walks
everything about to be stored and refuses the import if anything slipped through.
Plain-text fields are escaped whenever they are shown, so only the rich text and
the URLs are inspected: a dossier may well *mention* ``<script>`` in a title. The rich text
is parsed, and only what can execute is looked at — element names, attributes and the URLs
in them — never text, where ``<a href="x">`` written as words is harmless.
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

from ..streamdata import blocks
from ..validators import has_safe_scheme

# Elements that run code or load what can: scripts, plug-ins, frames, styles, foreign markup,
# and what redirects or re-bases the page (``meta`` refresh, ``base``, ``link``).
EXECUTABLE_TAGS = frozenset(
    {"script", "iframe", "object", "embed", "applet", "style", "template", "svg", "math"}
    | {"frame", "portal", "base", "meta", "link"}
)
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "data"})


class _Markup(HTMLParser):
    """What a fragment of rich text holds that a browser could run."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in EXECUTABLE_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{name}=")
            elif name in URL_ATTRIBUTES and value and not _relative_or_safe(value):
                self.found.append(f"{name}={value[:60]}")

    handle_startendtag = handle_starttag


def _relative_or_safe(url: str) -> bool:
    return url.strip().startswith(("/", "#")) or has_safe_scheme(url)


def _executable(fragment: str) -> list[str]:
    if "<" not in fragment:
        return []  # text only: nothing in it can run
    parser = _Markup()
    parser.feed(fragment)
    parser.close()
    return parser.found


def _rich_texts_and_urls(page_fields: dict, body: list[dict]) -> Iterator[tuple[str, str, str]]:
    """(kind, where, value) for every rich text and URL of a page about to be stored;
    ``where`` names the block by its type and content path."""
    yield "rich", "intro", page_fields.get("intro") or ""
    for path, block in blocks(body):
        kind, value = block["type"], block["value"]
        where = f"{kind} {path}"
        if kind == "paragraph":
            yield "rich", where, value
        elif kind == "section":
            yield "rich", f"{where}.intro", value.get("intro") or ""
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
            if value and not has_safe_scheme(value):
                problems.append(f"unsafe URL in {where}: {value[:60]}")
            continue
        problems += [f"executable markup in {where}: {found}" for found in _executable(value)]
    return problems
