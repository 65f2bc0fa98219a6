"""The organisation a submitter named, found by the importer's own registry matching."""

from __future__ import annotations

from ..importing.registry import organisation_registry
from ..models import Organisation


def match_organisation(name: str) -> Organisation | None:
    """The registered organisation ``name`` writes (its name or an alias), or None."""
    matches = organisation_registry().find(" ".join(name.split()))
    if not matches:
        return None
    entry = matches[0][0]
    return Organisation.objects.filter(pk=entry.key).first()


def suggestions() -> list[str]:
    """Every name and alias, for the form's list of suggestions."""
    names: set[str] = set()
    for organisation in Organisation.objects.only("name", "aliases"):
        names.add(organisation.name)
        names.update(organisation.alias_list)
    return sorted(names, key=str.casefold)
