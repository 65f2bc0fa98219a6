"""Cards from bullets: a bullet, the lines that continue it, its nested bullets.

The rules that decide whether a line belongs to the bullet above it live here too,
so that everything about what makes one card is in one place.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from .document import Initiative, Lines
from .text_lines import Line
from .text_rules import ends_sentence, escape, join_fragments, looks_like_card_label


@dataclass
class Bullet:
    """A bullet with its continuation lines, nested bullets and indented body paragraphs."""

    line: Line
    fragments: list[str] = field(default_factory=list)
    children: list[Bullet] = field(default_factory=list)
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

    @property
    def own_text(self) -> str:
        return join_fragments(self.fragments)

    @property
    def last_line(self) -> int:
        return max([self.last, *(child.last_line for child in self.children)])

    def nested_text(self) -> list[str]:
        """The texts of all nested bullets, depth first."""
        texts: list[str] = []
        for child in self.children:
            texts += [child.own_text, *child.nested_text()]
        return [text for text in texts if text]

    def nested_html(self) -> str:
        """Nested bullets as `<ul>`/`<ol>` (numbered markers give an ordered list)."""
        if not self.children:
            return ""
        tag = "ol" if self.children[0].line.is_numbered else "ul"
        items = "".join(
            f"<li>{escape(child.own_text)}{child.nested_html()}</li>" for child in self.children
        )
        return f"<{tag}>{items}</{tag}>"

    def markers(self) -> list[str]:
        """Numbered markers of this bullet and its nested ones, as written (`1.`, `a)`)."""
        own = [self.line.marker] if self.line.is_numbered else []
        return own + [marker for child in self.children for marker in child.markers()]


@dataclass
class BulletList:
    """Top-level bullets that follow each other, blank lines between them or not."""

    bullets: list[Bullet]
    indent: int  # indentation of the top-level markers
    kind: str  # their marker kind; another kind at the same indentation nests


def continues(line: Line, previous: Line, list_indent: int) -> bool:
    """Whether a text line right under a bullet line is more of that bullet.

    Indented, or starting in lower case or with punctuation, or the line before it
    stopped mid-sentence: the export broke one bullet over several lines.
    """
    if line.indent > list_indent:
        return True
    first = line.text[:1]
    if first.islower() or unicodedata.category(first or " ").startswith("P"):
        return True
    return not ends_sentence(previous.text)


def nests(line: Line, current: BulletList, *, blank_before: bool) -> bool:
    """More indented than the list, or another marker right under it (`◦` under `•`)."""
    if line.indent != current.indent:
        return line.indent > current.indent
    return line.marker_kind != current.kind and not blank_before


def initiative_from(bullet: Bullet) -> Initiative | None:
    """One card from a top-level bullet, its nested bullets and its body paragraphs."""
    own = bullet.own_text
    lines = Lines(bullet.line.number, bullet.last_line)
    if bullet.paragraphs and not bullet.children and own and looks_like_card_label(own):
        # `• Label`, a blank line, an indented paragraph: a titled card.
        return Initiative(
            text=" ".join(bullet.paragraphs),
            html="<br><br>".join(escape(p) for p in bullet.paragraphs),
            lines=lines,
            title=own.rstrip(":").rstrip(),
        )
    text = " ".join(part for part in [own, *bullet.nested_text(), *bullet.paragraphs] if part)
    if not text:
        return None
    html = escape(own) + bullet.nested_html()
    for paragraph in bullet.paragraphs:
        html += ("<br><br>" if html else "") + escape(paragraph)
    return Initiative(text=text, html=html, lines=lines)
