"""Rendered cards, cached by what they show: a page renders only the cards that changed.

A card's HTML depends on its stored value, the language, and the records it names: its
organisations (name, slug, website, aliases, logo), the pages it links to (title, path),
its image and the documents its text links to. The key of a rendered card is a hash of
all of these as they are *now*, read from the database in one query per kind of record, so
a fragment can never be stale: an edited card, organisation or linked page gives another
key on the next request, in every process that shares the cache.

The fragments of one section are kept together in one cache entry (its *bundle*), keyed by
page, section and language. A bundle is written again only when one of its cards was
missing, and then holds just the section's current cards: the cache holds at most one
bundle per section and language, whatever readers search for.

Besides the HTML, each fragment keeps what the filter and the structured data need from the
converted card (its search text and its schema.org facts), so a page whose cards are all
cached never converts its StreamField.
"""

from __future__ import annotations

import hashlib
import json
from typing import NamedTuple

import swapper
from django.core.cache import InvalidCacheBackendError, caches
from django.template.loader import get_template
from django.utils.functional import cached_property
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from wagtail.images import get_image_model

from .conf import get_setting
from .streamdata import Dependencies

CARD_TEMPLATE = "wagtail_dossiers/blocks/initiative.html"
# What a card shows of the records it names (``Versions``).
ORGANISATION_FIELDS = (
    "pk",
    "name",
    "slug",
    "website",
    "aliases",
    "logo_id",
    "logo__file",
    "logo__file_hash",
)
IMAGE_FIELDS = (
    "pk",
    "file",
    "file_hash",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
)
# Part of every key: raise it when what a fragment holds changes shape.
FORMAT = 1


class CardFragment(NamedTuple):
    """A rendered card and what it says in plain words."""

    html: SafeString
    search_text: str
    facts: dict


class Versions:
    """How the records that a page names look now: one query per kind of record.

    Each maps an id to a row of the fields a card shows (``ORGANISATION_FIELDS`` …); the
    filter reads the organisations' names and slugs from it too.
    """

    def __init__(self, deps: Dependencies) -> None:
        self.organisations = _rows(_organisation_model, deps.organisations, ORGANISATION_FIELDS)
        self.pages = _rows(_page_model, deps.pages, ("pk", "url_path", "title", "live"))
        self.images = _rows(get_image_model, deps.images, IMAGE_FIELDS)
        self.documents = _rows(_document_model, deps.documents, ("pk", "file", "title"))

    @cached_property
    def digest(self) -> str:
        """All of it as one hash: part of the page cache's key, so that an edited
        organisation or linked page shows on the next request, in every process."""
        state = [FORMAT, self.organisations, self.pages, self.images, self.documents]
        return _hash(state)

    def of(self, deps: Dependencies) -> list:
        """The current state of the records in ``deps`` (missing ones as ``None``)."""
        return [
            [self.organisations.get(pk) for pk in sorted(deps.organisations, key=str)],
            [self.pages.get(pk) for pk in sorted(deps.pages, key=str)],
            [self.images.get(pk) for pk in sorted(deps.images, key=str)],
            [self.documents.get(pk) for pk in sorted(deps.documents, key=str)],
        ]


def _rows(get_model, ids: set, fields: tuple) -> dict:
    # The model is only asked for when a card names such a record: a site without
    # wagtail.documents never names a document.
    if not ids:
        return {}
    rows = get_model().objects.filter(pk__in=ids).values_list(*fields, named=True)
    return {row.pk: row for row in rows}


def _organisation_model():
    from .models import Organisation

    return Organisation


def _page_model():
    # Any page may be linked: the site's base page model, not the dossier's.
    return swapper.load_model("wagtailcore", "Page")


def _document_model():
    from wagtail.documents import get_document_model

    return get_document_model()


def card_key(card: dict, named: Dependencies, versions: Versions) -> str:
    """What a card's HTML depends on, as one hash: its value and the records it names
    (``named``, what ``streamdata.card_dependencies`` found in it)."""
    state = [FORMAT, card.get("value"), versions.of(named)]
    return f"{card.get('id')}:{_hash(state)}"


def _hash(state) -> str:
    payload = json.dumps(state, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha1(payload.encode()).hexdigest()


def fragment_cache():
    """The cache of the page body too: Django's ``template_fragments`` if the site
    defines one, else ``default``, as the ``{% cache %}`` tag does."""
    try:
        return caches["template_fragments"]
    except InvalidCacheBackendError:
        return caches["default"]


def caching() -> bool:
    """Whether rendered cards are kept: ``CACHE_TIMEOUT = 0`` turns every cache of the
    page off (while templates are being worked on), ``CARD_CACHE_TIMEOUT = 0`` this one."""
    return bool(get_setting("CACHE_TIMEOUT") and get_setting("CARD_CACHE_TIMEOUT"))


def bundle_key(page, section_id: str, language: str) -> str:
    return f"wagtail_dossiers:cards:{FORMAT}:{page.pk}:{section_id}:{language}"


def render_cards(card_block, raw_cards: list[dict]) -> list[CardFragment]:
    """Convert and render stored cards: one query per kind of record for all of them."""
    from .filters import card_search_text
    from .structured_data import initiative_facts

    template = get_template(CARD_TEMPLATE)
    # What section.html passes: the label translated once, not once per card.
    label = gettext("Organisations")
    values = card_block.bulk_to_python([raw.get("value") or {} for raw in raw_cards])
    return [
        CardFragment(
            # Safe: the card template's output, escaped as it renders.
            mark_safe(template.render({"value": value, "dossiers_organisations_label": label})),
            card_search_text(value),
            initiative_facts(value),
        )
        for value in values
    ]


def section_cards(
    page,
    card_block,
    sections: list[tuple[str, list[dict], list[Dependencies]]],
    versions: Versions,
    language: str,
    *,
    use_cache: bool = True,
) -> list[list[CardFragment]]:
    """The rendered cards of each ``(section id, stored cards, what each names)``, in order.

    Cached cards come from their section's bundle; the rest are rendered together and
    their bundles written again. Without ``use_cache`` (previews) nothing is read or kept.
    """
    use_cache = use_cache and caching()
    cache = fragment_cache()
    keys = [
        [card_key(card, named, versions) for card, named in zip(cards, deps, strict=True)]
        for _id, cards, deps in sections
    ]
    bundle_keys = [bundle_key(page, section_id, language) for section_id, *_cards in sections]
    bundles = cache.get_many(bundle_keys) if use_cache else {}
    found = [bundles.get(key) or {} for key in bundle_keys]

    missing = [
        (s, n, card)
        for s, (_id, cards, _deps) in enumerate(sections)
        for n, card in enumerate(cards)
        if keys[s][n] not in found[s]
    ]
    rendered = render_cards(card_block, [card for _s, _n, card in missing]) if missing else []
    fresh: dict[int, dict] = {}
    for (s, n, _card), fragment in zip(missing, rendered, strict=True):
        fresh.setdefault(s, {})[keys[s][n]] = fragment

    result = []
    changed = {}
    for s, section_keys in enumerate(keys):
        merged = found[s] | fresh.get(s, {})
        result.append([merged[key] for key in section_keys])
        if s in fresh:
            changed[bundle_keys[s]] = {key: merged[key] for key in section_keys}
    if use_cache and changed:
        cache.set_many(changed, get_setting("CARD_CACHE_TIMEOUT"))
    return result
