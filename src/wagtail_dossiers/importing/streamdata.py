"""Raw StreamField data (what ``get_prep_value`` gives and revisions store), walked in one place.

Several steps need every string a body holds — the word check, the change list's matching of
cards — and each used to walk the nested dicts and lists its own way; the import report needs
where each block sits.
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


def block_paths(value: Any, prefix: str = "body") -> dict[str, str]:
    """Each block id in ``value`` (a stream's raw data) → its content path, as Wagtail's
    editor addresses it: ``body.<section id>.items.<card id>`` (what its ``data-contentpath``
    attributes spell and its ``#:w:contentpath=`` anchor finds)."""
    paths: dict[str, str] = {}
    stack: list[tuple[Any, str]] = [(value, prefix)]
    while stack:
        items, path = stack.pop()
        for block in items:
            if not (isinstance(block, dict) and block.get("id") and "type" in block):
                continue
            here = paths[block["id"]] = f"{path}.{block['id']}"
            if isinstance(block["value"], dict):
                stack.extend(
                    (child, f"{here}.{key}")
                    for key, child in block["value"].items()
                    if isinstance(child, list)
                )
    return paths
