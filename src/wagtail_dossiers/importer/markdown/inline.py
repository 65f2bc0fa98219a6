"""A Markdown paragraph's inline tokens as lines: safe html, words, links and images.

markdown-it-py gives a paragraph as one inline token; its soft breaks part the lines the
author wrote, which the reader keeps apart, as the text reader keeps a text's lines.
"""

from __future__ import annotations

import re
from html import escape

from markdown_it.token import Token

from ..document import Image, Lines, Link, Warning
from ..urls import alt_from_file_name, check_href, check_src


class Line:
    """One line of an inline run: its safe html, its words, its links and images."""

    def __init__(self, number: int) -> None:
        self.number = number  # the source line it starts on …
        self.end = number  # … and ends on (a hard break goes on to the next)
        self.html: list[str] = []
        self.text: list[str] = []
        self.links: list[Link] = []
        self.images: list[Image] = []
        self.problems: list[Warning] = []

    @property
    def plain(self) -> str:
        return " ".join("".join(self.text).split())


def text_line(number: int, text: str) -> Line:
    """A line of plain text (code, raw HTML's words), rendered safely."""
    line = Line(number)
    line.text.append(text)
    line.html.append(escape(text, quote=False))
    return line


def inline_lines(token: Token, first_line: int) -> list[Line]:
    """An inline token's children, split at soft line breaks, rendered safely."""
    lines = [Line(first_line)]
    open_link: list[bool] = []
    spans = _SourceSpans(token.content)
    for child in token.children or []:
        line = lines[-1]
        kind = child.type
        if kind in ("code_inline", "html_inline"):
            line.end += spans.newlines(child)  # a span written over lines: they count
        if kind == "softbreak":
            lines.append(Line(line.end + 1))
        elif kind == "hardbreak":
            line.html.append("<br>")
            line.text.append(" ")
            line.end += 1
        elif kind in ("text", "code_inline"):
            line.html.append(escape(child.content, quote=False))
            line.text.append(child.content)
        elif kind in ("strong_open", "strong_close", "em_open", "em_close"):
            tag = "b" if kind.startswith("strong") else "i"
            line.html.append(f"</{tag}>" if kind.endswith("close") else f"<{tag}>")
        elif kind == "link_open":
            check = check_href(child.attrGet("href"))
            if check.problem:
                line.problems.append(check.warning(line.number))
            open_link.append(bool(check.url))
            if check.url:
                line.links.append(Link(check.url))
                line.html.append(f'<a href="{escape(check.url, quote=True)}">')
        elif kind == "link_close":
            if open_link.pop() if open_link else False:
                line.html.append("</a>")
        elif kind == "image":
            source = check_src(child.attrGet("src"))
            alt = " ".join(child.content.split())
            if not alt and source.url:  # as the HTML reader does: a start from the file name
                alt = alt_from_file_name(source.url)
                if alt:
                    params = {"alt": alt, "src": source.url}
                    line.problems.append(Warning(line.number, "image_alt_missing", params))
            if alt:  # without a file to find or words to describe it, there is no image
                line.images.append(Image(alt=alt, lines=Lines.one(line.number), src=source.url))
        # html_inline: tags are never kept; their text comes as text tokens anyway
    for line in lines:
        for link in line.links:
            link.label = line.plain
    return lines


class _SourceSpans:
    """Where a code span or inline HTML stands in the paragraph's source, to count the lines
    it is written over: markdown-it gives a code span's line breaks as spaces."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.cursor = 0

    def newlines(self, child: Token) -> int:
        if child.type == "html_inline":
            start = self.source.find(child.content, self.cursor)
            end = start + len(child.content)
        else:  # a code span, between two runs of exactly its backticks, the first unescaped
            run = re.escape(child.markup)
            opening = re.compile(rf"(?<![\\`]){run}(?!`)").search(self.source, self.cursor)
            closing = opening and re.compile(rf"(?<!`){run}(?!`)").search(
                self.source, opening.end()
            )
            start, end = (opening.start(), closing.start()) if closing else (-1, -1)
        if start < 0 or end < 0:
            return child.content.count("\n")
        self.cursor = end
        return self.source.count("\n", start, end)
