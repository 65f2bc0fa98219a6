"""An editor's corrections of single decisions: which block they mean, found again by text.

A hint names a source line and the text written there. When the source changed and lines
moved, the hint goes to the nearest block with that text; a hint whose text is found nowhere
is reported and applied nowhere, never to whatever happens to stand on its old line.
"""

from __future__ import annotations

from dataclasses import dataclass

from .blocks import Kind, SourceBlock
from .roles import Role

# The roles an editor chooses from; `card` on a line of text makes that line a card.
HINT_ROLES: dict[str, Role] = {
    role.value: role for role in Role if role not in (Role.CARD_TITLE, Role.CARD_TEXT, Role.LIST)
}


@dataclass(frozen=True)
class Hint:
    """The block at ``line`` (1-based), written ``text``, plays ``role``."""

    line: int
    role: Role
    text: str = ""


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _keys(block: SourceBlock) -> set[str]:
    """The ways an editor may have copied the block's first line."""
    keys = {_key(block.text)}
    if block.kind is Kind.ITEM:
        keys |= {_key(f"{block.marker} {block.text}"), _key(f"{block.title} {block.text}")}
    return keys


def place_hints(blocks: list[SourceBlock], hints: list[Hint]) -> tuple[dict[int, Role], list[Hint]]:
    """Which block each hint means (by index), and the hints that found no block."""
    forced: dict[int, Role] = {}
    missed: list[Hint] = []
    if not hints:
        return forced, missed
    keys = [_keys(block) for block in blocks]
    for hint in hints:
        if hint.role is Role.NOT_ORGANISATION:
            continue  # a name, not a block: see ``names_not_organisations``
        want = _key(hint.text)
        found = [i for i, block in enumerate(blocks) if not want or want in keys[i]]
        if want and not found:  # the line a block starts with (a wrapped bullet, a long text)
            found = [i for i in range(len(blocks)) if any(k.startswith(want) for k in keys[i])]
        if not want:  # no text: the line alone says which block
            found = [i for i in found if blocks[i].lines.first <= hint.line <= blocks[i].lines.last]
        if not found:
            missed.append(hint)
            continue
        nearest = min(found, key=lambda i: abs(blocks[i].lines.first - hint.line))
        forced[nearest] = hint.role
    return forced, missed


def names_not_organisations(hints: list[Hint]) -> set[str]:
    """The names an editor said are no organisations, for ``enrich`` to leave alone."""
    return {hint.text for hint in hints if hint.role is Role.NOT_ORGANISATION}
