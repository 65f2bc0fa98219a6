"""Server-side finding on a dossier page: by organisation, by section and by free text.

Filtering works without JavaScript from query parameters (``?organisation=okra&q=debat``),
so a filtered view is a shareable URL. Cards that do not match are rendered with the
``hidden`` attribute rather than left out, so the script can filter the same markup
instantly without a reload.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils.html import strip_tags
from django.utils.text import slugify

from .importer.words import normalise


@dataclass
class SectionSummary:
    """A section as the table of contents and the filter count see it."""

    block_id: str
    heading: str
    anchor: str
    total: int
    visible: int


@dataclass
class BodyRow:
    """A top-level body block with, for sections, its summary."""

    block: object
    summary: SectionSummary | None = None


@dataclass
class OrganisationOption:
    slug: str
    name: str
    count: int


def card_search_text(value) -> str:
    """Everything a reader could search a card for, folded for matching."""
    parts = [value.get("title") or "", strip_tags(str(value.get("text") or ""))]
    parts += [org.name for org in value.get("organisations") or [] if org]
    parts += [link.text() for link in value.get("links") or []]
    return normalise(" ".join(parts)).casefold()


def _unique_anchor(heading: str, used: set[str]) -> str:
    base = slugify(heading) or "section"
    anchor, n = base, 2
    while anchor in used:
        anchor, n = f"{base}-{n}", n + 1
    used.add(anchor)
    return anchor


@dataclass
class DossierFilter:
    """The filter state of one request, and what it hides."""

    page: object
    params: QueryDict
    sections: list[SectionSummary] = field(default_factory=list)
    organisations: list[OrganisationOption] = field(default_factory=list)
    hidden_ids: set[str] = field(default_factory=set)
    rows: list[BodyRow] = field(default_factory=list)
    total: int = 0
    visible: int = 0

    def __post_init__(self) -> None:
        self.organisation = (self.params.get("organisation") or "").strip()
        self.section = (self.params.get("section") or "").strip()
        self.query = " ".join((self.params.get("q") or "").split())[:200]
        self._evaluate()

    @property
    def active(self) -> bool:
        return bool(self.organisation or self.section or self.query)

    def _matches(self, card, anchor: str) -> bool:
        value = card.value
        if self.section and self.section != anchor:
            return False
        if self.organisation and self.organisation not in {
            org.slug for org in value.get("organisations") or [] if org
        }:
            return False
        if self.query:
            text = card_search_text(value)
            return all(term in text for term in normalise(self.query).casefold().split())
        return True

    def _evaluate(self) -> None:
        used: set[str] = set()
        org_counts: dict[str, OrganisationOption] = {}
        for block in self.page.body:
            if block.block_type != "section":
                self.rows.append(BodyRow(block))
                continue
            anchor = _unique_anchor(block.value["heading"], used)
            cards = [item for item in block.value["items"] if item.block_type == "initiative"]
            visible = 0
            for card in cards:
                for org in card.value.get("organisations") or []:
                    if org:
                        option = org_counts.setdefault(
                            org.slug, OrganisationOption(org.slug, org.name, 0)
                        )
                        option.count += 1
                if self._matches(card, anchor):
                    visible += 1
                else:
                    self.hidden_ids.add(card.id)
            summary = SectionSummary(block.id, block.value["heading"], anchor, len(cards), visible)
            self.sections.append(summary)
            self.rows.append(BodyRow(block, summary))
            self.total += len(cards)
            self.visible += visible
        self.organisations = sorted(org_counts.values(), key=lambda o: o.name.casefold())
