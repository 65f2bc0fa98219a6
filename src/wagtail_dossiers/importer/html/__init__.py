"""Legacy HTML dossier pages → ``Document``.

The pipeline, one concern per module:

1. ``source``: parse with the stdlib ``html.parser``, note every node's
   source line, remove unsafe elements, close the tags legacy editors left open;
2. ``flatten``: reduce the tree to ``blocks`` in source order, marking
   page chrome (``inline``, ``urls`` and ``tables`` render content
   safely);
3. ``reader``: the blocks as source blocks with their markup's evidence, for the
   shared structure model (``importer.structure``) to classify and build.

Nothing is dropped silently: text without a place goes to ``document.unplaced``.
"""

from __future__ import annotations

import re
from html import escape

from ..budget import BudgetExceeded, checkpoint
from ..detectors import Detectors
from ..document import Document, Lines, Paragraph
from ..structure import Hint, read_structure
from ..words import normalise
from .endtags import insert_end_tags
from .flatten import flatten
from .reader import source_blocks
from .source import (
    LineMap,
    close_implicit_tags,
    collapse,
    parse_markup,
    remove_unsafe,
)


def parse_html(
    markup: str, *, detectors: Detectors | None = None, hints: list[Hint] | None = None
) -> Document:
    """Parse a legacy HTML dossier page.

    Args:
        markup: the page's HTML, already decoded (bytes are decoded as UTF-8).
        detectors: recognisers for debris, calls to action and contacts.

    Returns:
        The ``Document``; never raises but for a time budget that ran out. Markup too
        broken to read structurally (absurd nesting, a bug) still gives its text, with a
        ``parse_degraded`` warning.
    """
    detectors = detectors or Detectors()
    text = _as_text(markup)
    try:
        return _parse(text, detectors, hints or [])
    except BudgetExceeded:  # a stop asked for, not odd input: no fallback
        raise
    except Exception:  # an import must degrade, not fail, on odd markup
        return degraded_document(text)


def _as_text(markup: object) -> str:
    if isinstance(markup, bytes):
        return markup.decode("utf-8", errors="replace")
    return "" if markup is None else str(markup)


def _parse(markup: str, detectors: Detectors, hints: list[Hint]) -> Document:
    if not markup.strip():
        return Document()
    soup = parse_markup(insert_end_tags(markup))
    checkpoint()
    lines = LineMap(soup)  # before anything moves
    removed = Document()
    remove_unsafe(soup, lines, removed)
    close_implicit_tags(soup)
    blocks = source_blocks(flatten(soup, lines, detectors))
    checkpoint()
    document = read_structure(blocks, detectors, hints)
    document.warnings = sorted([*removed.warnings, *document.warnings], key=lambda w: w.line)
    return document


def visible_text(markup: str, separator: str = " ") -> str:
    """The text a browser shows of ``markup``: no scripts, form controls or comments."""
    soup = parse_markup(markup)
    remove_unsafe(soup, LineMap(soup), Document())
    return soup.get_text(separator)


def degraded_document(markup: str) -> Document:
    """The page's visible text as plain intro paragraphs: the last resort."""
    document = Document()
    document.warn(1, "parse_degraded")
    try:
        soup = parse_markup(markup)
        remove_unsafe(soup, LineMap(soup), document)
        text = soup.get_text("\n")
    except Exception:  # even the plain reading failed: strip tags by hand
        text = re.sub(r"<[^>]*>", "\n", markup)
    for line in text.splitlines():
        if cleaned := collapse(normalise(line)):
            document.intro.append(Paragraph(cleaned, escape(cleaned, quote=False), Lines.one(1)))
    return document
