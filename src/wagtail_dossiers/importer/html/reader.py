"""Flattened HTML blocks → source blocks, with the evidence only the markup gives.

A heading's level, a paragraph set in bold, a list and its items, an image, a table row,
a caption, page chrome: the markup says these for certain, so they travel as evidence. What
legacy editors typed by hand instead of marking up is read here too, as the markup it
stands for: `•` lines separated by ``<br>``, and paragraphs in a row that open with the same
bullet, are list items. The document's ``<title>``
loses the site's name after its separator (`Cultuur en klimaat - Dossiers - Site`).
"""

from __future__ import annotations

import re
from html import unescape

from ..document import Lines
from ..prose import names_the_line_below
from ..structure.blocks import Kind, SourceBlock, label_block
from .blocks import Block, ChromeBlock, ImageBlock, Item, ListBlock, PageTitleBlock, TextBlock
from .inline import plain_text

BOLD_ONLY_RE = re.compile(r"\s*<b>((?:(?!</?b>)[^<])*)</b>\s*", re.S)
BREAK_RE = re.compile(r"<br\s*/?>", re.I)
# Bullet characters only: a number typed before an item is a word of the text.
MARKER_RE = re.compile(r"\s*[•▪◦·●○■□➢➤►▸‣⁃–—*-]\s+")
HREF_RE = re.compile(r'href="([^"]*)"')
OPEN_CLOSE_RE = re.compile(r"<(/?)([a-zA-Z][\w-]*)")
VOID_TAGS = frozenset(["br", "img", "hr", "wbr"])
# Where a document title's site name starts: ` - `, ` | `, ` – `, ` — `, ` :: `, ` » `.
TITLE_SUFFIX_RE = re.compile(r"\s+(?:[-|–—»]|::)\s+")


def source_blocks(blocks: list[Block]) -> list[SourceBlock]:
    """The source blocks of a flattened page, in order."""
    out: list[SourceBlock] = []
    for block in blocks:
        if isinstance(block, PageTitleBlock):
            out.append(_page_title(block))
        elif isinstance(block, ChromeBlock):
            why = "recognised as website debris" if block.debris else block.why
            out.append(SourceBlock(Kind.CHROME, block.text, block.lines, chrome=why))
        elif isinstance(block, ImageBlock):
            out.append(
                SourceBlock(
                    Kind.IMAGE,
                    block.image.alt,
                    block.lines,
                    image=block.image,
                    problems=list(block.problems),
                )
            )
        elif isinstance(block, ListBlock):
            out.extend(_items(block))
        elif isinstance(block, TextBlock):
            out.extend(_text(block))
    return _typed_lists(out)


def _typed_lists(blocks: list[SourceBlock]) -> list[SourceBlock]:
    """Paragraphs in a row that each open with the same bullet (`<p>– de belbus,</p>`): the
    items of a list typed in an editor, read as the text reader reads the same lines."""
    out: list[SourceBlock] = []
    i = 0
    while i < len(blocks):
        marker = _typed_marker(blocks[i])
        end = i + 1
        while marker and end < len(blocks) and _typed_marker(blocks[end]) == marker:
            end += 1
        if end - i < 2:
            out.append(blocks[i])
        else:
            out.extend(_typed_item(block, first=j == i) for j, block in enumerate(blocks[i:end], i))
        i = end
    return out


def _typed_marker(block: SourceBlock) -> str:
    if block.kind is not Kind.TEXT or block.heading or BREAK_RE.search(block.html):
        return ""
    found = MARKER_RE.match(block.text)
    return found[0].strip() if found else ""


def _typed_item(block: SourceBlock, *, first: bool) -> SourceBlock:
    html = MARKER_RE.sub("", block.html, count=1).strip()
    return SourceBlock(
        Kind.ITEM,
        MARKER_RE.sub("", block.text, count=1).strip(),
        block.lines,
        html=html,
        links=block.links,
        phones=block.phones,
        blank_before=first,
        spacing=False,
        marker=_typed_marker(block),
        problems=block.problems,
    )


def _page_title(block: PageTitleBlock) -> SourceBlock:
    parts = TITLE_SUFFIX_RE.split(block.text, maxsplit=1)
    title = parts[0] if len(parts) == 2 and parts[0] else block.text
    return SourceBlock(Kind.PAGE_TITLE, block.text, block.lines, title=title, spacing=False)


def _items(block: ListBlock) -> list[SourceBlock]:
    out: list[SourceBlock] = []
    for index, item in enumerate(block.items):
        out.append(_item(item, block.ordered, first=index == 0, problems=index == 0 and block))
        for found in item.fragment.images:
            image = found.image
            out.append(
                SourceBlock(
                    Kind.IMAGE,
                    image.alt,
                    image.lines,
                    image=image,
                    problems=list(found.problems),
                    blank_before=False,
                    inside=True,
                )
            )
    return out


def _item(item: Item, ordered: bool, *, first: bool, problems) -> SourceBlock:
    fragment, title = item.fragment, item.title
    text, html = fragment.text, fragment.html
    name = title.text if title else ""
    name_html = title.html if title else ""
    head, br, rest = html.partition("<br>")
    if (
        not name
        and br
        and "<" not in head
        and head.strip()
        and names_the_line_below(unescape(head).strip(), unescape(rest))
    ):
        # `<li>Natuurbeheer<br>Je helpt mee …</li>`: the item's first line names it.
        name, name_html = unescape(head).strip(), head.strip()
        text, html = text[len(name) :].strip(), rest.strip()
    return SourceBlock(
        Kind.ITEM,
        text,
        item.lines,
        html=html,
        blank_before=first,
        spacing=False,
        numbered=ordered,
        title=name,
        title_html=name_html,
        links=[*(title.links if title else []), *fragment.links],
        phones=list(fragment.phones),
        problems=[*(title.problems if title else []), *fragment.problems]
        + (list(problems.problems) if problems else []),
    )


def _text(block: TextBlock) -> list[SourceBlock]:
    fragment = block.fragment
    if block.table_row:
        return [
            SourceBlock(
                Kind.ROW,
                fragment.text,
                block.lines,
                html=fragment.html,
                links=list(fragment.links),
                phones=list(fragment.phones),
                problems=list(block.problems),
                header_row=block.header_row,
                spacing=False,
            )
        ]
    if not block.level and (typed := _typed_items(block)):
        return typed
    if not block.level and (label := label_block(fragment.text, block.lines, spacing=False)):
        label.problems = list(block.problems)
        return [label]
    if not block.level and not block.caption and (lines := _broken_lines(block)):
        return lines
    return [
        SourceBlock(
            Kind.TEXT,
            fragment.text,
            block.lines,
            html=fragment.html,
            heading=block.level,
            bold=bool(BOLD_ONLY_RE.fullmatch(fragment.html)),
            caption=block.caption,
            spacing=False,
            links=list(fragment.links),
            phones=list(fragment.phones),
            problems=list(block.problems),
        )
    ]


def _broken_lines(block: TextBlock) -> list[SourceBlock]:
    """A paragraph broken by ``<br>`` into lines (`Doelstelling<br>De raad adviseert …`,
    `Jan Smis<br>Voorzitter<br>jan@…`): one block per line, written line under line, as the
    text reader reads the same lines; each line keeps its break (``broken``). None where a
    line's markup runs on into the next (`<b>…<br>…</b>`)."""
    parts = _lines(block.fragment.html)
    if len(parts) < 2 or not all(_balanced(part) for part in parts):
        return []
    links: dict[str, list] = {}
    for link in block.fragment.links:
        links.setdefault(link.url, []).append(link)
    phones = _phones_by_line(block.fragment.phones, parts)
    out = []
    for index, part in enumerate(parts):
        html = part.strip()
        text = plain_text(html)
        if not text:
            return []  # a line of an image or markup only: the paragraph stays whole
        out.append(
            SourceBlock(
                Kind.TEXT,
                text,
                Lines(block.lines.first, block.lines.last),
                html=html,
                bold=bool(BOLD_ONLY_RE.fullmatch(html)),
                blank_before=index == 0,
                blank_after=index == len(parts) - 1,
                spacing=False,
                broken=index > 0,
                links=_links_on(html, links),
                phones=phones.pop(index, []),
                problems=list(block.problems) if index == 0 else [],
            )
        )
    return out


def _phones_by_line(phones: list[str], parts: list[str]) -> dict[int, list[str]]:
    """Which line each ``tel:`` number stands on: the first that writes its digits, else
    the first line (a few numbers are looked for; more stay with the paragraph's first)."""
    by_line: dict[int, list[str]] = {}
    for phone in phones:
        digits = re.sub(r"\D", "", phone)[-6:]
        index = next(
            (i for i, part in enumerate(parts) if digits and digits in re.sub(r"\D", "", part)),
            0,
        ) if len(phones) <= 20 else 0  # fmt: skip
        by_line.setdefault(index, []).append(phone)
    return by_line


def _links_on(html: str, links: dict[str, list]) -> list:
    """The links of the paragraph that stand on this line (``links`` by address, each taken
    once), so that a paragraph of many lines and links is read in linear time."""
    taken = []
    for href in HREF_RE.findall(html):
        same = links.get(unescape(href))
        if same:
            taken.append(same.pop(0))
    return taken


def _lines(html: str) -> list[str]:
    """A paragraph's lines, as its ``<br>`` breaks them (empty ones left out)."""
    return [part for part in BREAK_RE.split(html) if part.strip()]


def _balanced(html: str) -> bool:
    """Every element the fragment opens, it closes (void elements aside)."""
    depth = 0
    for closing, name in OPEN_CLOSE_RE.findall(html):
        if name.lower() in VOID_TAGS:
            continue
        depth += -1 if closing else 1
        if depth < 0:
            return False
    return depth == 0


def _typed_items(block: TextBlock) -> list[SourceBlock]:
    """One item per `•` line of the paragraph; none unless every line starts with one."""
    parts = _lines(block.fragment.html)
    if len(parts) < 2 or not all(MARKER_RE.match(part) for part in parts):
        return []
    items = []
    for index, part in enumerate(parts):
        html = MARKER_RE.sub("", part, count=1).strip()
        links = [link for link in block.fragment.links if f'href="{link.url}"' in html]
        text = plain_text(html)
        items.append(
            SourceBlock(
                Kind.ITEM,
                text,
                Lines(block.lines.first, block.lines.last),
                html=html,
                links=links,
                blank_before=index == 0,
                spacing=False,
                problems=list(block.problems) if index == 0 else [],
            )
        )
    return items
