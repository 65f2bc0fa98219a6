"""Cleaned lines grouped into the pieces a plain-text dossier is made of.

Blank lines separate blocks; inside a block, bullets start cards and the lines
after a bullet either continue it or stand on their own. What a piece *means*
(title, heading, intro, image…) is decided later, by ``text.parse_text``, which
can look at the pieces around it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .document import Lines
from .text_cards import Bullet, BulletList, continues, nests
from .text_lines import Line
from .text_rules import DOSSIER_LABEL_RE, join_fragments
from .words import words


@dataclass
class TextBlock:
    """Consecutive non-bullet lines, read as one paragraph."""

    lines: list[Line]
    opens_block: bool  # a blank line, or the start of the file, comes before it
    closes_block: bool  # a blank line, or the end of the file, comes after it
    before_list: bool = False  # a bullet follows directly
    after_list: bool = False  # it follows a bullet directly, without being part of it

    @property
    def text(self) -> str:
        return join_fragments([line.text for line in self.lines])

    @property
    def span(self) -> Lines:
        return Lines(self.lines[0].number, self.lines[-1].number)

    @property
    def standalone(self) -> bool:
        """One line on its own between blank lines."""
        return len(self.lines) == 1 and self.opens_block and self.closes_block

    @property
    def in_heading_position(self) -> bool:
        """Where a heading stands: alone, or alone right above a list."""
        return (
            len(self.lines) == 1
            and self.opens_block
            and (self.closes_block or self.before_list)
            and not self.after_list
        )


@dataclass
class LabelLine:
    """`Dossier: …`: the dossier(s) the page belongs to."""

    line: Line
    prefix: str
    label: str


@dataclass
class Debris:
    """A line with no place in the page (detected export debris, a drawn rule with words)."""

    line: Line


Piece = TextBlock | BulletList | LabelLine | Debris
Segment = list[Line] | LabelLine | Debris


def _blocks(lines: list[Line]) -> Iterator[list[Line] | Debris]:
    """Runs of non-blank lines; a drawn rule separates too (kept if it holds a word)."""
    block: list[Line] = []
    for line in lines:
        if line.is_blank or line.separator:
            if block:
                yield block
            block = []
            if line.separator and words(line.text):
                yield Debris(line)
        else:
            block.append(line)
    if block:
        yield block


def segments(lines: list[Line], is_debris: Callable[[str], bool]) -> Iterator[Segment]:
    """Blocks, with label lines and debris lines taken out (they split a block in two).

    A whole block is asked first, so a cookie notice wrapped over two lines goes as one.
    """
    for block in _blocks(lines):
        if isinstance(block, Debris):
            yield block
            continue
        if not any(line.is_bullet for line in block) and is_debris(
            join_fragments([line.text for line in block])
        ):
            yield from (Debris(line) for line in block)
            continue
        current: list[Line] = []
        for line in block:
            special = None if line.is_bullet else _special(line, is_debris)
            if special is None:
                current.append(line)
                continue
            if current:
                yield current
            current = []
            yield special
        if current:
            yield current


def _special(line: Line, is_debris: Callable[[str], bool]) -> LabelLine | Debris | None:
    label = DOSSIER_LABEL_RE.fullmatch(line.text)
    if label:
        return LabelLine(line, label["prefix"], label["label"].strip())
    return Debris(line) if is_debris(line.text) else None


class PieceReader:
    """Turns segments into pieces, keeping the open bullet list across blank lines."""

    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self.open_list: BulletList | None = None

    def read(self, segments: Iterator[Segment]) -> list[Piece]:
        for segment in segments:
            if isinstance(segment, list):
                self._block(segment)
                continue
            self.pieces.append(segment)
            if isinstance(segment, LabelLine):
                self.open_list = None
        return self.pieces

    def _block(self, block: list[Line]) -> None:
        i = 0
        if not block[0].is_bullet:
            run = _text_run(block, 0)
            if self.open_list and block[0].indent > self.open_list.indent:
                # Indented under a card after a blank line: the card's body.
                self.open_list.bullets[-1].add_paragraph(run)
            else:
                self._emit_text(block, 0, len(run), after_list=False)
            i = len(run)
        while i < len(block):
            bullet = self._place_bullet(block[i], blank_before=i == 0)
            i += 1
            indent = self.open_list.indent if self.open_list else 0
            while i < len(block) and not block[i].is_bullet:
                if not continues(block[i], block[i - 1], indent):
                    run = _text_run(block, i)
                    self._emit_text(block, i, i + len(run), after_list=True)
                    i += len(run)
                    break
                bullet.add_line(block[i])
                i += 1

    def _emit_text(self, block: list[Line], start: int, end: int, *, after_list: bool) -> None:
        self.pieces.append(
            TextBlock(
                block[start:end],
                opens_block=start == 0,
                closes_block=end == len(block),
                before_list=end < len(block),
                after_list=after_list,
            )
        )
        self.open_list = None

    def _place_bullet(self, line: Line, *, blank_before: bool) -> Bullet:
        bullet = Bullet(line)
        current = self.open_list
        if current and nests(line, current, blank_before=blank_before):
            parent = current.bullets[-1]
            while parent.children and line.indent > parent.children[-1].line.indent:
                parent = parent.children[-1]
            parent.children.append(bullet)
            return bullet
        if current is None:
            current = self.open_list = BulletList([], line.indent, line.marker_kind)
            self.pieces.append(current)
        current.indent, current.kind = line.indent, line.marker_kind
        current.bullets.append(bullet)
        return bullet


def _text_run(block: list[Line], start: int) -> list[Line]:
    end = start
    while end < len(block) and not block[end].is_bullet:
        end += 1
    return block[start:end]


def read_pieces(lines: list[Line], is_debris: Callable[[str], bool]) -> list[Piece]:
    """The pieces of a dossier, in source order."""
    return PieceReader().read(segments(lines, is_debris))
