"""Bullets: a bullet, the lines that continue it, and when a bullet is a sub-bullet.

The rules that decide whether a line belongs to the bullet above it live here, so that
everything about what one bullet holds is in one place.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from ..prose import goes_on, join_fragments, left_the_list
from ..structure.blocks import unspaced
from .lines import Line

# Markers that only ever mark a sub-bullet, even at the list's own indentation.
NESTED_MARKERS = frozenset("◦▪‣○□⁃")


@dataclass
class Bullet:
    """A bullet with its continuation lines and indented body paragraphs."""

    line: Line
    level: int = 1
    fragments: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    last: int = 0

    def __post_init__(self) -> None:
        self.fragments = self.fragments or [self.line.text]
        self.last = self.last or self.line.number

    def add_line(self, line: Line) -> None:
        self.fragments.append(line.text)
        self.last = line.number

    def add_paragraph(self, lines: list[Line]) -> None:
        self.paragraphs.append(join_fragments([line.text for line in lines]))
        self.last = lines[-1].number

    def extend_paragraph(self, line: Line) -> None:
        self.paragraphs[-1] = join_fragments([self.paragraphs[-1], line.text])
        self.last = line.number

    @property
    def own_text(self) -> str:
        return join_fragments(self.fragments)


def continues(line: Line, previous: Line, list_indent: int, unbroken: bool = False) -> bool:
    """Whether a text line right under a bullet line is more of that bullet: indented, or
    as ``prose.goes_on`` reads a line under another, unless it has left the list."""
    if line.indent > list_indent:
        return True
    if left_the_list(line.text, line.indent, list_indent, previous.text):
        return False
    return goes_on(line.text, previous.text, unbroken=unbroken)


def unbroken(lines: list[Line]) -> bool:
    """The text writes each paragraph on one line, with (almost) no blank line between
    (``unspaced``, the classifier's measure, on the lines)."""
    texts = sum(1 for line in lines if not line.is_blank and not line.separator)
    apart = sum(1 for a, b in itertools.pairwise(lines) if a.is_blank and not b.is_blank)
    return unspaced(texts, apart)


def nests(line: Line, indent: int, kind: str, blank_before: bool) -> bool:
    """More indented than the list's bullets: a sub-bullet. A different marker at the same
    indentation starts a new top-level item, unless it is written right under the
    list with a marker the list has not used (`◦` under `•`)."""
    if line.indent != indent:
        return line.indent > indent
    return line.marker_kind != kind and not blank_before and line.marker_kind in NESTED_MARKERS
