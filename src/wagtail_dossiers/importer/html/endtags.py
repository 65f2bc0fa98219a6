"""The end tags legacy editors left out, written into the markup before it is parsed.

``html.parser`` knows no optional end tags: ``<p>a<p>b<p>c`` nests each paragraph in the one
before, and moving them apart afterwards in the tree costs time quadratic in their number.
Here one pass over the tokens, with a stack of open elements, finds where a browser would
have closed a ``p``, ``li``, ``td`` … and inserts the end tag there. Nothing else of the
markup changes, and no line break is added, so source lines stay as they were.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .source import CLOSED_BY

VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"}
)  # fmt: skip
# Deeper than this, nesting is left to the tree (and flattened there): a bounded stack.
MAX_OPEN = 2000


class _EndTags(HTMLParser):
    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=False)
        self.markup = markup
        self.starts = [0]  # the offset of every line's first character
        for number, char in enumerate(markup):
            if char == "\n":
                self.starts.append(number + 1)
        self.open: list[str] = []
        self.inserts: list[tuple[int, str]] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs) -> None:
        closes = CLOSED_BY
        while self.open and tag in closes.get(self.open[-1], ()):
            self.inserts.append((self._offset(), f"</{self.open.pop()}>"))
        if tag not in VOID and len(self.open) < MAX_OPEN:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs) -> None:
        return

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            while self.open and self.open.pop() != tag:
                continue


TAG_RE = re.compile(r"<(/?)(p|li|dt|dd|td|th|tr|h[1-6])(?=[\s>/])", re.IGNORECASE)


def _all_closed(markup: str) -> bool:
    """Every ``p``, ``li``, ``td`` … that opens also closes (counted, not paired)."""
    balance: dict[str, int] = {}
    for slash, name in TAG_RE.findall(markup):
        key = name.lower()
        balance[key] = balance.get(key, 0) + (-1 if slash else 1)
    return all(count <= 0 for count in balance.values())


def insert_end_tags(markup: str) -> str:
    """``markup`` with the end tags a browser implies written in (see the module docstring)."""
    if _all_closed(markup):
        return markup  # the common case, told by counting: no pass over the tokens
    reader = _EndTags(markup)
    try:
        reader.feed(markup)
        reader.close()
    except Exception:  # markup html.parser cannot read is left to the tree's own repair
        return markup
    if not reader.inserts:
        return markup
    parts, last = [], 0
    for offset, tag in reader.inserts:
        parts += [markup[last:offset], tag]
        last = offset
    parts.append(markup[last:])
    return "".join(parts)
