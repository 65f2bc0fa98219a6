"""Markdown exports: markdown-it-py's tokens → source blocks → the shared structure model."""

from __future__ import annotations

from ..budget import BudgetExceeded
from ..detectors import Detectors
from ..document import Document
from ..structure import Hint, read_structure
from ..text import fallback_document
from .reader import read_blocks, visible_text

__all__ = ["parse_markdown", "visible_text"]


def parse_markdown(
    text: str, *, detectors: Detectors | None = None, hints: list[Hint] | None = None
) -> Document:
    """Turn a Markdown legacy dossier into a ``Document``; never raises (see ``parse_text``),
    but for a time budget that ran out."""
    text = "" if text is None else str(text)
    try:
        return read_structure(read_blocks(text), detectors or Detectors(), hints)
    except BudgetExceeded:  # a stop asked for, not odd input: no fallback
        raise
    except Exception:  # a bad import must be reported, not crash the caller
        return fallback_document(text)
