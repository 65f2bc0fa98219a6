"""Enrich a parsed ``Document``: links, organisations and short card titles.

Runs after a parser and before the Django layer, and knows neither: the
organisation registry comes in as plain ``RegistryEntry`` values. Enrichment
never drops or repeats a word: links keep their words in the text, organisations
are references next to it, and a derived card title moves its words out of the
card's text rather than copying them.
This package splits the work by concern: ``links`` finds and linkifies URLs and
e-mail addresses, ``organisations`` holds the registry and its matching, ``names``
spots unknown organisation names, ``titles`` derives card titles, and this module
runs them over a document.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import (
    CallToAction,
    Document,
    Initiative,
    OrganisationRef,
    Paragraph,
    Section,
)
from .links import _add_links, _linkify_html, _scan_links, find_links
from .names import _name_key, _unknown_names
from .organisations import Registry, RegistryEntry
from .titles import _apply_title, derive_title

__all__ = ["Registry", "RegistryEntry", "derive_title", "enrich", "find_links"]


def enrich(
    document: Document, registry: Registry | None = None, not_organisations: set[str] = frozenset()
) -> Document:
    """Add links, organisations and card titles to a parsed document, in place.

    Args:
        document: what a parser produced.
        registry: the organisations to recognise; without one, cards get no
            organisations and no names are reported as unknown.
        not_organisations: names an editor said are no organisations: never reported as
            unknown ones.

    Returns:
        The same document.
    """
    reported: set[str] = {_name_key(name) for name in not_organisations}
    for item in _elements(document):
        if isinstance(item, Paragraph):
            _add_links(item.links, find_links(item.text))
            item.html = _linkify_html(item.html)
        elif isinstance(item, CallToAction):
            if item.link is None and (links := find_links(item.text)):
                item.link = links[0]
        elif isinstance(item, Initiative):
            _enrich_initiative(item, document, registry, reported)
    return document


def _elements(document: Document) -> Iterator[object]:
    yield from document.intro
    for item in document.body:
        if isinstance(item, Section):
            yield from item.intro
            yield from item.items
        else:
            yield item


def _enrich_initiative(
    initiative: Initiative, document: Document, registry: Registry | None, reported: set[str]
) -> None:
    sources = [text for text in (initiative.title, initiative.text) if text]
    for text in sources:
        found = _scan_links(text)
        _add_links(initiative.links, (link for link, _, _ in found))
        if registry is None:
            continue
        matches = registry.find(text)
        known = {ref.key for ref in initiative.organisations}
        for entry, matched, _, _ in matches:
            if entry.key not in known:
                known.add(entry.key)
                initiative.organisations.append(OrganisationRef(entry.key, entry.name, matched))
        spans = [(start, end) for _, _, start, end in matches] + [(s, e) for _, s, e in found]
        for name in _unknown_names(text, spans):
            key = _name_key(name)
            if key and key not in reported:
                reported.add(key)
                document.warn(
                    initiative.lines.first,
                    "unknown_organisation",
                    name=name,
                )
    if not initiative.title:
        _apply_title(initiative)
    initiative.html = _linkify_html(initiative.html)
