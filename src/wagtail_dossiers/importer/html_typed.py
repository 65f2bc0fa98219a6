"""Structure that legacy editors typed by hand instead of marking up.

Old CMS pages often have no headings and no lists: a theme is a paragraph in bold,
and the cards under it are lines starting with `•` separated by ``<br>``. When a page
has no section headings of its own, such paragraphs are read as the headings and the
lists they stand for, so the page gets the sections and cards a reader sees in it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html import unescape

from .html_blocks import Block, Item, ListBlock, TextBlock
from .html_inline import Fragment

BOLD_ONLY_RE = re.compile(r"\s*<b>((?:(?!</?b>)[^<])*)</b>\s*", re.S)
BREAK_RE = re.compile(r"<br\s*/?>", re.I)
# Bullet characters only: a number typed before an item is a word of the text.
MARKER_RE = re.compile(r"\s*[•▪◦·●○■□➢➤►▸‣⁃–—*-]\s+")
TAG_RE = re.compile(r"<[^>]*>")
HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 90


def read_typed_structure(blocks: list[Block]) -> list[Block]:
    """``blocks`` with bold paragraphs as headings and `•` lines as lists, when the page
    marks up no section headings itself (a page that does is taken at its word)."""
    if any(isinstance(b, TextBlock) and b.level >= 2 and not b.banner for b in blocks):
        return blocks
    read: list[Block] = []
    for block in blocks:
        if isinstance(block, TextBlock) and not block.level and not block.table_row:
            if _is_bold_heading(block.fragment):
                read.append(replace(block, level=2))
                continue
            if items := _typed_items(block):
                read.append(ListBlock(lines=block.lines, problems=block.problems, items=items))
                continue
        read.append(block)
    return read


def _is_bold_heading(fragment: Fragment) -> bool:
    text = fragment.text.strip()
    return (
        bool(BOLD_ONLY_RE.fullmatch(fragment.html))
        and 0 < len(text) <= HEADING_MAX_CHARS
        and len(text.split()) <= HEADING_MAX_WORDS
        and text[-1] not in ".,;"
    )


def _typed_items(block: TextBlock) -> list[Item]:
    """One item per `•` line of the paragraph; none unless every line starts with one."""
    parts = [part for part in BREAK_RE.split(block.fragment.html) if part.strip()]
    if not parts or not all(MARKER_RE.match(part) for part in parts):
        return []
    items = []
    for part in parts:
        html = MARKER_RE.sub("", part, count=1).strip()
        links = [link for link in block.fragment.links if f'href="{link.url}"' in html]
        text = " ".join(unescape(TAG_RE.sub(" ", html)).split())
        items.append(Item(fragment=Fragment(text=text, html=html, links=links), lines=block.lines))
    items[0].fragment.problems = list(block.fragment.problems)
    return items
