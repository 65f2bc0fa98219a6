"""Markdown → source blocks, read with markdown-it-py (CommonMark, with tables).

Headings keep their level, list items their nesting (sub-items go into their item's
text), images their alt text and source, tables their rows. A paragraph's lines are
separate blocks, written right under each other, as in plain text: whether a line goes on
with the one above or starts something new is the classifier's call. Raw HTML in the
Markdown is never kept as markup: its text is.
"""

from __future__ import annotations

from html import escape

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..document import Image, Lines, Link, Warning
from ..html import visible_text as html_visible_text
from ..prose import names_the_line_below
from ..structure.blocks import Kind, SourceBlock, label_block
from ..urls import alt_from_file_name, check_href, check_src
from ..words import normalise

_PARSER = MarkdownIt("commonmark").enable("table")


def read_blocks(text: str) -> list[SourceBlock]:
    """The source blocks of a Markdown document, in order."""
    return _Reader(_PARSER.parse(normalise(text))).read()


def visible_text(text: str) -> str:
    """The words a reader of the rendered Markdown sees (markup characters left out)."""
    return " ".join(block.text for block in read_blocks(text))


class _Line:
    """One line of an inline run: its safe html, its words, its links and images."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.html: list[str] = []
        self.text: list[str] = []
        self.links: list[Link] = []
        self.images: list[Image] = []
        self.problems: list[Warning] = []

    @property
    def plain(self) -> str:
        return " ".join("".join(self.text).split())


def inline_lines(token: Token, first_line: int) -> list[_Line]:
    """An inline token's children, split at soft line breaks, rendered safely."""
    lines = [_Line(first_line)]
    open_link: list[bool] = []
    for child in token.children or []:
        line = lines[-1]
        kind = child.type
        if kind == "softbreak":
            lines.append(_Line(line.number + 1))
        elif kind == "hardbreak":
            line.html.append("<br>")
            line.text.append(" ")
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


class _Reader:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
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
        for index, line in enumerate(lines):
            html = "".join(line.html).strip()
            if line.plain:
                self.out.append(
                    self._text_block(
                        line, html, heading, first=index == 0, last=index == len(lines) - 1
                    )
                )
            for image in line.images:
                self.out.append(SourceBlock(Kind.IMAGE, image.alt, image.lines, image=image))

    def _text_block(self, line: _Line, html: str, heading: int, *, first: bool, last: bool):
        text = line.plain
        if not heading and (label := label_block(text, Lines.one(line.number))):
            return label
        bold = html.startswith("<b>") and html.endswith("</b>") and html.count("<b>") == 1
        return SourceBlock(
            Kind.TEXT,
            text,
            Lines.one(line.number),
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
                self._item(tokens[item_start + 1 : i], ordered, first)
                first = False
            i += 1
        return i

    def _item(self, tokens: list[Token], ordered: bool, first: bool) -> None:
        own: list[_Line] = []
        nested: list[str] = []
        nested_html: list[str] = []
        depth = 0
        for token in tokens:
            if token.type in ("bullet_list_open", "ordered_list_open"):
                depth += 1
                nested_html.append("<ol>" if token.type.startswith("ordered") else "<ul>")
            elif token.type in ("bullet_list_close", "ordered_list_close"):
                depth -= 1
                nested_html.append("</ol>" if token.type.startswith("ordered") else "</ul>")
            elif token.type == "inline":
                lines = inline_lines(token, self._first_line(token))
                if depth == 0:
                    own.extend(lines)
                else:
                    nested.append(" ".join(line.plain for line in lines))
                    html = " ".join("".join(line.html).strip() for line in lines)
                    nested_html.append(f"<li>{html}</li>")
        if not own and not nested:
            return
        title = ""
        if len(own) >= 2 and names_the_line_below(own[0].plain, own[1].plain):
            title, title_html = own[0].plain, "".join(own[0].html).strip()
        body = own[1:] if title else own
        text = " ".join(part for part in [*(line.plain for line in body), *nested] if part)
        html = " ".join("".join(line.html).strip() for line in body) + "".join(nested_html)
        first_line = own[0].number if own else self._first_line(tokens[0])
        last_line = max([first_line, *(line.number for line in own)])
        links = [link for line in own for link in line.links]
        problems = [problem for line in own for problem in line.problems]
        self.out.append(
            SourceBlock(
                Kind.ITEM,
                text,
                Lines(first_line, last_line),
                html=html,
                blank_before=first,
                numbered=ordered,
                title=title,
                title_html=title_html if title else "",
                links=links,
                problems=problems,
            )
        )
        for image in (image for line in own for image in line.images):
            self.out.append(
                SourceBlock(
                    Kind.IMAGE, image.alt, image.lines, image=image, blank_before=False, inside=True
                )
            )

    def _row(self, start: int) -> int:
        tokens, i = self.tokens, start + 1
        cells: list[_Line] = []
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
        first = self._first_line(token)
        if token.type == "html_block":  # the text of raw HTML, never its tags
            if text := " ".join(html_visible_text(token.content, " ").split()):
                self.out.append(SourceBlock(Kind.TEXT, text, Lines.one(first)))
            return
        for offset, raw in enumerate(token.content.splitlines()):
            if text := " ".join(raw.split()):
                self.out.append(
                    SourceBlock(
                        Kind.TEXT, text, Lines.one(first + offset), blank_before=offset == 0
                    )
                )
