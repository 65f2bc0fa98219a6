"""Raw StreamField data (what ``get_prep_value`` gives and revisions store), walked in one place.

Converting a 500-card body fetches every organisation, page and image it names and builds
thousands of values. Most readers need far less: the public page, the organisation pages and
the filter's cache checks need the blocks' types, ids and plain values and which records the
cards name; the importer's word check and change list need every string a body holds; the
safety guard, the preview and the report's links to the editor need every block with where
it sits. Stored blocks are ``{"type", "value", "id"}`` dicts, and list items
``{"type": "item", "value", "id"}`` or, in older data, bare values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# Internal links in stored rich text: ``<a linktype="page" id="5">``, documents alike.
RICH_TEXT_LINK_RE = re.compile(r'<a linktype="(page|document)" id="(\d+)"')


def raw_blocks(page) -> list[dict]:
    """The page's top-level blocks as stored."""
    return [raw for raw in page.body.raw_data if isinstance(raw, dict)]


def raw_sections(page) -> list[dict]:
    """The values of the page's top-level sections as stored."""
    return [raw.get("value") or {} for raw in raw_blocks(page) if raw.get("type") == "section"]


def list_item_value(item):
    """A stored ``ListBlock`` item: ``{"type": "item", "value": …, "id": …}`` or the bare value."""
    if isinstance(item, dict) and "value" in item:
        return item["value"]
    return item


def section_items(section_value: dict) -> list[dict]:
    """The stored items of a section value (cards, text, images, calls to action)."""
    return [item for item in section_value.get("items") or [] if isinstance(item, dict)]


def organisation_ids(value: Any) -> list:
    """The organisation ids a card's stored ``organisations`` value names, in order.

    The value is a list of ids; pages stored before migration 0006 (and their older
    revisions) hold ``ListBlock`` items, which read the same. Empty items are left out.
    """
    ids = (list_item_value(item) for item in value or [])
    return [pk for pk in ids if pk is not None and pk != ""]


def card_organisation_ids(card: Any) -> list:
    """The ids of the organisations a stored card (its value dict) chooses, each once."""
    value = card.get("organisations") if isinstance(card, dict) else None
    return list(dict.fromkeys(organisation_ids(value)))


@dataclass
class Dependencies:
    """The records stored blocks show besides their own values: what their rendering reads
    (organisations on cards; linked pages, images and documents anywhere)."""

    organisations: set = field(default_factory=set)
    pages: set = field(default_factory=set)
    images: set = field(default_factory=set)
    documents: set = field(default_factory=set)

    def add_card(self, card: dict) -> None:
        self.organisations.update(card_organisation_ids(card))
        for link in card.get("links") or []:
            page = (list_item_value(link) or {}).get("page")
            if page is not None:
                self.pages.add(page)
        image = (card.get("image") or {}).get("image")
        if image is not None:
            self.images.add(image)
        for kind, pk in RICH_TEXT_LINK_RE.findall(str(card.get("text") or "")):
            (self.pages if kind == "page" else self.documents).add(int(pk))

    def add_value(self, value: Any) -> None:
        """The pages, images and documents any other stored value links to: a link's
        ``page``, an image block's ``image``, internal links in rich text."""
        stack: list[Any] = [value]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                for key, child in item.items():
                    if key in ("page", "image") and isinstance(child, int):
                        (self.pages if key == "page" else self.images).add(child)
                    else:
                        stack.append(child)
            elif isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, str) and "linktype=" in item:
                for kind, pk in RICH_TEXT_LINK_RE.findall(item):
                    (self.pages if kind == "page" else self.documents).add(int(pk))

    def update(self, other: Dependencies) -> None:
        self.organisations |= other.organisations
        self.pages |= other.pages
        self.images |= other.images
        self.documents |= other.documents


def card_dependencies(card: dict) -> Dependencies:
    deps = Dependencies()
    deps.add_card(card)
    return deps


@dataclass
class StoredBody:
    """A page's stored body, walked once: its blocks, its sections and their cards, what
    each card names (``card_dependencies``, in step with ``cards``), and every record the
    body names."""

    blocks: list[dict]
    sections: list[dict]
    cards: list[list[dict]]
    card_dependencies: list[list[Dependencies]]
    dependencies: Dependencies


def read_body(page) -> StoredBody:
    blocks = raw_blocks(page)
    sections = [block for block in blocks if block.get("type") == "section"]
    cards = [
        [
            item
            for item in section_items(block.get("value") or {})
            if item.get("type") == "initiative"
        ]
        for block in sections
    ]
    card_deps = [
        [card_dependencies(card.get("value") or {}) for card in section] for section in cards
    ]
    deps = Dependencies()
    for section in card_deps:
        for named in section:
            deps.update(named)
    # The rest of the body is not cached apart, but the whole body is: what it names is
    # part of the page cache's key too.
    for block in blocks:
        if block.get("type") != "section":
            deps.add_value(block.get("value"))
    for block in sections:
        value = block.get("value") or {}
        deps.add_value(value.get("intro"))
        deps.add_value([item for item in section_items(value) if item.get("type") != "initiative"])
    return StoredBody(blocks, sections, cards, card_deps, deps)


def strings(
    value: Any, *, only: frozenset[str] | None = None, skip: frozenset[str] = frozenset()
) -> Iterator[str]:
    """Every string in ``value``, in order: under the keys in ``only`` when given (and the
    lists under them), never under the keys in ``skip``."""
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            chosen = [
                child
                for key, child in item.items()
                if key not in skip and (only is None or key in only)
            ]
            stack.extend(reversed(chosen))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def blocks(value: Any, prefix: str = "body") -> Iterator[tuple[str, dict]]:
    """Every block in ``value`` (a stream's raw data) with its content path, in document
    order, each before the blocks it holds: ``body.<section id>.items.<card id>``, as
    Wagtail's editor addresses a block (its ``data-contentpath`` attributes, the
    ``#:w:contentpath=`` anchor). List items (a card's organisations and links) are blocks
    of type ``item``."""
    stack: list[tuple[Any, str]] = [(block, prefix) for block in reversed(value or [])]
    while stack:
        block, path = stack.pop()
        if not (isinstance(block, dict) and "type" in block and "value" in block):
            continue
        here = f"{path}.{block['id']}" if block.get("id") else path
        yield here, block
        if isinstance(block["value"], dict):
            children = [
                (child, f"{here}.{key}")
                for key, items in block["value"].items()
                if isinstance(items, list)
                for child in items
            ]
            stack.extend(reversed(children))


def block_paths(value: Any, prefix: str = "body") -> dict[str, str]:
    """Each block id in ``value`` → its content path."""
    return {block["id"]: path for path, block in blocks(value, prefix) if block.get("id")}
