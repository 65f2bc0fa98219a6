"""The lines of a plain-text dossier, cleaned and told apart: text, bullet or blank.

Cleaning never removes a character that could be part of a word unless
``words.normalise`` removes it too, so the word count of what the parser produces
can be compared with the word count of the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..words import SYMBOL_FONT_BULLET_RE, SYMBOL_FONT_BULLETS, is_drawn_rule, normalise

# Markers that are bullets even when glued to the text (`•Tekst`).
SYMBOL_BULLETS = "•◦▪‣●○■□⁃►▶➤➢→"
# Markers that are bullets only when whitespace follows (`- tekst`, not `-20%`); `->` too.
SPACED_BULLETS = "-*–—·"
BULLET_RE = re.compile(
    rf"(?P<marker>[{SYMBOL_BULLETS}]|(?:->|[{SPACED_BULLETS}]|\d{{1,3}}[.)]|[^\W\d_]\))(?=\s|$))"
    r"\s*(?P<text>.*)"
)
# Any whitespace or control character other than the line break becomes a space.
SPACE_RE = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")
TAB_WIDTH = 4


@dataclass(frozen=True)
class Line:
    """One source line. ``number`` is the original 1-based line number."""

    number: int
    indent: int  # columns of leading whitespace, a tab counting as TAB_WIDTH
    text: str  # content with whitespace collapsed; for a bullet, the text after the marker
    marker: str = ""  # the bullet marker as written (`•`, `-`, `1.`, `a)`), or ""
    separator: bool = False  # a drawn rule, which separates like a blank line

    @property
    def is_blank(self) -> bool:
        return not self.text and not self.marker

    @property
    def is_bullet(self) -> bool:
        return bool(self.marker)

    @property
    def marker_kind(self) -> str:
        """Markers of one kind make one list: `1.` and `12.` are alike, `•` and `◦` are not."""
        if self.marker in SYMBOL_FONT_BULLETS:
            return self.marker
        if self.marker[:1].isdigit():
            return "9" + self.marker[-1]
        if self.marker[:1].isalpha():
            return ("A" if self.marker[0].isupper() else "a") + self.marker[-1]
        return self.marker

    @property
    def is_numbered(self) -> bool:
        """Numbered and lettered markers carry a word (`1`, `a`) that must not be lost."""
        return self.marker[:1].isalnum() and self.marker not in SYMBOL_FONT_BULLETS

    @property
    def source(self) -> str:
        """The line as a reader sees it, marker included."""
        return f"{self.marker} {self.text}".strip()


def clean(raw: str) -> tuple[int, str]:
    """Indentation width and collapsed content of one raw line (no line break in it)."""
    spaced = normalise(raw)
    # A printable line holds no tab, control character or space but " ": nothing to replace.
    if not spaced.isprintable():
        spaced = SPACE_RE.sub(" ", spaced.replace("\t", " " * TAB_WIDTH))
    content = spaced.lstrip(" ")
    return len(spaced) - len(content), " ".join(content.split())


def read_line(number: int, raw: str) -> Line:
    indent, content = clean(raw)
    if is_drawn_rule(content):
        return Line(number, indent, content, separator=True)
    # The spacing after a symbol font's glyph tells it from a letter: read it in the raw line.
    glyph = bool(content) and content[0] in SYMBOL_FONT_BULLETS
    if glyph and SYMBOL_FONT_BULLET_RE.match(raw, len(raw) - len(raw.lstrip())):
        return Line(number, indent, content[1:].strip(), marker=content[0])
    match = BULLET_RE.match(content)
    if match:
        return Line(number, indent, match["text"].strip(), marker=match["marker"])
    return Line(number, indent, content)


def read_lines(text: str) -> list[Line]:
    """Every line of ``text`` (CRLF and CR count as one break), cleaned and numbered."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [read_line(number, raw) for number, raw in enumerate(text.split("\n"), start=1)]
