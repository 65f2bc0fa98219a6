"""The organisation registry the importer matches names against, from the database."""

from ..importer.enrich import Registry, RegistryEntry
from ..models import Organisation


def organisation_registry() -> Registry:
    entries = [
        RegistryEntry(key=pk, name=name, aliases=tuple(_aliases(aliases)))
        for pk, name, aliases in Organisation.objects.values_list("pk", "name", "aliases")
    ]
    return Registry(entries)


def _aliases(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]
