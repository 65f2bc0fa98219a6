"""A submission as an initiative card, and where it goes in the page's body.

The card is built by the importer's own converter (``InitiativeConverter`` or a site's
replacement), from escaped text, so submitted text reaches rich text only through the
same whitelist as imported text.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from html import escape
from urllib.parse import urlsplit

from ..importer import document as doc
from ..importing.converters import ConversionContext


@dataclass(frozen=True)
class Section:
    block_id: str
    heading: str


def sections_of(page) -> list[Section]:
    """The page's sections, in order, from its body as given (live or a draft)."""
    return [
        Section(block["id"], block["value"].get("heading", ""))
        for block in page.body.raw_data
        if block.get("type") == "section" and block.get("id")
    ]


def find_section(page, block_id: str) -> Section | None:
    return next((s for s in sections_of(page) if s.block_id == block_id), None)


def card_block(submission, organisation=None) -> dict:
    """The raw ``initiative`` block the submission becomes; its id derives from the
    submission, so the same submission always gives the same card."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", submission.text)]
    html = "<br><br>".join(escape(p, quote=False) for p in paragraphs if p)
    organisation = organisation or submission.organisation
    initiative = doc.Initiative(
        text=submission.text,
        html=html,
        lines=doc.Lines.one(1),
        title=submission.title,
        links=[doc.Link(submission.link, _host(submission.link))] if submission.link else [],
        organisations=(
            [doc.OrganisationRef(organisation.pk, organisation.name, organisation.name)]
            if organisation
            else []
        ),
    )
    context = ConversionContext(source_key=f"wagtail_dossiers.submission:{submission.pk}")
    return context.convert(initiative)


def _host(url: str) -> str:
    """A short label for the link button: the site's name, not the whole address."""
    return (urlsplit(url).hostname or "").removeprefix("www.")


def has_block(page, block_id: str) -> bool:
    """Whether a block with this id is anywhere in the body's sections."""
    return any(
        item.get("id") == block_id
        for block in page.body.raw_data
        if block.get("type") == "section"
        for item in block["value"].get("items", [])
    )


def with_card(page, section_id: str, card: dict) -> list[dict]:
    """The page's raw body with ``card`` appended to the items of section ``section_id``."""
    body = copy.deepcopy(list(page.body.raw_data))
    for block in body:
        if block.get("type") == "section" and block.get("id") == section_id:
            block["value"].setdefault("items", []).append(card)
            return body
    raise LookupError(section_id)
