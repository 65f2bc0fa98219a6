"""What a card shows, each thing said once: its text, its organisation chips, its buttons.

Cards come from imports, editors and submissions, and each may say one thing twice: a
legacy text that writes ``VI.BE`` becomes a link to ``https://vi.be`` in the text, the
organisation VI.BE on a chip, and a button "VI.BE" besides. The rules live here, where the
three meet when a card is rendered, so they hold for every card whoever wrote it:

- a link in the text whose words name one of the card's organisations and that leads to a
  bare domain is plain text: the chip says who it is, and leads to the organisation's page;
- a button says what neither the text nor a chip says: not a link the text has, not the name
  of a chip's organisation leading to a bare domain or its website, not a button twice.

The stored card is never changed; the API and the structured data give it as it is.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .filters import fold, plain_text

# Wagtail's stored rich text writes an external link exactly so (its whitelist rewrites
# every other form); internal links (``linktype="page"``) never match and are kept.
EXTERNAL_LINK_RE = re.compile(r'<a href="([^"<>]*)">(.*?)</a>', re.DOTALL)


def link_key(href: str) -> str:
    """A web address as a reader tells it apart: no scheme, no ``www.``, no final slash."""
    parts = urlsplit(href.strip())
    if parts.scheme not in ("http", "https"):
        return href.strip().lower()
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    return host + path + (f"?{parts.query}" if parts.query else "")


def is_bare_domain(href: str) -> bool:
    """``https://vi.be`` or ``https://vi.be/``: a site's front door, no page of it."""
    parts = urlsplit(href.strip())
    return (
        parts.scheme in ("http", "https")
        and bool(parts.netloc)
        and parts.path in ("", "/")
        and not parts.query
        and not parts.fragment
    )


def _names(organisations) -> set[str]:
    names = set()
    for organisation in organisations:
        names.add(fold(organisation.name))
        names.update(fold(alias) for alias in organisation.alias_list)
    return names


def _organisations(value) -> list:
    return [org for org in value.get("organisations") or [] if org]


def card_text_source(value) -> str:
    """The card's stored rich text, its links to a bare domain that name one of the
    card's organisations turned into their words."""
    source = str(getattr(value.get("text"), "source", value.get("text")) or "")
    names = _names(_organisations(value))
    if not names or "<a " not in source:
        return source

    def unlink(match: re.Match) -> str:
        href, inner = match.groups()
        if is_bare_domain(href) and fold(plain_text(inner)) in names:
            return inner
        return match.group(0)

    return EXTERNAL_LINK_RE.sub(unlink, source)


def card_links(value, text_source: str | None = None) -> list:
    """The card's buttons that say something new (see the module's rules), in order."""
    links = list(value.get("links") or [])
    if not links:
        return links
    if text_source is None:
        text_source = card_text_source(value)
    said = {link_key(href) for href, _inner in EXTERNAL_LINK_RE.findall(text_source)}
    organisations = _organisations(value)
    names = _names(organisations)
    websites = {link_key(org.website) for org in organisations if org.website}
    shown = []
    for link in links:
        href = link.href()
        key = link_key(href) if href else ""
        said_as = key or f"text:{fold(link.text())}"
        names_a_chip = fold(link.text()) in names
        if said_as in said:
            continue
        if names_a_chip and (not key or is_bare_domain(href) or key in websites):
            continue
        said.add(said_as)
        shown.append(link)
    return shown
