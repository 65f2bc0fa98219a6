"""Tiny helpers shared by the enrichment modules.

Only ``_set``, which turns a space-separated word list into a frozenset; it lives
here because the link, organisation, name and title modules all spell their word
lists with it, and none of them should import another just for that.
"""

from __future__ import annotations


def _set(names: str) -> frozenset[str]:
    return frozenset(names.split())
