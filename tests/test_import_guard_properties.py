"""The executable-content guard, as properties: it refuses what can run and nothing else.

Text that merely mentions markup (`<a href="foo.html">`, `src=data:image/png`) is a card's
words and must import; real markup that could run must never be stored. The oracle here is
not the guard's own list of what is dangerous but the opposite: what the stored rich text may
hold at all (the elements and the one attribute of the whitelist, links a browser reads as
http(s) or mailto), found through the page's own block definitions.
"""

from __future__ import annotations

import html
import re

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail import blocks

from wagtail_dossiers.blocks import SafeURLBlock
from wagtail_dossiers.conf import get_page_model
from wagtail_dossiers.importing import ImportFailed, prepare_import
from wagtail_dossiers.importing.safety import executable_content

# Words about markup, as a card about web pages or newsletters writes them.
MENTIONS = [
    '<a href="foo.html">',
    "src=data:image/png",
    'onclick="x()"',
    "onclick=",
    "<script>alert(1)</script>",
    "href=javascript:alert(1)",
    "<img src=x onerror=alert(1)>",
    "action=/verstuur",
    '<iframe src="//kader.example">',
    "formaction= en xlink:href=",
    "<svg onload=alert(1)>",
    "data:text/html,<b>x</b>",
    "<style>body{}</style>",
    "&lt;b&gt;",
]
FILLER = ["een", "nieuwsbrief", "schrijf", "je", "pagina", "werkt", "niet", "in", "elke", "mail"]

# Every hostile vector of the other tests (tests/files/hostile.html, the parser and rich text
# tests), taken apart: elements that run or load code, handlers, and URLs that execute.
HOSTILE_TAGS = ["script", "iframe", "object", "embed", "style", "template", "svg", "math"]
HOSTILE_TAGS += ["frame", "base", "meta", "link", "applet", "portal"]
CARRIERS = ["a", "img", "p", "b", "i", "span", "li", "div", "form", "button", "input", "h1"]
HANDLERS = ["onclick", "onerror", "onload", "onmouseover", "onfocus", "OnClick", "ONLOAD"]
URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "data"]
HOSTILE_URLS = [
    "javascript:alert(1)",
    "  JaVaScRiPt:alert(2)",
    "java&#x09;script:alert(3)",
    "java&#x0A;script:alert(4)",
    "&#106;avascript:alert(5)",
    "javascript&colon;alert(6)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
    "data:image/png;base64,AA",
]
# The same URLs as a URL field holds them: decoded text, no entities.
HOSTILE_FIELD_URLS = [html.unescape(url) for url in HOSTILE_URLS] + ["\x01javascript:x"]

words = st.lists(st.sampled_from(FILLER), min_size=1, max_size=5).map(" ".join)


@st.composite
def hostile_construct(draw) -> str:
    """One piece of real markup a browser would run something from."""
    text = draw(words)
    kind = draw(st.sampled_from(["element", "handler", "url"]))
    if kind == "element":
        tag = draw(st.sampled_from(HOSTILE_TAGS))
        return f"<{tag}>{text}</{tag}>"
    tag = draw(st.sampled_from(CARRIERS))
    if kind == "handler":
        attribute = f'{draw(st.sampled_from(HANDLERS))}="alert(1)"'
    else:
        name, url = draw(st.sampled_from(URL_ATTRIBUTES)), draw(st.sampled_from(HOSTILE_URLS))
        attribute = f'{name}="{url}"'
    return f"<{tag} {attribute}>{text}</{tag}>"


harmless = st.one_of(
    words,
    st.sampled_from(MENTIONS).map(html.escape),  # mentioned, so written escaped
    words.map(lambda w: f"<b>{w}</b>"),
    words.map(lambda w: f'<a href="https://voorbeeld.be/pagina?q=javascript:">{w}</a>'),
    words.map(lambda w: f'<a href="mailto:info@voorbeeld.be">{w}</a>'),
)


def paragraph(parts: list[str]) -> str:
    return "<p>" + " ".join(parts) + "</p>"


def stored(rich: str = "", url: str = "", where: str = "intro") -> tuple[dict, list[dict]]:
    """Page fields and a body holding ``rich`` and ``url`` at ``where``, as the pipeline
    would hand them to the guard."""
    card = {"title": "", "text": "<p>kaart</p>", "links": []}
    section = {"heading": "Thema", "intro": "", "items": [{"type": "initiative", "value": card}]}
    body = [{"type": "section", "value": section}]
    fields = {"intro": "<p>veilig</p>"}
    if where == "intro":
        fields["intro"] = rich
    elif where == "paragraph":
        body.append({"type": "paragraph", "value": rich})
    elif where == "section":
        section["intro"] = rich
    elif where == "card":
        card["text"] = rich
    elif where == "card link":
        card["links"] = [{"value": {"url": url, "label": "meer"}}]
    elif where == "call to action":
        body.append({"type": "call_to_action", "value": {"text": "x", "link": {"url": url}}})
    elif where == "contact":
        body.append({"type": "contact", "value": {"name": "Elke", "action_link": url}})
    return fields, body


RICH_PLACES = ["intro", "paragraph", "section", "card"]
URL_PLACES = ["card link", "call to action", "contact"]


@settings(max_examples=300, deadline=None)
@given(st.lists(harmless, min_size=1, max_size=8), st.sampled_from(RICH_PLACES))
def test_the_guard_never_refuses_safe_markup_or_text_that_mentions_markup(parts, where):
    assert executable_content(*stored(paragraph(parts), where=where)) == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(harmless, max_size=4),
    hostile_construct(),
    st.lists(harmless, max_size=4),
    st.sampled_from(RICH_PLACES),
)
def test_the_guard_refuses_any_real_markup_that_can_run(before, construct, after, where):
    assert executable_content(*stored(paragraph([*before, construct, *after]), where=where))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(HOSTILE_FIELD_URLS), st.sampled_from(URL_PLACES))
def test_the_guard_refuses_any_url_field_that_can_run(url, where):
    assert executable_content(*stored(url=url, where=where))


# ------------------------------------------------------------------- through the pipeline

ALLOWED_TAGS = {"p", "b", "i", "a", "ul", "ol", "li", "br"}
SAFE_LINK = re.compile(r"(?:https?://|mailto:)", re.IGNORECASE)


def as_a_browser_reads(url: str) -> str:
    """A URL as a browser parses its scheme: controls and spaces around it, and tabs and
    newlines anywhere in it, do not count (the WHATWG URL standard)."""
    return re.sub(r"[\t\n\r]", "", url.strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08 \t\n\r\f"))


def rich_texts_and_urls(block, value):
    """(rich texts, URL values) of a stored ``value`` of ``block``, read from the block
    definitions themselves rather than from the guard's idea of where they are."""
    rich, urls = [], []
    if isinstance(block, blocks.RichTextBlock):
        rich.append(value or "")
    elif isinstance(block, SafeURLBlock):
        urls.append(value or "")
    elif isinstance(block, blocks.StreamBlock):
        for child in value or []:
            found = rich_texts_and_urls(block.child_blocks[child["type"]], child["value"])
            rich += found[0]
            urls += found[1]
    elif isinstance(block, blocks.ListBlock):
        for item in value or []:
            item = item["value"] if isinstance(item, dict) and "type" in item else item
            found = rich_texts_and_urls(block.child_block, item)
            rich += found[0]
            urls += found[1]
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            found = rich_texts_and_urls(child, (value or {}).get(name))
            rich += found[0]
            urls += found[1]
    return rich, urls


def assert_nothing_can_run(prepared) -> None:
    stream_block = get_page_model()._meta.get_field("body").stream_block
    rich, urls = rich_texts_and_urls(stream_block, prepared.body)
    rich.append(prepared.page_fields["intro"])
    for fragment in rich:
        for element in BeautifulSoup(fragment, "html.parser").find_all(True):
            assert element.name in ALLOWED_TAGS, fragment
            assert set(element.attrs) <= ({"href"} if element.name == "a" else set()), fragment
            if element.name == "a":
                assert SAFE_LINK.match(as_a_browser_reads(element["href"])), fragment
    for url in urls:
        assert not url or SAFE_LINK.match(as_a_browser_reads(url)), url


def html_dossier(cards: list[list[str]]) -> bytes:
    items = "".join(f"<li>{' '.join(card)}</li>" for card in cards)
    return f"<h1>Titel</h1><p>Intro van het dossier.</p><h2>Thema</h2><ul>{items}</ul>".encode()


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(harmless, min_size=1, max_size=6), min_size=1, max_size=4))
def test_html_that_mentions_markup_imports_and_shows_it_as_text(cards):
    prepared = prepare_import(html_dossier(cards), source_name="vermeldingen.html")
    shown = " ".join(
        BeautifulSoup(fragment, "html.parser").get_text(" ")
        for fragment in rich_texts_and_urls(
            get_page_model()._meta.get_field("body").stream_block, prepared.body
        )[0]
    )
    shown = " ".join(shown.split())
    for mention in MENTIONS:
        if any(html.escape(mention) in part for card in cards for part in card):
            assert " ".join(mention.split()) in shown
    assert_nothing_can_run(prepared)


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(MENTIONS), min_size=1, max_size=4), words)
def test_a_text_dossier_that_mentions_markup_imports(mentions, filler):
    lines = [f" • Een kaart over {mention} in {filler}." for mention in mentions]
    source = "\n".join(["Over webpagina's", "", "Thema", "", *lines, ""])
    prepared = prepare_import(source.encode(), source_name="vermeldingen.txt")
    assert not [w for w in prepared.warnings if w.code == "words_not_placed"]
    assert_nothing_can_run(prepared)


@pytest.mark.django_db
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(st.one_of(harmless, hostile_construct()), min_size=1, max_size=5),
        min_size=1,
        max_size=4,
    )
)
def test_hostile_html_is_refused_or_stored_without_anything_that_can_run(cards):
    try:
        prepared = prepare_import(html_dossier(cards), source_name="vijandig.html")
    except ImportFailed as error:
        assert "executable content" in str(error)
        return
    assert_nothing_can_run(prepared)
