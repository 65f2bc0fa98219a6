"""Markdown → source blocks, read with markdown-it-py (CommonMark, with tables).

Headings keep their level, list items their nesting (sub-items go into their item's
text), images their alt text and source, tables their rows. Lines written right under an
item's first line without its indentation are more of it only where they read so
(``source.Source.lazy_start``, the text reader's rule), not wherever CommonMark's lazy
continuation would take them (an item with sub-items keeps them all). A
paragraph's lines are separate blocks, written right under each other, as in plain text:
whether a line goes on with the one above or starts something new is the classifier's call.
Raw HTML in the Markdown is never kept as markup: its text is.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..document import Lines
from ..html import visible_text as html_visible_text
from ..prose import names_the_line_below
from ..structure.blocks import Kind, SourceBlock, label_block
from ..words import is_drawn_rule, normalise
from .inline import Line, inline_lines, text_line
from .source import Source

_PARSER = MarkdownIt("commonmark").enable("table")


def read_blocks(text: str) -> list[SourceBlock]:
    """The source blocks of a Markdown document, in order."""
    text = normalise(text)
    return _Reader(_PARSER.parse(text), Source(text)).read()


def visible_text(text: str) -> str:
    """The words a reader of the rendered Markdown sees, from markdown-it's tokens alone
    (apart from the reader, so that a word it drops is missed, and reported): inline text,
    code, and raw HTML's text. Emphasis and links part words (`**vet**woord`: `vet`, `woord`),
    as the page's rich text keeps them as tags and the import counts its words (the HTML
    reader's visible text does the same); raw inline HTML's tags are dropped, as the reader
    drops them, and the words either side run on."""
    parts = []
    for token in _PARSER.parse(normalise(text)):
        if token.type == "inline":
            parts.append("".join(_shown(child) for child in token.children or []))
        elif token.type in ("fence", "code_block"):
            parts.append(token.content)
        elif token.type == "html_block":
            parts.append(html_visible_text(token.content, " "))
    return " ".join(parts)


def _shown(child: Token) -> str:
    if child.type in ("text", "code_inline"):
        return child.content
    return "" if child.type in ("image", "html_inline") else " "  # a break, emphasis, a link


def _parted(lines: list[Line]) -> dict[int, tuple[bool, bool]]:
    """The lines with words that are no drawn rule (`. . . . .`), by index, each with
    whether a rule stands right above and right below it: a rule parts, as a blank line."""
    rule = [bool(line.plain) and is_drawn_rule(line.plain) for line in lines]
    return {
        k: (k > 0 and rule[k - 1], k + 1 < len(lines) and rule[k + 1])
        for k, line in enumerate(lines)
        if line.plain and not rule[k]
    }


class _Reader:
    def __init__(self, tokens: list[Token], source: Source) -> None:
        self.tokens = tokens
        self.source = source
        self.out: list[SourceBlock] = []

    def read(self) -> list[SourceBlock]:
        tokens, i = self.tokens, 0
        while i < len(tokens):
            token = tokens[i]
            if token.type == "heading_open":
                self._paragraph(tokens[i + 1], heading=int(token.tag[1]))
                i += 3
            elif token.type == "paragraph_open":
                self._paragraph(tokens[i + 1])
                i += 3
            elif token.type in ("bullet_list_open", "ordered_list_open"):
                i = self._list(i)
            elif token.type == "tr_open":
                i = self._row(i)
            elif token.type in ("fence", "code_block", "html_block"):
                self._plain(token)
                i += 1
            else:
                i += 1
        return self.out

    def _first_line(self, token: Token) -> int:
        return (token.map[0] + 1) if token.map else (self.out[-1].lines.last if self.out else 1)

    def _paragraph(self, inline: Token, heading: int = 0) -> None:
        lines = inline_lines(inline, self._first_line(inline))
        parted = _parted(lines)
        for index, line in enumerate(lines):
            html = "".join(line.html).strip()
            if index in parted:
                above, below = parted[index]
                first, last = index == 0 or above, index == len(lines) - 1 or below
                self.out.append(self._text_block(line, html, heading, first=first, last=last))
            for image in line.images:
                self.out.append(SourceBlock(Kind.IMAGE, image.alt, image.lines, image=image))

    def _text_block(self, line: Line, html: str, heading: int, *, first: bool, last: bool):
        text, lines = line.plain, Lines(line.number, line.end)
        if not heading and (label := label_block(text, lines)):
            return label
        bold = html.startswith("<b>") and html.endswith("</b>") and html.count("<b>") == 1
        return SourceBlock(
            Kind.TEXT,
            text,
            lines,
            html=html,
            blank_before=first,
            blank_after=last,
            heading=heading,
            bold=bold,
            links=line.links,
            problems=line.problems,
        )

    def _list(self, start: int) -> int:
        """Top-level items of the list at ``start``, each an item block; returns the next index."""
        tokens = self.tokens
        ordered = tokens[start].type == "ordered_list_open"
        depth, i, item_start, first = 0, start, None, True
        while i < len(tokens):
            token = tokens[i]
            if token.type in ("bullet_list_open", "ordered_list_open"):
                depth += 1
            elif token.type in ("bullet_list_close", "ordered_list_close"):
                depth -= 1
                if depth == 0:
                    return i + 1
            elif token.type == "list_item_open" and depth == 1:
                item_start = i
            elif token.type == "list_item_close" and depth == 1 and item_start is not None:
                self._item(tokens[item_start:i], ordered, first)
                first = False
            i += 1
        return i

    def _item(self, tokens: list[Token], ordered: bool, first: bool) -> None:
        """One top-level item (``tokens`` from its ``list_item_open``): its marker as written
        (`-`, `3.`), so that a list whose numbers start again is read as two, as in text."""
        opening, tokens = tokens[0], tokens[1:]
        marker = f"{opening.info}{opening.markup}" if ordered else opening.markup
        marker_line = self._first_line(opening)
        own: list[Line] = []
        nested: list[Line] = []
        nested_html: list[str] = []
        first_paragraph = 0  # how many of ``own`` the item's first paragraph holds
        depth = 0
        for token in tokens:
            if token.type in ("bullet_list_open", "ordered_list_open"):
                depth += 1
                nested_html.append("<ol>" if token.type.startswith("ordered") else "<ul>")
            elif token.type in ("bullet_list_close", "ordered_list_close"):
                depth -= 1
                nested_html.append("</ol>" if token.type.startswith("ordered") else "</ul>")
            elif token.type in ("inline", "fence", "code_block", "html_block"):
                lines = self._lines(token)
                if depth == 0:
                    own.extend(lines)
                    first_paragraph = first_paragraph or len(own)
                else:
                    nested.extend(lines)
                    html = " ".join("".join(line.html).strip() for line in lines)
                    nested_html.append(f"<li>{html}</li>")
        if not own and not nested:
            return
        # Lines CommonMark took in lazily that start anew are lines of their own (``source``).
        lazy = not nested and len(own) == first_paragraph
        tail = own[self.source.lazy_start(marker_line, own) :] if lazy else []
        own = own[: len(own) - len(tail)]
        title = ""
        if len(own) >= 2 and names_the_line_below(own[0].plain, own[1].plain):
            title, title_html = own[0].plain, "".join(own[0].html).strip()
        body = own[1:] if title else own
        texts = [line.plain for line in [*body, *nested]]
        text = " ".join(part for part in texts if part)
        html = " ".join("".join(line.html).strip() for line in body) + "".join(nested_html)
        last_line = max([marker_line, *(line.end for line in [*own, *nested])])
        self.out.append(
            SourceBlock(
                Kind.ITEM,
                text,
                Lines(own[0].number if own else marker_line, last_line),
                html=html,
                blank_before=first or self.source.blank_above(marker_line),
                numbered=ordered,
                marker=marker,
                title=title,
                title_html=title_html if title else "",
                links=[link for line in own for link in line.links],
                problems=[problem for line in own for problem in line.problems],
            )
        )
        for image in (image for line in [*own, *nested] for image in line.images):
            self.out.append(
                SourceBlock(
                    Kind.IMAGE, image.alt, image.lines, image=image, blank_before=False, inside=True
                )
            )
        parted = _parted(tail)
        for index, line in enumerate(tail):
            if index in parted:
                above, below = parted[index]
                html = "".join(line.html).strip()
                last = below or self.source.blank(line.end + 1)
                self.out.append(self._text_block(line, html, 0, first=above, last=last))
            for image in line.images:
                self.out.append(SourceBlock(Kind.IMAGE, image.alt, image.lines, image=image))

    def _lines(self, token: Token) -> list[Line]:
        """An item's inline text as lines; its code, a line each; its raw HTML's words."""
        first = self._first_line(token)
        if token.type == "inline":
            return inline_lines(token, first)
        if token.type == "html_block":
            text = " ".join(html_visible_text(token.content, " ").split())
            return [text_line(first, text)] if text else []
        raws = token.content.splitlines()
        if token.type == "fence":
            first += 1  # the code starts under its opening fence
        return [text_line(first + at, " ".join(raw.split())) for at, raw in enumerate(raws)]

    def _row(self, start: int) -> int:
        tokens, i = self.tokens, start + 1
        cells: list[Line] = []
        header = False
        while i < len(tokens) and tokens[i].type != "tr_close":
            if tokens[i].type == "inline":
                cells.extend(inline_lines(tokens[i], self._first_line(tokens[i])))
            header = header or tokens[i].type == "th_open"
            i += 1
        cells = [cell for cell in cells if cell.plain]
        if cells:
            number = cells[0].number
            text = " — ".join(cell.plain for cell in cells)
            html = " — ".join("".join(cell.html).strip() for cell in cells)
            self.out.append(
                SourceBlock(
                    Kind.ROW,
                    text,
                    Lines.one(number),
                    html=html,
                    links=[link for c in cells for link in c.links],
                    header_row=header,
                )
            )
        return i + 1

    def _plain(self, token: Token) -> None:
        """Code and raw HTML: text only, a block per line of code, one for a piece of HTML."""
        worded = [line for line in self._lines(token) if line.plain]  # raw HTML: its text
        for index, line in enumerate(worded):
            at = Lines.one(line.number)
            self.out.append(SourceBlock(Kind.TEXT, line.plain, at, blank_before=index == 0))
