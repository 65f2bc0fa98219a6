"""Where an organisation is named: the initiative cards of published dossier pages.

Wagtail's reference index says which pages choose the organisation; their stored body
data says on which cards, in which section. Reading the body as stored (never
converting the StreamField) keeps the cost at a fixed number of queries however many
dossiers name the organisation, and takes the live content: the reference index only
picks the candidates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import IntegerField
from django.db.models.functions import Cast
from django.http import HttpRequest
from django.utils.text import Truncator
from wagtail.models import ReferenceIndex

from .conf import get_page_model
from .filters import card_anchor, plain_text, section_anchors
from .streamdata import card_organisation_ids, raw_sections

TITLE_WORDS = 12
EXCERPT_WORDS = 30


@dataclass
class CardMention:
    """One card that names the organisation, and where it is on its page."""

    block_id: str
    title: str
    excerpt: str
    url: str


@dataclass
class SectionMentions:
    heading: str
    anchor: str
    url: str
    cards: list[CardMention] = field(default_factory=list)


@dataclass
class DossierMentions:
    """The cards of one dossier page that name the organisation, by section."""

    page: object
    url: str
    sections: list[SectionMentions] = field(default_factory=list)

    @property
    def language(self) -> str:
        return self.page.locale.language_code

    @property
    def card_count(self) -> int:
        return sum(len(section.cards) for section in self.sections)


def naming_pages(organisation):
    """The live, public dossier pages whose cards choose ``organisation`` (candidates from
    the reference index, newest first), in two queries with the view restrictions'."""
    page_model = get_page_model()
    page_ids = (
        ReferenceIndex.get_references_to(organisation)
        .filter(content_type=ContentType.objects.get_for_model(page_model))
        .annotate(page_id=Cast("object_id", IntegerField()))
        .values("page_id")
    )
    return (
        page_model.objects.live()
        .public()
        .filter(pk__in=page_ids)
        .select_related("locale")
        .order_by("-first_published_at", "title")
    )


def _card_mention(card: dict, block_id: str, page_url: str) -> CardMention:
    text = plain_text(card.get("text"))
    title = card.get("title") or Truncator(text).words(TITLE_WORDS)
    excerpt = Truncator(text).words(EXCERPT_WORDS) if card.get("title") else ""
    return CardMention(block_id, title, excerpt, f"{page_url}#{card_anchor(block_id)}")


def _names(card: dict, organisation_id: str) -> bool:
    return any(str(pk) == organisation_id for pk in card_organisation_ids(card))


def page_mentions(page, organisation, request: HttpRequest | None = None) -> DossierMentions:
    """The cards of ``page`` that name ``organisation``, by section, from the stored body."""
    url = page.get_url(request) or ""
    result = DossierMentions(page, url)
    organisation_id = str(organisation.pk)
    for value, anchor in zip(raw_sections(page), section_anchors(page), strict=True):
        section = SectionMentions(value.get("heading") or "", anchor, f"{url}#{anchor}")
        for item in value.get("items") or []:
            if not isinstance(item, dict) or item.get("type") != "initiative":
                continue
            card = item.get("value") or {}
            if _names(card, organisation_id):
                section.cards.append(_card_mention(card, item.get("id") or "", url))
        if section.cards:
            result.sections.append(section)
    return result


def mentions_of(organisation, request: HttpRequest | None = None) -> list[DossierMentions]:
    """Every published dossier page that names ``organisation`` on a card, with those cards.

    Args:
        organisation: an ``Organisation``.
        request: the current request, for page URLs relative to its site.

    Returns:
        One ``DossierMentions`` per page, newest first; pages whose live content no
        longer names the organisation are left out.
    """
    found = (page_mentions(page, organisation, request) for page in naming_pages(organisation))
    return [mentions for mentions in found if mentions.sections]
