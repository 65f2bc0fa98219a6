"""What markdown-it's tokens do not say about the source: how far a line is indented, where
blank lines stand, and where an item's unindented lines start anew.

CommonMark takes the lines written right under a list item into it, indented or not (lazy
continuation). A person, as the text reader, reads a line that is not indented past the
item's marker and that starts anew (``prose.goes_on``) as a line of its own.
"""

from __future__ import annotations

import re

from ..prose import goes_on
from ..words import is_drawn_rule
from .inline import Line

LINE_END_RE = re.compile(r"\r\n?|\n")  # what markdown-it breaks lines at
QUOTE_RE = re.compile(r"(?:[ \t]{0,3}>[ \t]?)+")  # a blockquote's markers before a line
TAB_WIDTH = 4  # as CommonMark, and the text reader


class Source:
    def __init__(self, text: str) -> None:
        self.lines = LINE_END_RE.split(text)

    def _unquoted(self, number: int) -> str:
        """Source line ``number`` past any blockquote marker (`> `), or "" past the end."""
        line = self.lines[number - 1] if 0 < number <= len(self.lines) else ""
        match = QUOTE_RE.match(line)
        return line[match.end() :] if match else line

    def indent(self, number: int) -> int:
        """How far source line ``number`` is indented, past any blockquote marker."""
        line = self._unquoted(number).expandtabs(TAB_WIDTH)
        return len(line) - len(line.lstrip())

    def blank(self, number: int) -> bool:
        """Source line ``number`` is blank (a quote's `>` alone is), or past the end."""
        return not self._unquoted(number).strip()

    def blank_above(self, number: int) -> bool:
        return number > 1 and self.blank(number - 1)

    def lazy_start(self, marker_line: int, lines: list[Line]) -> int:
        """Where an item's lines written without its indentation start anew: the index in
        ``lines`` of the first such line, when all lines with words after it are written so
        too; else ``len(lines)``. Lines of an image only decide nothing."""
        column = self.indent(marker_line)
        worded = [k for k, line in enumerate(lines) if line.plain]
        for at, k in enumerate(worded[1:], 1):
            line, above = lines[k], lines[worded[at - 1]]
            ruled = is_drawn_rule(line.plain)  # a rule starts anew whatever stands above it
            if self.indent(line.number) > column or not ruled and goes_on(line.plain, above.plain):
                continue
            rest = worded[at:]
            if all(self.indent(lines[j].number) <= column for j in rest):
                return k
            break
        return len(lines)
