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


def fold(text: str) -> str:
    """Lower case without accents, so that ``debat`` finds ``Débat`` (the script does the same)."""
    decomposed = unicodedata.normalize("NFKD", normalise(text))
    return COMBINING_MARKS_RE.sub("", decomposed).lower()


def plain_text(rich_text) -> str:
    """The visible text of a rich text value, without expanding its internal links."""
    source = getattr(rich_text, "source", rich_text) or ""
    return " ".join(html.unescape(TAG_RE.sub(" ", str(source))).split())


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
class DossierFilter:
    """The filter state of one request, and what it hides."""

    page: object
    params: QueryDict
    sections: list[SectionSummary] = field(default_factory=list)
    organisations: list[Option] = field(default_factory=list)
    hidden_ids: set[str] = field(default_factory=set)
    rows: list[BodyRow] = field(default_factory=list)
    total: int = 0
    visible: int = 0

    def __post_init__(self) -> None:
        self.organisation = (self.params.get("organisation") or "").strip()[:255]
        self.section = (self.params.get("section") or "").strip()[:255]
        self.query = " ".join((self.params.get("q") or "").split())[:MAX_QUERY_LENGTH]
        self._terms = fold(self.query).split()
        self._evaluate()

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
        values, which a visitor can vary without end and would only flood the cache."""
        if self.query or self.unknown_organisation or self.unknown_section:
            return 0
        return get_setting("CACHE_TIMEOUT")

    def _matches(self, slugs: list[str], search_text: str, anchor: str) -> bool:
        if self.section and self.section != anchor:
            return False
        if self.organisation and self.organisation not in slugs:
            return False
        return all(term in search_text for term in self._terms)

    def _section(self, block, anchor: str, org_counts: dict[str, Option]) -> SectionSummary:
        summary = SectionSummary(block.id, block.value["heading"], anchor, 0, 0)
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
                self.hidden_ids.add(item.id)
        summary.hidden = self.active and not summary.visible
        return summary

    def _evaluate(self) -> None:
        used: set[str] = set(RESERVED_IDS)
        org_counts: dict[str, Option] = {}
        for block in self.page.body:
            if block.block_type != "section":
                row = BodyRow(block)
                row.hidden = self.active and row.hides_when_filtered
                self.rows.append(row)
                continue
            anchor = _unique_anchor(block.value["heading"], used)
            summary = self._section(block, anchor, org_counts)
            self.sections.append(summary)
            self.rows.append(BodyRow(block, summary, summary.hidden))
            self.total += summary.total
            self.visible += summary.visible
        self.organisations = sorted(org_counts.values(), key=lambda o: o.label.casefold())
