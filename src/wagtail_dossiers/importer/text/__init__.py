"""Plain-text legacy dossiers: lines → source blocks (``reader``) → the shared structure model.

Nothing is lost: every word of the source ends up in a field of the document or in
``Document.unplaced``. Words that only carried structure (list numbering, the `Dossier:`
prefix, `Tel.:` before a phone number) go to ``unplaced`` too, so the word-by-word check holds.
"""

from __future__ import annotations

from ..budget import BudgetExceeded
from ..detectors import Detectors
from ..document import Document, Lines, Paragraph
from ..prose import escape
from ..structure import Hint, read_structure
from ..words import normalise
from .reader import read_blocks

__all__ = ["parse_text"]


def parse_text(
    text: str, *, detectors: Detectors | None = None, hints: list[Hint] | None = None
) -> Document:
    """Turn a plain-text legacy dossier into a ``Document``.

    Args:
        text: the dossier, already decoded; any line endings.
        detectors: what recognises debris, calls to action and contacts; the defaults
            when not given.
        hints: an editor's corrections of single decisions.

    Returns:
        The document. It never raises: should parsing fail on an input nobody
        foresaw, every line becomes a plain intro paragraph, with a ``parse_degraded``
        warning. Only a time budget that ran out (``budget.BudgetExceeded``) stops it.
    """
    text = "" if text is None else str(text)
    try:
        return read_structure(read_blocks(text), detectors or Detectors(), hints)
    except BudgetExceeded:  # a stop asked for, not odd input: no fallback
        raise
    except Exception:  # a bad import must be reported, not crash the caller
        return fallback_document(text)


def fallback_document(text: str) -> Document:
    """Every line as a plain intro paragraph: the last resort."""
    document = Document()
    document.warn(1, "parse_degraded")
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if cleaned := " ".join(normalise(raw).split()):
            document.intro.append(Paragraph(cleaned, escape(cleaned), Lines.one(number)))
    return document
