"""What importing a source again changes on its page: sections and cards added, removed, changed.

Pure functions over raw StreamField data (``[{"type", "value", "id"}, …]``), so the
admin preview can show an editor what an update will do before anything is written.
Sections are matched by heading; cards by block id first (ids derive from the source
and the card's content, see ``converters.py``), then by their text, so a card an
editor re-saved in the page editor is still recognised.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..importer.words import TAG_RE
from ..streamdata import strings

# Draftail adds a key to every block of rich text it saves: not a change of content.
_BLOCK_KEY_RE = re.compile(r'\s+data-block-key="[^"]*"')
PAGE_FIELDS = ("title", "dossier_name", "dossier_hub", "header_image_alt", "intro")
LABEL_WORDS = 12


@dataclass
class SectionChanges:
    """One section of the new or the old body, and what happens to it."""

    heading: str
    status: str  # "added", "removed", "changed" or "unchanged"
    cards_added: list[str] = field(default_factory=list)
    cards_removed: list[str] = field(default_factory=list)
    cards_changed: list[str] = field(default_factory=list)
    other_blocks_changed: bool = False


@dataclass
class BodyChanges:
    """Everything an update would change, in the order of the new body."""

    sections: list[SectionChanges] = field(default_factory=list)
    fields_changed: list[str] = field(default_factory=list)
    # Blocks outside sections (contacts, calls to action …) as (block type, label).
    blocks_added: list[tuple[str, str]] = field(default_factory=list)
    blocks_removed: list[tuple[str, str]] = field(default_factory=list)
    blocks_changed: list[tuple[str, str]] = field(default_factory=list)

    def _with(self, status: str) -> list[SectionChanges]:
        return [s for s in self.sections if s.status == status]

    @property
    def sections_added(self) -> list[SectionChanges]:
        return self._with("added")

    @property
    def sections_removed(self) -> list[SectionChanges]:
        return self._with("removed")

    @property
    def sections_changed(self) -> list[SectionChanges]:
        return self._with("changed")

    @property
    def sections_unchanged(self) -> list[SectionChanges]:
        return self._with("unchanged")

    @property
    def counts(self) -> dict[str, int]:
        return {
            "sections_added": len(self.sections_added),
            "sections_removed": len(self.sections_removed),
            "sections_changed": len(self.sections_changed),
            "sections_unchanged": len(self.sections_unchanged),
            "cards_added": sum(len(s.cards_added) for s in self.sections),
            "cards_removed": sum(len(s.cards_removed) for s in self.sections),
            "cards_changed": sum(len(s.cards_changed) for s in self.sections),
        }

    @property
    def has_changes(self) -> bool:
        return bool(
            self.fields_changed
            or self.blocks_added
            or self.blocks_removed
            or self.blocks_changed
            or any(s.status != "unchanged" for s in self.sections)
        )


def compare(
    old_body: list[dict],
    new_body: list[dict],
    old_fields: dict[str, Any] | None = None,
    new_fields: dict[str, Any] | None = None,
) -> BodyChanges:
    """Compare a page's stored body (and fields) with the body an import would write.

    Args:
        old_body: the raw body of the page's latest revision.
        new_body: the raw body the import produced.
        old_fields: the page's current values of ``PAGE_FIELDS``.
        new_fields: the values the import would set.

    Returns:
        The changes, sections in the order of the new body, removed sections last.
    """
    changes = BodyChanges()
    old_fields, new_fields = old_fields or {}, new_fields or {}
    changes.fields_changed = [
        name
        for name in PAGE_FIELDS
        if name in new_fields and _normal(old_fields.get(name)) != _normal(new_fields.get(name))
    ]

    old_sections = _by_heading(b for b in old_body if b["type"] == "section")
    for block in new_body:
        if block["type"] != "section":
            continue
        heading = block["value"].get("heading", "")
        matches = old_sections.get(_key(heading))
        old = matches.pop(0) if matches else None
        changes.sections.append(_compare_section(heading, old, block))
    for remaining in old_sections.values():
        for old in remaining:
            section = SectionChanges(old["value"].get("heading", ""), "removed")
            section.cards_removed = [_label(c) for c in _cards(old)]
            changes.sections.append(section)

    added, removed, changed = _compare_items(
        [b for b in old_body if b["type"] != "section"],
        [b for b in new_body if b["type"] != "section"],
    )
    changes.blocks_added = [(b["type"], _label(b)) for b in added]
    changes.blocks_removed = [(b["type"], _label(b)) for b in removed]
    changes.blocks_changed = [(b["type"], _label(b)) for b in changed]
    return changes


def _compare_section(heading: str, old: dict | None, new: dict) -> SectionChanges:
    if old is None:
        return SectionChanges(heading, "added", cards_added=[_label(c) for c in _cards(new)])
    added, removed, changed = _compare_items(_cards(old), _cards(new))
    others_old = [_content(i) for i in _items(old) if i["type"] != "initiative"]
    others_new = [_content(i) for i in _items(new) if i["type"] != "initiative"]
    section = SectionChanges(
        heading,
        "unchanged",
        cards_added=[_label(c) for c in added],
        cards_removed=[_label(c) for c in removed],
        cards_changed=[_label(c) for c in changed],
        other_blocks_changed=(
            others_old != others_new
            or _normal(old["value"].get("intro")) != _normal(new["value"].get("intro"))
        ),
    )
    if added or removed or changed or section.other_blocks_changed:
        section.status = "changed"
    return section


def _compare_items(old: list[dict], new: list[dict]) -> tuple[list, list, list]:
    """Match blocks by id, then by type and text; return (added, removed, changed)."""
    old_by_id = {b.get("id"): b for b in old if b.get("id")}
    unmatched_new, matched = [], []
    for block in new:
        twin = old_by_id.pop(block.get("id"), None) if block.get("id") else None
        if twin is not None and twin["type"] == block["type"]:
            matched.append((twin, block))
        else:
            unmatched_new.append(block)
    matched_ids = {id(twin) for twin, _ in matched}
    old_by_text = defaultdict(list)
    for block in old:
        if id(block) not in matched_ids:
            old_by_text[(block["type"], _text(block))].append(block)
    added = []
    for block in unmatched_new:
        candidates = old_by_text.get((block["type"], _text(block)))
        if candidates:
            matched.append((candidates.pop(0), block))
        else:
            added.append(block)
    removed = [b for candidates in old_by_text.values() for b in candidates]
    changed = [new for old_block, new in matched if _content(old_block) != _content(new)]
    return added, removed, changed


def _by_heading(sections) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = defaultdict(list)
    for section in sections:
        found[_key(section["value"].get("heading", ""))].append(section)
    return found


def _items(section: dict) -> list[dict]:
    return list(section["value"].get("items") or [])


def _cards(section: dict) -> list[dict]:
    return [item for item in _items(section) if item["type"] == "initiative"]


def _key(heading: str) -> str:
    return " ".join(heading.split()).casefold()


def _content(value: Any) -> Any:
    """A block's content without the ids that only identify it, rich text normalised."""
    if isinstance(value, dict):
        return {k: _content(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_content(v) for v in value]
    return _normal(value)


def _normal(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(_BLOCK_KEY_RE.sub("", value).split())
    return value


# The keys a card's or a section's own words stand under (links and ids are not its words).
TEXT_KEYS = frozenset({"title", "text", "heading", "name", "alt_text", "value"})


def _text(block: dict) -> str:
    """The plain words of a block, for matching a card whose id changed."""
    parts = [TAG_RE.sub(" ", text) for text in strings(block.get("value"), only=TEXT_KEYS)]
    return " ".join(" ".join(parts).split()).casefold()


def _label(block: dict) -> str:
    """What an editor recognises a block by: its title, else its first words."""
    value = block.get("value")
    if isinstance(value, dict):
        for key in ("title", "heading", "name", "text", "alt_text"):
            if value.get(key):
                return _shorten(TAG_RE.sub(" ", str(value[key])))
    if isinstance(value, str):
        return _shorten(TAG_RE.sub(" ", value))
    return block.get("type", "")


def _shorten(text: str) -> str:
    words = text.split()
    return " ".join(words[:LABEL_WORDS]) + (" …" if len(words) > LABEL_WORDS else "")


def page_changes(page, body: list[dict], fields: dict[str, Any]) -> BodyChanges:
    """What writing ``body`` and ``fields`` would change on ``page`` (a revision's object)."""
    return compare(
        list(page.body.raw_data),
        body,
        {f: getattr(page, f, None) for f in PAGE_FIELDS if f != "dossier_hub"}
        | {"dossier_hub": page.dossier_hub_id},
        fields,
    )
