"""Raw StreamField data (what ``get_prep_value`` gives and revisions store), walked in one place.

Several steps need every string a body holds — the word check, the change list's matching of
cards — and each used to walk the nested dicts and lists its own way.
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


def raw_organisation_ids(raw: Any) -> list:
    """The organisation ids a card's stored ``organisations`` value names, in order.

    The value is a list of ids; pages stored before migration 0006 (and their older
    revisions) hold ``ListBlock`` items, ``{"type": "item", "value": id, "id": …}``,
    which read the same. Empty items are left out.
    """
    ids = []
    for item in raw or []:
        value = item.get("value") if isinstance(item, dict) else item
        if value is not None and value != "":
            ids.append(value)
    return ids


def raw_card_organisation_ids(card: Any) -> list:
    """The organisation ids a stored ``initiative`` value (the card's dict) names."""
    return raw_organisation_ids(card.get("organisations") if isinstance(card, dict) else None)
