"""Plain-text lines → source blocks: one block per line, and one per bullet with its lines.

What plain text tells for certain is read here: a bullet and the lines the export broke it
over (``bullets.continues``), its depth (indentation and marker), the indented paragraphs
under it, a `Dossier:` label, blank lines. Every other line is a block of its own with the
blank lines around it as evidence; whether it continues the line above, opens a section or
is an image's alt text is the classifier's decision, and so is whether a sub-bullet belongs
to the card above it.
"""

from __future__ import annotations

from html import escape

from ..document import Lines
from ..prose import join_fragments, looks_like_card_label, names_the_line_below
from ..structure.blocks import Kind, SourceBlock, label_block
from .bullets import Bullet, continues, nests, unbroken
from .lines import Line, read_lines


def read_blocks(text: str) -> list[SourceBlock]:
    """The source blocks of a plain-text dossier, in order."""
    return _Reader(read_lines(text)).read()


class _Reader:
    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.blocks: list[SourceBlock | Bullet] = []
        self.bullet: Bullet | None = None  # the bullet that lines may still continue
        self.open: list[Line] = []  # the marker lines of the open bullets, outermost first
        self.unbroken = unbroken(lines)

    def read(self) -> list[SourceBlock]:
        blank = True
        for index, line in enumerate(self.lines):
            if line.is_blank or (line.separator and not _has_word(line.text)):
                blank = True
                continue
            self._line(index, line, blank)
            blank = False
        return [self._finish(block) for block in self.blocks]

    def _line(self, index: int, line: Line, blank: bool) -> None:
        if line.is_bullet:
            self._bullet(line, blank)
            return
        bullet, previous = self.bullet, self.lines[index - 1] if index else None
        if bullet is not None and previous is not None and not line.separator:
            list_indent = self.open[0].indent
            if not blank and bullet.paragraphs and line.indent > list_indent:
                bullet.extend_paragraph(line)  # the indented paragraph goes on
                return
            if not blank and continues(line, previous, list_indent, self.unbroken):
                bullet.add_line(line)
                return
            if blank and line.indent > list_indent:
                bullet.add_paragraph([line])  # indented under a card after a blank line
                return
        self.bullet, self.open = None, []
        lines = Lines.one(line.number)
        self.blocks.append(
            label_block(line.text, lines)
            or SourceBlock(Kind.TEXT, line.text, lines, indent=line.indent)
        )

    def _bullet(self, line: Line, blank: bool) -> None:
        """A bullet at its depth: deeper than the open list's, or a new item of it."""
        top = self.open[0] if self.open else None
        if top is None or not nests(line, top.indent, top.marker_kind, blank):
            self.open = [line]
        else:
            while len(self.open) > 1 and self.open[-1].indent >= line.indent:
                self.open.pop()
            if line.indent > self.open[-1].indent or line.marker_kind != self.open[-1].marker_kind:
                self.open.append(line)
            else:
                self.open[-1] = line
        self.bullet = Bullet(line, level=len(self.open))
        self.blocks.append(self.bullet)

    def _finish(self, block: SourceBlock | Bullet) -> SourceBlock:
        if isinstance(block, Bullet):
            block = _item(block)
        block.blank_before = self._blank_at(block.lines.first - 2)
        block.blank_after = self._blank_at(block.lines.last)
        return block

    def _blank_at(self, index: int) -> bool:
        """The line at ``index`` (0-based) is blank, a drawn rule, or outside the file."""
        if not 0 <= index < len(self.lines):
            return True
        line = self.lines[index]
        return line.is_blank or line.separator


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _item(bullet: Bullet) -> SourceBlock:
    """One item block from a bullet, the lines that continue it and its body paragraphs."""
    own = bullet.own_text
    marker = bullet.line
    common = {
        "lines": Lines(marker.number, bullet.last),
        "marker": marker.marker,
        "numbered": marker.is_numbered,
        "level": bullet.level,
        "indent": marker.indent,
        "unplaced_words": marker.marker if marker.is_numbered else "",
    }
    first, *rest = bullet.fragments
    if bullet.paragraphs and own and looks_like_card_label(own, questions=True):
        # `• Label` (or `• Hoe kan ik lid worden?`), a blank line, an indented paragraph: a
        # titled item.
        text = " ".join(bullet.paragraphs)
        html = "<br><br>".join(escape(p, quote=False) for p in bullet.paragraphs)
        title = own.rstrip(":").rstrip()
    elif rest and names_the_line_below(first, rest[0]):
        # `• Label` with its text on the next line, which opens a sentence of its own.
        paragraphs = [join_fragments(rest), *bullet.paragraphs]
        text = " ".join(paragraphs)
        html = "<br><br>".join(escape(p, quote=False) for p in paragraphs)
        title = first.strip().rstrip(":").rstrip()
    else:
        title = ""
    if title:
        return SourceBlock(
            Kind.ITEM, text, html=html, title=title, title_html=escape(title, quote=False), **common
        )
    text = " ".join(part for part in [own, *bullet.paragraphs] if part)
    html = escape(own, quote=False)
    for paragraph in bullet.paragraphs:
        html += ("<br><br>" if html else "") + escape(paragraph, quote=False)
    return SourceBlock(Kind.ITEM, text, html=html, **common)
