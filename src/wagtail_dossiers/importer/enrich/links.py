"""Finding links written in text and wrapping them in ``<a href>`` in HTML.

Explicit URLs, ``www.`` hosts, bare domains and e-mail addresses are recognised
by one regular expression and checked against a short list of top-level domains;
only http, https and mailto URLs ever come out. The enrichment entry point adds
them to paragraphs and cards, and title derivation uses the scanner to refuse a
title that contains a link.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from ..document import Link
from ._common import _set

# Top-level domains a bare ``name.tld`` (without a path) is taken as a link for.
COMMON_TLDS = _set("be nl com org net eu vlaanderen brussels gent info fr de lu uk io edu gov")
# With a path (``vi.be/lokaal``) any two-letter country code or one of these.
PATH_TLDS = COMMON_TLDS | _set("app online site shop news museum amsterdam frl")

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
# Square brackets end a URL written in text: `[label](url)` and `url](url)` are Markdown
# links, not one address.
_URL_CHARS = r"[^\s<>\"“”‘’«»\[\]\x00-\x1f\x7f]"
_HOST_END = r"(?![\w-]|\.[A-Za-z0-9])"
LINK_RE = re.compile(
    rf"(?P<email>(?<![\w.+-])\w[\w.+-]*@{_LABEL}(?:\.{_LABEL})*\.[A-Za-z]{{2,24}}{_HOST_END})"
    rf"|(?P<url>(?<!\w)(?P<scheme>[Hh][Tt][Tt][Pp][Ss]?)://(?=\w){_URL_CHARS}+)"
    rf"|(?P<www>(?<![\w.@/:-])(?P<whost>[Ww][Ww][Ww]\.(?:{_LABEL}\.)+[A-Za-z]{{2,24}}){_HOST_END}"
    rf"(?P<wpath>[/?#]{_URL_CHARS}*)?)"
    rf"|(?P<bare>(?<![\w.@/:-])(?P<bhost>(?:{_LABEL}\.)*[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]"
    rf"\.(?P<tld>[A-Za-z]{{2,24}})){_HOST_END}(?P<bpath>/{_URL_CHARS}*)?)"
)
TRAILING = ".,;:!?'\"”’»)]}…*"
# LINK_RE tries four alternatives at every word, which made link scanning the
# slowest step of an import. Every link it can match holds an e-mail's ``@``, a
# URL's ``://`` or a dot between two label characters, and none spans whitespace,
# so it only runs over the whitespace-free chunks that hold one of those.
ANCHOR_RE = re.compile(r"\.(?<=[A-Za-z0-9]\.)(?=[A-Za-z0-9])|@|://")
NON_SPACE_RE = re.compile(r"\S*")
SAFE_URL_RE = re.compile(r"(?:https?://|mailto:)[^\s<>\"\x00-\x1f\x7f]+")


class _Found(NamedTuple):
    link: Link
    start: int
    end: int


def find_links(text: str) -> list[Link]:
    """Links written in ``text``, in text order.

    Explicit ``http(s)://`` URLs, ``www.host.tld/path``, bare ``domain.tld/path``
    (a bare domain without a path only for common top-level domains) and e-mail
    addresses (as ``mailto:``). Trailing punctuation is not part of a link; the
    label is the text as written. Only http, https and mailto URLs come out.
    """
    return [found.link for found in _scan_links(text)]


def _scan_links(text: str) -> list[_Found]:
    found: list[_Found] = []
    for match in _link_matches(text):
        start, written = match.start(), _trim(match.group())
        if match["email"]:
            url = f"mailto:{written}"
        elif match["url"]:
            url = match["scheme"].lower() + written[len(match["scheme"]) :]
            if not re.match(r"https?://\w", url):
                continue
        else:
            host = match["whost"] or match["bhost"]
            path = written[len(host) :]
            tld = match["tld"] or ""
            if match["bare"] and not _plausible_bare_domain(host, tld, path):
                continue
            url = f"https://{host.lower()}{path}"
        if SAFE_URL_RE.fullmatch(url):
            found.append(_Found(Link(url=url, label=written), start, start + len(written)))
    return found


def _link_matches(text: str) -> Iterator[re.Match[str]]:
    """``LINK_RE.finditer(text)``, but only over the chunks that can hold a link.

    ``pos``/``endpos`` keep the lookbehinds seeing the text before a chunk, and a
    chunk's end reads like the whitespace after it, so the matches are the same.
    """
    position = 0
    while anchor := ANCHOR_RE.search(text, position):
        start = anchor.start()
        while start > position and not text[start - 1].isspace():
            start -= 1
        position = NON_SPACE_RE.match(text, anchor.end()).end()
        yield from LINK_RE.finditer(text, start, position)


def _trim(written: str) -> str:
    """Drop trailing punctuation, keeping a closing bracket the URL itself opened."""
    while written and written[-1] in TRAILING:
        if written[-1] == ")" and written.count("(") >= written.count(")"):
            break
        written = written[:-1]
    return written


def _plausible_bare_domain(host: str, tld: str, path: str) -> bool:
    if path:
        return len(tld) == 2 or tld.lower() in PATH_TLDS
    # ``gemeente.Be jij`` is a missing space, not a domain: the TLD is title-cased.
    if tld[0].isupper() and not tld.isupper():
        return False
    return tld.lower() in COMMON_TLDS


def _add_links(links: list[Link], found: Iterable[Link]) -> None:
    known = {link.url for link in links}
    for link in found:
        if link.url not in known:
            known.add(link.url)
            links.append(link)


TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
SPLIT_TAGS_RE = re.compile(r"(<[^<>]*>)")


def _linkify_html(fragment: str) -> str:
    """Wrap the links written in the text parts of ``fragment`` in ``<a href>``.

    Only text outside existing ``<a>`` elements is touched, one text run at a time
    (a link split by markup stays plain text); the words are unchanged.
    """
    # No text part can hold a link (tags, which TAG_RE finds just as the loop does,
    # blanked out, so that an ``href`` does not count): the loop would copy it.
    if "&" not in fragment and not ANCHOR_RE.search(TAG_RE.sub(" ", fragment)):
        return fragment
    out: list[str] = []
    inside_a = 0
    for part in SPLIT_TAGS_RE.split(fragment):
        tag = TAG_RE.fullmatch(part)
        if tag:
            if tag[2].lower() == "a":
                inside_a = max(0, inside_a + (-1 if tag[1] else 1))
            out.append(part)
            continue
        plain = html.unescape(part)
        found = [] if inside_a else _scan_links(plain)
        if not found:
            out.append(part)
            continue
        position = 0
        for link, start, end in found:
            out.append(html.escape(plain[position:start], quote=False))
            out.append(
                f'<a href="{html.escape(link.url)}">{html.escape(link.label, quote=False)}</a>'
            )
            position = end
        out.append(html.escape(plain[position:], quote=False))
    return "".join(out)
