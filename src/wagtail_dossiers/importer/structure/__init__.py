"""The structure model every format shares: source blocks → roles → ``Document``.

A reader (``importer.text``, ``importer.html``, ``importer.markdown``) turns a source into
``SourceBlock`` values that carry their evidence; ``classify`` gives each block its role by
choosing the best-scoring structure for the whole document; ``build`` places the blocks in
a ``Document``. Readers know their format and nothing of dossiers; the classifier and the
builder know dossiers and nothing of formats.
"""

from __future__ import annotations

from ..detectors import Detectors
from ..document import Document
from .blocks import SourceBlock
from .build import build_document
from .classify import Decision, classify
from .hints import HINT_ROLES, Hint, names_not_organisations, place_hints
from .questions import unfold_questions

__all__ = [
    "HINT_ROLES",
    "Decision",
    "Hint",
    "SourceBlock",
    "classify",
    "names_not_organisations",
    "read_structure",
]


def read_structure(
    blocks: list[SourceBlock], detectors: Detectors, hints: list[Hint] | None = None
) -> Document:
    """Classify ``blocks`` and build the document they describe; hints that found no block
    are reported (``hint_not_applied``)."""
    blocks = unfold_questions(blocks)
    forced, missed = place_hints(blocks, hints or [])
    decisions = classify(blocks, detectors, forced)
    document = build_document(decisions, detectors)
    for hint in missed:
        document.warn(
            hint.line, "hint_not_applied", line=hint.line, text=hint.text, role=hint.role.value
        )
    document.hints_applied = [d.block.first_line for d in decisions if d.hinted]
    return document
