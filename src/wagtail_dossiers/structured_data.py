"""schema.org JSON-LD: a dossier page as a ``CollectionPage`` of initiatives, an
organisation page as an ``Organization`` and the initiatives that name it.

Search engines and other readers learn which initiatives a dossier gathers and which
organisations are behind them. Everything in it is plain text taken from the page, so
the only care needed is in embedding it: see ``json_ld_script``.
"""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language

from .filters import DossierFilter, plain_text

# The characters that could end the <script> element or start an HTML construct inside
# it; JSON allows them as \u escapes, which JSON parsers read back unchanged.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
NAME_LENGTH = 80


def organisation_json_ld(organisation) -> dict[str, Any]:
    data = {"@type": "Organization", "name": organisation.name}
    if organisation.website:
        data["url"] = organisation.website
    return data


def initiative_facts(value) -> dict[str, Any]:
    """What a card tells schema.org, from its converted value: kept with its rendered HTML
    (``fragments``), so that the page's data needs no conversion of cached cards."""
    text = plain_text(value.get("text"))
    organisations = [org for org in value.get("organisations") or [] if org]
    return {
        "name": value.get("title") or Truncator(text).chars(NAME_LENGTH),
        "text": text,
        "author": [organisation_json_ld(org) for org in organisations],
        "hrefs": [link.href() for link in value.get("links") or []],
    }


def initiative_json_ld(
    facts: dict[str, Any], section_heading: str, request: HttpRequest | None
) -> dict[str, Any]:
    """One card as a ``CreativeWork``: its text, its organisations, its first link."""
    data: dict[str, Any] = {
        "@type": "CreativeWork",
        "name": facts["name"],
        "text": facts["text"],
        "keywords": section_heading,
    }
    if facts["author"]:
        data["author"] = facts["author"]
    for href in facts["hrefs"]:
        if href.startswith("/") and request is not None:
            href = request.build_absolute_uri(href)
        if href.startswith(("http://", "https://")):
            data["url"] = href
            break
    return data


def dossier_json_ld(
    page, dossier_filter: DossierFilter, request: HttpRequest | None = None
) -> dict[str, Any]:
    """The page as a schema.org ``CollectionPage`` whose parts are its initiatives.

    Every card is listed whatever the filters hide: the data describes the dossier.
    """
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": page.title,
        "url": page.get_full_url(request),
        "inLanguage": get_language(),
    }
    description = plain_text(page.intro) or getattr(page, "search_description", "")
    if description:
        data["description"] = description
    if page.dossier_name:
        data["alternativeHeadline"] = page.dossier_name
    data["hasPart"] = [
        initiative_json_ld(row.facts, section.heading, request)
        for section in dossier_filter.sections
        for row in section.items
        if row.is_card
    ]
    return data


def _absolute(url: str, request: HttpRequest | None) -> str:
    return request.build_absolute_uri(url) if request is not None and url else url


def organisation_page_json_ld(
    organisation, dossiers: list, request: HttpRequest | None = None
) -> dict[str, Any]:
    """An organisation's page as an ``Organization``: ``sameAs`` its own website, and
    ``subjectOf`` the initiatives that name it (``dossiers``: ``mentions.mentions_of``)."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": organisation.name,
    }
    url = _absolute(organisation.get_absolute_url(), request)
    if url:
        data["url"] = url
    if organisation.website:
        data["sameAs"] = organisation.website
    if organisation.alias_list:
        data["alternateName"] = organisation.alias_list
    if organisation.description:
        data["description"] = organisation.description
    if organisation.logo_id and organisation.logo:
        data["logo"] = _absolute(organisation.logo.file.url, request)
    data["subjectOf"] = [
        {
            "@type": "CreativeWork",
            "name": card.title,
            "url": _absolute(card.url, request),
            "keywords": section.heading,
            "isPartOf": {
                "@type": "CollectionPage",
                "name": dossier.page.title,
                "url": _absolute(dossier.url, request),
            },
        }
        for dossier in dossiers
        for section in dossier.sections
        for card in section.cards
    ]
    return data


def json_ld_script(data: dict[str, Any]) -> SafeString:
    """``data`` in a ``<script type="application/ld+json">`` that no text can break out of."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # Safe: with <, > and & escaped, the payload holds no markup.
    safe_payload = mark_safe(payload.translate(SCRIPT_ESCAPES))
    return format_html('<script type="application/ld+json">{}</script>', safe_payload)
