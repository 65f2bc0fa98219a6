"""The formats a legacy dossier comes in, and the one reader for each.

Callers (the Django layer, the benchmarks) go through here and never into a reader's
internals: ``parse`` reads a source into a ``Document``; ``visible_text`` gives the words a
reader of the source sees, which an import checks it placed, every one.
"""

from __future__ import annotations

from .collector import collector_paused
from .detectors import Detectors
from .document import Document
from .html import parse_html
from .html import visible_text as html_text
from .markdown import parse_markdown
from .markdown import visible_text as markdown_text
from .structure import Hint
from .text import parse_text

FORMATS = ("text", "html", "markdown")
_PARSERS = {"text": parse_text, "html": parse_html, "markdown": parse_markdown}


def parse(
    text: str, fmt: str, *, detectors: Detectors | None = None, hints: list[Hint] | None = None
) -> Document:
    """``text`` read as ``fmt`` (one of ``FORMATS``) into a ``Document``; never raises."""
    with collector_paused():
        return _PARSERS[fmt](text, detectors=detectors, hints=hints)


def visible_text(text: str, fmt: str) -> str:
    """What a reader of the source sees: the markup's text, not its tags."""
    if fmt == "html":
        return html_text(text)
    if fmt == "markdown":
        return markdown_text(text)
    return text
