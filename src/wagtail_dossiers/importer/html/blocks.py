"""The blocks a legacy HTML page is flattened into, in source order.

The page's nesting (``div`` soup, layout tables, ``<font>`` wrappers) says little
about a dossier's structure; the order of its headings, paragraphs, lists and
images says nearly everything. ``flatten`` reduces the tree to these blocks and
``reader`` hands them, with their markup's evidence, to the shared structure model. A block
carries the warnings (``problems``) to record only if it is placed in the page:
a relative link in the site menu is no editor's concern.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Image, Lines, Warning
from .inline import Fragment


@dataclass(kw_only=True)
class Block:
    lines: Lines
    problems: list[Warning] = field(default_factory=list)


@dataclass(kw_only=True)
class TextBlock(Block):
    """A paragraph (``level`` 0) or a heading (``level`` 1-6)."""

    fragment: Fragment
    level: int = 0
    banner: bool = False
    table_row: bool = False
    header_row: bool = False  # a table row of header cells (``th``)
    caption: bool = False  # a ``figcaption`` whose image was not found


@dataclass(kw_only=True)
class Item:
    """One list item: a card to be, with a title when the item opened with a heading."""

    fragment: Fragment
    lines: Lines
    title: Fragment | None = None


@dataclass(kw_only=True)
class ListBlock(Block):
    items: list[Item]
    ordered: bool = False


@dataclass(kw_only=True)
class ImageBlock(Block):
    image: Image
    banner: bool = False


@dataclass(kw_only=True)
class ChromeBlock(Block):
    """Text with no place in the page; ``debris`` when a detector recognised it."""

    text: str
    debris: bool = False
    why: str = "page chrome"


@dataclass(kw_only=True)
class PageTitleBlock(Block):
    text: str


def item_text(item: Item) -> str:
    return " ".join(t for t in (item.title.text if item.title else "", item.fragment.text) if t)


def text_of(block: Block) -> str:
    if isinstance(block, ChromeBlock | PageTitleBlock):
        return block.text
    if isinstance(block, TextBlock):
        return block.fragment.text
    if isinstance(block, ListBlock):
        return " ".join(item_text(item) for item in block.items)
    return ""
