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
from django.utils.functional import cached_property
from django.utils.text import slugify

from .conf import get_setting
from .importer.words import normalise

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
    """An item of a section; for a card, what the script needs to filter it."""

    block: object
    hidden: bool = False
    organisations: list[str] = field(default_factory=list)
    search_text: str = ""

    @property
    def is_card(self) -> bool:
        return self.block.block_type == "initiative"

    @property
    def organisation_slugs(self) -> str:
        return " ".join(self.organisations)

    @property
    def anchor(self) -> str:
        return card_anchor(self.block.id) if self.is_card else ""


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

    @property
    def heading_id(self) -> str:
        return f"{self.anchor}--heading"


@dataclass
class BodyRow:
    """A top-level body block with, for sections, its summary."""

    block: object
    summary: SectionSummary | None = None
    hidden: bool = False

    @property
    def hides_when_filtered(self) -> bool:
        return self.summary is None and self.block.block_type not in ALWAYS_SHOWN


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


def raw_sections(page) -> list[dict]:
    """The values of the page's top-level sections as stored, without converting blocks."""
    return [
        raw.get("value") or {}
        for raw in page.body.raw_data
        if isinstance(raw, dict) and raw.get("type") == "section"
    ]


def list_item_value(item):
    """A stored ``ListBlock`` item: ``{"type": "item", "value": …, "id": …}`` or the bare value."""
    if isinstance(item, dict) and "value" in item:
        return item["value"]
    return item


def section_anchors(page) -> list[str]:
    """The anchors of the page's sections in order, as the evaluated filter gives them."""
    used: set[str] = set(RESERVED_IDS)
    return [_unique_anchor(value.get("heading") or "", used) for value in raw_sections(page)]


def card_organisation_ids(page) -> set:
    """The ids of the organisations that the page's cards name, from the stored data."""
    # Imported here: ``importing`` imports the models, whose blocks import this module.
    from .importing.streamdata import raw_card_organisation_ids

    ids = set()
    for value in raw_sections(page):
        for item in value.get("items") or []:
            if isinstance(item, dict) and item.get("type") == "initiative":
                ids.update(raw_card_organisation_ids(item.get("value")))
    ids.discard(None)
    return ids


class DossierFilter:
    """The filter state of one request, and what it hides.

    Built on every request, so it is lazy: reading the query parameters is all it does
    at first, and that is all the page cache needs (``cache_vary``, ``cache_timeout``).
    The walk over the body (converting the StreamField, fetching its organisations)
    runs the first time the rendered body reads ``rows``, ``sections``,
    ``organisations``, ``total``, ``visible`` or ``hidden_ids``: on a cache hit, never.
    """

    def __init__(self, page, params: QueryDict) -> None:
        self.page = page
        self.params = params
        self.organisation = _param(params, "organisation")[:255]
        self.section = _param(params, "section")[:255]
        self.query = " ".join((params.get("q") or "").split())[:MAX_QUERY_LENGTH]
        self._terms = fold(self.query).split()

    @cached_property
    def evaluation(self) -> Evaluation:
        return self._evaluate()

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
        """The part of the page cache key that the filters decide."""
        return "\n".join((self.organisation, self.section, self.query))

    @property
    def cache_timeout(self) -> int:
        """Seconds to keep the rendered body; 0 (not kept) for free text and unknown
        values, which a visitor can vary without end and would only flood the cache.

        Read before the cache is looked up, so it does not walk the body: whether a
        value is unknown comes from the stored data (and, for an organisation, one
        query by its unique slug), unless the body has been walked already.
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
        ids = card_organisation_ids(self.page)
        if not ids:
            return True
        from .models import Organisation

        return not Organisation.objects.filter(slug=self.organisation, pk__in=ids).exists()

    def _unknown_section_cheap(self) -> bool:
        return bool(self.section) and self.section not in section_anchors(self.page)

    def _matches(self, slugs: list[str], search_text: str, anchor: str) -> bool:
        if self.section and self.section != anchor:
            return False
        if self.organisation and self.organisation not in slugs:
            return False
        return all(term in search_text for term in self._terms)

    def _section(
        self, block, anchor: str, org_counts: dict[str, Option], result: Evaluation
    ) -> SectionSummary:
        summary = SectionSummary(block.id, block.value["heading"], anchor, 0, 0)
        summary.empty = section_is_empty(block.value)
        for item in block.value["items"]:
            if item.block_type != "initiative":
                # Text, images and calls to action belong to the unfiltered reading.
                summary.items.append(ItemRow(item, hidden=self.active))
                continue
            orgs = [org for org in item.value.get("organisations") or [] if org]
            slugs = list(dict.fromkeys(org.slug for org in orgs))
            for org in {org.slug: org for org in orgs}.values():
                org_counts.setdefault(org.slug, Option(org.slug, org.name, 0)).count += 1
            search_text = card_search_text(item.value)
            matches = self._matches(slugs, search_text, anchor)
            summary.items.append(ItemRow(item, not matches, slugs, search_text))
            summary.total += 1
            if matches:
                summary.visible += 1
            else:
                result.hidden_ids.add(item.id)
        summary.hidden = self.active and not summary.visible
        return summary

    def _evaluate(self) -> Evaluation:
        result = Evaluation()
        used: set[str] = set(RESERVED_IDS)
        org_counts: dict[str, Option] = {}
        for block in self.page.body:
            if block.block_type != "section":
                row = BodyRow(block)
                row.hidden = self.active and row.hides_when_filtered
                result.rows.append(row)
                continue
            anchor = _unique_anchor(block.value["heading"], used)
            summary = self._section(block, anchor, org_counts, result)
            result.sections.append(summary)
            result.rows.append(BodyRow(block, summary, summary.hidden))
            result.total += summary.total
            result.visible += summary.visible
        result.organisations = sorted(org_counts.values(), key=lambda o: o.label.casefold())
        return result
