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
from .classify import Decision, Hint, classify

__all__ = ["Decision", "Hint", "SourceBlock", "classify", "read_structure"]


def read_structure(
    blocks: list[SourceBlock], detectors: Detectors, hints: list[Hint] | None = None
) -> Document:
    """Classify ``blocks`` and build the document they describe."""
    decisions = classify(blocks, detectors, hints or [])
    return build_document(decisions, detectors)
