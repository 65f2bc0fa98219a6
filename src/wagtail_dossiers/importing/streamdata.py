"""Raw StreamField data (what ``get_prep_value`` gives and revisions store), walked in one place.

Several steps need every string a body holds (the word check, the change list's matching of
cards) or every block with where it sits (the safety guard, the preview's organisations, the
report's links to the page editor); each used to walk the nested dicts and lists its own way.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


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
