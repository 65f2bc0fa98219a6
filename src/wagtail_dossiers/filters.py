"""Server-side finding on a dossier page: by organisation, by section and by free text.

Filtering works without JavaScript from query parameters (``?organisation=okra&q=debat``),
so a filtered view is a shareable URL. What does not match is rendered with the
``hidden`` attribute rather than left out, so the script (``js/dossier.js``) can filter
the same markup instantly without a reload. The script repeats the rules of
``DossierFilter`` on the ``data-`` attributes the templates render from ``ItemRow``:
keep the two in step.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.text import slugify
from wagtail.blocks import StreamValue
from wagtail.rich_text import RichText

from .conf import get_setting
from .importer.words import normalise
from .streamdata import card_organisation_ids, raw_sections, read_body, section_items

TAG_RE = re.compile(r"<[^>]*>")
# What JavaScript's ``normalize("NFKD").replace(/[\u0300-\u036f]/g, "")`` removes.
COMBINING_MARKS_RE = re.compile("[\u0300-\u036f]")
# Ids of the page that a section anchor must not take. The templates' other ids contain
# "--", which ``slugify`` never produces.
RESERVED_IDS = frozenset({"main", "content", "top", "dossiers-children-heading"})
# Top-level blocks that stay in view while a filter is active: they address every reader.
ALWAYS_SHOWN = frozenset({"contact", "call_to_action"})
MAX_QUERY_LENGTH = 200
FILTER_PARAMETERS = ("q", "organisation", "section")


def fold(text: str) -> str:
    """Lower case without accents, so that ``debat`` finds ``Débat`` (the script does the same)."""
    decomposed = unicodedata.normalize("NFKD", normalise(text))
    return COMBINING_MARKS_RE.sub("", decomposed).lower()


def plain_text(rich_text) -> str:
    """The visible text of a rich text value, without expanding its internal links."""
    source = getattr(rich_text, "source", rich_text) or ""
    return " ".join(html.unescape(TAG_RE.sub(" ", str(source))).split())


def clean_filter_query(params: QueryDict) -> str | None:
    """The query string without empty filter parameters, or ``None`` if it has none.

    A form submitted without JavaScript sends every field, empty or not
    (``?q=&organisation=okra&section=``); the page redirects to the URL a reader would
    share (``?organisation=okra``), the one the script writes to the history.
    """
    empty = [name for name in FILTER_PARAMETERS if name in params and not _param(params, name)]
    if not empty:
        return None
    cleaned = params.copy()
    for name in empty:
        del cleaned[name]
    return cleaned.urlencode()


def _param(params: QueryDict, name: str) -> str:
    return (params.get(name) or "").strip()


def section_is_empty(value) -> bool:
    """Whether a section holds nothing at all, neither text nor items: only then does the
    page promise initiatives "coming soon" (a section of prose is no empty one)."""
    return not value.get("items") and not plain_text(value.get("intro"))


def card_search_text(value) -> str:
    """Everything a reader could search a card for: folded, each word once (it is sent
    to the browser in a ``data-`` attribute, so it stays small)."""
    parts = [value.get("title") or "", plain_text(value.get("text"))]
    parts += [org.name for org in value.get("organisations") or [] if org]
    parts += [link.text() for link in value.get("links") or []]
    return " ".join(dict.fromkeys(fold(" ".join(parts)).split()))


def _unique_anchor(heading: str, used: set[str]) -> str:
    base = slugify(heading) or "section"
    anchor, n = base, 2
    while anchor in used:
        anchor, n = f"{base}-{n}", n + 1
    used.add(anchor)
    return anchor


def card_anchor(block_id: str) -> str:
    """The id of a card on its page, what ``#card--…`` links to (organisation pages)."""
    return f"card--{block_id}"


@dataclass
class ItemRow:
    """An item of a section; for a card, its rendered HTML and what the script needs to
    filter it, and for anything else, its converted block."""

    block_type: str
    block_id: str
    block: object = None
    hidden: bool = False
    organisations: list[str] = field(default_factory=list)
    search_text: str = ""
    html: str = ""
    facts: dict = field(default_factory=dict)

    @property
    def is_card(self) -> bool:
        return self.block_type == "initiative"

    @property
    def organisation_slugs(self) -> str:
        return " ".join(self.organisations)

    @property
    def anchor(self) -> str:
        return card_anchor(self.block_id) if self.is_card else ""


@dataclass
class SectionSummary:
    """A section as the table of contents, the filter and the templates see it."""

    block_id: str
    heading: str
    anchor: str
    total: int
    visible: int
    items: list[ItemRow] = field(default_factory=list)
    hidden: bool = False
    empty: bool = False
    # What the section template reads (``section_value``).
    value: dict = field(default_factory=dict)

    @property
    def heading_id(self) -> str:
        return f"{self.anchor}--heading"


@dataclass
class BodyRow:
    """A top-level body block: a section with its stored value and summary, or any other
    block converted."""

    block_type: str
    block: object = None
    value: dict | None = None
    summary: SectionSummary | None = None
    hidden: bool = False

    @property
    def hides_when_filtered(self) -> bool:
        return self.summary is None and self.block_type not in ALWAYS_SHOWN


@dataclass
class Option:
    """An entry of a filter ``<select>``."""

    value: str
    label: str
    count: int


@dataclass
class Evaluation:
    """What the filter of one request shows and hides: the walk over the whole body."""

    sections: list[SectionSummary] = field(default_factory=list)
    organisations: list[Option] = field(default_factory=list)
    hidden_ids: set[str] = field(default_factory=set)
    rows: list[BodyRow] = field(default_factory=list)
    total: int = 0
    visible: int = 0


def section_anchors(page) -> list[str]:
    """The anchors of the page's sections in order, as the evaluated filter gives them."""
    used: set[str] = set(RESERVED_IDS)
    return [_unique_anchor(value.get("heading") or "", used) for value in raw_sections(page)]


def section_value(raw_value: dict) -> dict:
    """What the section template reads, from the stored value: no card is converted."""
    return {
        "heading": raw_value.get("heading") or "",
        "intro": RichText(raw_value.get("intro") or ""),
        "items": section_items(raw_value),
    }


def convert_blocks(pairs: list[tuple[object, dict]]) -> list:
    """Stored blocks as bound blocks, ``(stream block, stored block)`` each: one conversion
    per block type, so that a page of many images fetches them in one query. A block of a
    type the stream no longer has is ``None``."""
    groups: dict[tuple[int, str], list[int]] = {}
    for n, (stream_block, raw) in enumerate(pairs):
        if raw.get("type") in stream_block.child_blocks:
            groups.setdefault((id(stream_block), raw["type"]), []).append(n)
    result: list = [None] * len(pairs)
    for indexes in groups.values():
        stream_block, first = pairs[indexes[0]]
        child = stream_block.child_blocks[first["type"]]
        values = child.bulk_to_python([pairs[n][1].get("value") for n in indexes])
        for n, value in zip(indexes, values, strict=True):
            result[n] = StreamValue.StreamChild(child, value, id=pairs[n][1].get("id"))
    return result


class DossierFilter:
    """The filter state of one request, and what it hides.

    Built on every request, so it is lazy. The page cache needs only the query
    parameters and the current state of the records the body names (``cache_vary``,
    ``cache_timeout``: a walk over the stored data and one query per kind of record).
    The evaluation — the cards from the cache of rendered cards (``fragments``), the
    other blocks converted, what matches — runs the first time the rendered body reads
    ``rows``, ``sections``, ``organisations``, ``total``, ``visible`` or ``hidden_ids``:
    on a page cache hit, never.
    """

    def __init__(self, page, params: QueryDict, *, use_cache: bool = True) -> None:
        self.page = page
        self.params = params
        # Previews neither read nor fill the cache of rendered cards.
        self.use_cache = use_cache
        self.organisation = _param(params, "organisation")[:255]
        self.section = _param(params, "section")[:255]
        self.query = " ".join((params.get("q") or "").split())[:MAX_QUERY_LENGTH]
        self._terms = fold(self.query).split()

    @cached_property
    def evaluation(self) -> Evaluation:
        return self._evaluate()

    @cached_property
    def stored(self):
        """The stored body, walked once (``streamdata.read_body``): no conversion."""
        return read_body(self.page)

    @cached_property
    def versions(self):
        """The records the body names as they are now (``fragments.Versions``)."""
        from .fragments import Versions

        return Versions(self.stored.dependencies)

    @property
    def evaluated(self) -> bool:
        """Whether the body has been walked (for tests and debugging)."""
        return "evaluation" in self.__dict__

    @property
    def sections(self) -> list[SectionSummary]:
        return self.evaluation.sections

    @property
    def organisations(self) -> list[Option]:
        return self.evaluation.organisations

    @property
    def hidden_ids(self) -> set[str]:
        return self.evaluation.hidden_ids

    @property
    def rows(self) -> list[BodyRow]:
        return self.evaluation.rows

    @property
    def total(self) -> int:
        return self.evaluation.total

    @property
    def visible(self) -> int:
        return self.evaluation.visible

    @property
    def active(self) -> bool:
        return bool(self.organisation or self.section or self.query)

    @property
    def section_options(self) -> list[Option]:
        """Sections that hold cards, plus the requested one if it holds none."""
        return [
            Option(s.anchor, s.heading, s.total)
            for s in self.sections
            if s.total or s.anchor == self.section
        ]

    @property
    def unknown_organisation(self) -> bool:
        return bool(self.organisation) and all(
            o.value != self.organisation for o in self.organisations
        )

    @property
    def unknown_section(self) -> bool:
        return bool(self.section) and all(s.anchor != self.section for s in self.sections)

    @property
    def cache_vary(self) -> str:
        """The part of the page cache key that the filters and the named records decide:
        the tag's own key changes with each publication, not when an organisation does."""
        return "\n".join((self.organisation, self.section, self.query, self.versions.digest))

    @property
    def cache_timeout(self) -> int:
        """Seconds to keep the rendered body; 0 (not kept) for free text and unknown
        values, which a visitor can vary without end and would only flood the cache.

        Read before the cache is looked up, so it does not evaluate the body: whether a
        value is unknown comes from the stored data (for an organisation, from the
        current rows of those the cards name), unless the body has been evaluated already.
        """
        if self.query:
            return 0
        if self.evaluated:
            unknown = self.unknown_organisation or self.unknown_section
        else:
            unknown = self._unknown_organisation_cheap() or self._unknown_section_cheap()
        return 0 if unknown else get_setting("CACHE_TIMEOUT")

    def _unknown_organisation_cheap(self) -> bool:
        if not self.organisation:
            return False
        organisations = self.versions.organisations.values()
        return all(org.slug != self.organisation for org in organisations)

    def _unknown_section_cheap(self) -> bool:
        return bool(self.section) and self.section not in section_anchors(self.page)

    def _matches(self, slugs: list[str], search_text: str, anchor: str) -> bool:
        if self.section and self.section != anchor:
            return False
        if self.organisation and self.organisation not in slugs:
            return False
        return all(term in search_text for term in self._terms)

    def _card_row(self, raw: dict, fragment, anchor: str, org_counts: dict) -> ItemRow:
        known = self.versions.organisations
        organisations = [
            known[pk] for pk in card_organisation_ids(raw.get("value") or {}) if pk in known
        ]
        slugs = list(dict.fromkeys(org.slug for org in organisations))
        for org in organisations:
            org_counts.setdefault(org.slug, Option(org.slug, org.name, 0)).count += 1
        matches = self._matches(slugs, fragment.search_text, anchor)
        return ItemRow(
            "initiative",
            raw.get("id") or "",
            hidden=not matches,
            organisations=slugs,
            search_text=fragment.search_text,
            html=fragment.html,
            facts=fragment.facts,
        )

    def _shown_parts(self) -> dict[int, object]:
        """Every stored block as the page shows it, by the identity of its stored dict:
        a card rendered (from the cache of rendered cards), anything else converted."""
        from .fragments import section_cards

        stream_block = self.page.body.stream_block
        items_block = stream_block.child_blocks["section"].child_blocks["items"]
        stored = self.stored
        fragments = section_cards(
            self.page,
            items_block.child_blocks["initiative"],
            [
                (block.get("id") or str(n), cards, named)
                for n, (block, cards, named) in enumerate(
                    zip(stored.sections, stored.cards, stored.card_dependencies, strict=True)
                )
            ],
            self.versions,
            translation.get_language() or "",
            use_cache=self.use_cache,
        )
        parts: dict[int, object] = {
            id(card): fragment
            for cards, rendered in zip(stored.cards, fragments, strict=True)
            for card, fragment in zip(cards, rendered, strict=True)
        }
        others = [(stream_block, b) for b in stored.blocks if b.get("type") != "section"]
        others += [
            (items_block, item)
            for block in stored.sections
            for item in section_items(block.get("value") or {})
            if item.get("type") != "initiative"
        ]
        parts.update(
            (id(raw), bound)
            for (_b, raw), bound in zip(others, convert_blocks(others), strict=True)
        )
        return parts

    def _section(self, block: dict, parts: dict, used: set, org_counts: dict) -> SectionSummary:
        value = section_value(block.get("value") or {})
        anchor = _unique_anchor(value["heading"], used)
        summary = SectionSummary(block.get("id") or "", value["heading"], anchor, 0, 0)
        summary.value = value
        summary.empty = section_is_empty(value)
        for item in value["items"]:
            part = parts.get(id(item))
            if part is None:
                continue
            if item.get("type") != "initiative":
                # Text, images and calls to action belong to the unfiltered reading.
                row = ItemRow(item["type"], item.get("id") or "", part, hidden=self.active)
                summary.items.append(row)
                continue
            row = self._card_row(item, part, anchor, org_counts)
            summary.items.append(row)
            summary.total += 1
            summary.visible += not row.hidden
        summary.hidden = self.active and not summary.visible
        return summary

    def _evaluate(self) -> Evaluation:
        parts = self._shown_parts()
        result = Evaluation()
        used: set[str] = set(RESERVED_IDS)
        org_counts: dict[str, Option] = {}
        for block in self.stored.blocks:
            if block.get("type") != "section":
                if (bound := parts.get(id(block))) is not None:
                    row = BodyRow(block["type"], bound)
                    row.hidden = self.active and row.hides_when_filtered
                    result.rows.append(row)
                continue
            summary = self._section(block, parts, used, org_counts)
            result.sections.append(summary)
            result.rows.append(BodyRow("section", None, summary.value, summary, summary.hidden))
            result.hidden_ids.update(
                row.block_id for row in summary.items if row.is_card and row.hidden
            )
            result.total += summary.total
            result.visible += summary.visible
        result.organisations = sorted(org_counts.values(), key=lambda o: o.label.casefold())
        return result
