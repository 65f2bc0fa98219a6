"""The HTML parser: a realistic legacy export, hostile markup, broken markup, any markup."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, CData, Comment, Declaration, Doctype, ProcessingInstruction
from bs4.exceptions import ParserRejectedMarkup
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.documents import assert_words_kept, document_words, unplaced_texts
from wagtail_dossiers.importer.document import (
    CallToAction,
    Contact,
    Document,
    Image,
    Paragraph,
    Section,
    Subheading,
)
from wagtail_dossiers.importer.html import parse_html
from wagtail_dossiers.importer.words import words

FILES = Path(__file__).parents[1] / "files"

# What a browser never shows, or what the importer removes with its content on purpose.
HIDDEN_TAGS = [
    "script", "style", "template", "iframe", "object", "embed", "noscript",
    "input", "textarea", "select", "button", "option", "optgroup", "datalist", "output",
]  # fmt: skip
INVISIBLE = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
ALLOWED_TAGS = {"b", "i", "a", "br", "ul", "ol", "li"}


# -------------------------------------------------------------------------- helpers


def read(name: str) -> str:
    return (FILES / name).read_text(encoding="utf-8")


def visible_words(markup: str) -> Counter[str]:
    """The words a browser shows, computed independently of the parser under test."""
    try:
        soup = BeautifulSoup(markup, "html.parser")
    except ParserRejectedMarkup:  # html.parser gives up on some "<![": count what is not a tag
        return words(re.sub(r"<[^<>]*>", " ", markup))
    for string in soup.find_all(string=lambda s: isinstance(s, INVISIBLE)):
        string.extract()
    for tag in soup.find_all(HIDDEN_TAGS):
        if not tag.decomposed:
            tag.decompose()
    return words(soup.get_text(" "))


def assert_nothing_lost(markup: str, document: Document) -> None:
    assert_words_kept(visible_words(markup), document)


def html_fragments(document: Document) -> list[str]:
    """Every ``html`` field anywhere in the document."""
    found: list[str] = []

    def visit(value: object) -> None:
        if dataclasses.is_dataclass(value):
            for field in dataclasses.fields(value):
                if field.name == "html":
                    found.append(getattr(value, field.name))
                else:
                    visit(getattr(value, field.name))
        elif isinstance(value, list):
            for each in value:
                visit(each)

    visit(document)
    return found


def urls(document: Document) -> list[str]:
    """Every link URL and image source anywhere in the document."""
    found: list[str] = []

    def visit(value: object) -> None:
        if dataclasses.is_dataclass(value):
            for field in dataclasses.fields(value):
                attribute = getattr(value, field.name)
                if field.name in ("url", "src", "action_url") and isinstance(attribute, str):
                    found.append(attribute)
                else:
                    visit(attribute)
        elif isinstance(value, list):
            for each in value:
                visit(each)

    visit(document)
    return found


def codes(document: Document) -> Counter[str]:
    return Counter(warning.code for warning in document.warnings)


# -------------------------------------------------------------------------- a legacy export


@pytest.fixture(scope="module")
def legacy() -> tuple[str, Document]:
    markup = read("legacy-export.html")
    return markup, parse_html(markup)


def test_legacy_title_comes_from_the_h1_with_its_line(legacy):
    _, document = legacy
    assert document.title == "Cultuur in de klas"
    assert document.title_line == 47


def test_legacy_dossier_label_is_a_field_and_its_prefix_is_reported(legacy):
    _, document = legacy
    assert document.dossier_labels == ["Cultuureducatie 2024–2025"]
    assert "Dossier:" in unplaced_texts(document)


def test_legacy_image_before_the_title_is_the_header_image(legacy):
    _, document = legacy
    assert document.header_image is not None
    assert document.header_image.alt == "Kinderen ontdekken een schilderij in het museum"
    assert document.header_image.src.endswith("kinderen-museum.jpg")


def test_legacy_intro_is_the_paragraphs_before_the_first_section(legacy):
    _, document = legacy
    assert [p.text[:25] for p in document.intro] == [
        "Kunst, erfgoed en muziek ",
        "Leerkrachten die zelf cré",
    ]


def test_legacy_entities_are_decoded_and_nbsp_is_a_space(legacy):
    _, document = legacy
    second = document.intro[1]
    assert "créatief" in second.text and "vorming & materiaal" in second.text
    assert "Het aanbod" in second.text and "’t al eens" in second.text
    assert "vorming &amp; materiaal" in second.html
    cards = document.sections[2].initiatives
    assert "10 000 leerlingen" in cards[1].text
    assert "foto’s" in document.sections[0].initiatives[2].text


def test_legacy_sections_in_order_with_their_cards(legacy):
    _, document = legacy
    assert [section.heading for section in document.sections] == [
        "Kunst in de klas",
        "Erfgoed dichtbij",
        "Muziek en dans",
        "Cultuur na de schooluren",
    ]
    assert [len(section.initiatives) for section in document.sections] == [4, 3, 3, 0]


def test_legacy_nested_list_stays_inside_its_card(legacy):
    _, document = legacy
    theatre = document.sections[0].initiatives[1]
    assert theatre.text.startswith("Jeugdtheater De Zeepbel")
    assert "‘Wolkenjager’ voor kleuters" in theatre.text
    assert theatre.text.endswith("Boeken kan via de website van De Zeepbel.")
    assert "<ul><li>‘Wolkenjager’ voor kleuters</li>" in theatre.html
    heritage = document.sections[1].initiatives[1]
    assert "<ol><li>De smid</li><li>De klompenmaker<ul><li>met demonstratie" in heritage.html


def test_legacy_links_in_cards_are_recorded_and_kept_inline(legacy):
    _, document = legacy
    first, theatre = document.sections[0].initiatives[:2]
    assert [(link.url, link.label) for link in first.links] == [
        ("https://www.vonk.example/scholen", "vonk.example")
    ]
    assert '<a href="https://www.vonk.example/scholen">vonk.example</a>' in first.html
    assert theatre.links[0].url == "https://www.dezeepbel.example/boeken"


def test_legacy_relative_link_is_dropped_with_a_warning_but_its_words_stay(legacy):
    _, document = legacy
    archive = document.sections[1].initiatives[2]
    assert [link.url for link in archive.links] == ["http://www.dagelijksleven.example"]
    assert "de pagina voor scholen" in archive.text
    assert codes(document)["relative_link"] == 1


def test_legacy_card_with_an_image_asks_the_editor_for_the_file(legacy):
    _, document = legacy
    card = document.sections[0].initiatives[0]
    assert card.image is not None
    assert card.image.alt == "Leerlingen aan het werk in het atelier van Vonk"
    assert card.text.startswith("Kunstwerkplaats Vonk komt")
    asks = [w.message for w in document.warnings if w.code == "image_missing"]
    assert any(
        "Leerlingen aan het werk" in message and "vonk-atelier.jpg" in message for message in asks
    )


def test_legacy_table_is_flattened_into_paragraphs_with_a_warning(legacy):
    _, document = legacy
    rows = [item.text for item in document.sections[2].items if isinstance(item, Paragraph)]
    assert rows == [
        "Wie biedt wat, per graad?",
        "Organisatie — Kleuter — Lager — Secundair",
        "MuziekMobiel vzw — ja — ja — nee",
        "Dansstudio Kruispunt — nee — ja — ja",
    ]
    assert codes(document)["table_flattened"] == 1


def test_legacy_section_without_cards_keeps_its_text_and_the_call_to_action(legacy):
    _, document = legacy
    last = document.sections[-1]
    assert last.intro[0].text.startswith("Dit hoofdstuk vullen we binnenkort aan")
    cta = last.items[-1]
    assert isinstance(cta, CallToAction)
    assert "Laat het ons weten" in cta.text
    assert cta.link is not None and cta.link.url == "mailto:dossiers@cultuurkoepel.example"


def test_legacy_contact_is_top_level_with_its_mailto_as_email(legacy):
    _, document = legacy
    contact = document.body[-1]
    assert isinstance(contact, Contact)
    assert contact.name.startswith("Sofie Claes")
    assert contact.email == "sofie.claes@cultuurkoepel.example"
    assert contact.action_label == "Neem contact op met Sofie"
    assert not any(isinstance(item, Contact) for s in document.sections for item in s.items)


def test_legacy_chrome_is_reported_not_placed(legacy):
    _, document = legacy
    reported = unplaced_texts(document)
    for chrome in ("Skip to content", "Over ons", "Nieuws", "Meer info", "Gerelateerde dossiers"):
        assert chrome in reported
    assert any("cookies" in text for text in reported)
    assert any(text.startswith("© 2024 Cultuurkoepel") for text in reported)
    assert "Cultuur in de klas | Cultuurkoepel vzw" in reported  # the <title>, as the h1 won
    placed = [text for counter in document_words(document)[: -len(reported)] for text in counter]
    assert "cookies" not in placed and "copyright" not in placed


def test_legacy_removed_elements_are_warned_about_one_by_one(legacy):
    _, document = legacy
    removed = [w.message for w in document.warnings if w.code == "removed_element"]
    assert sum("<script>" in message for message in removed) == 2
    assert sum("<style>" in message for message in removed) == 1
    assert sum("<noscript>" in message for message in removed) == 1
    assert all(w.line > 0 for w in document.warnings)


def test_legacy_every_visible_word_is_accounted_for(legacy):
    markup, document = legacy
    assert_nothing_lost(markup, document)


def test_legacy_html_fragments_only_hold_the_allowed_tags(legacy):
    _, document = legacy
    for fragment in html_fragments(document):
        for tag in BeautifulSoup(fragment, "html.parser").find_all(True):
            assert tag.name in ALLOWED_TAGS
            assert set(tag.attrs) <= ({"href"} if tag.name == "a" else set())


# -------------------------------------------------------------------------- hostile markup


@pytest.fixture(scope="module")
def hostile() -> tuple[str, Document]:
    markup = read("hostile.html")
    return markup, parse_html(markup)


def test_hostile_markup_leaves_no_active_content_in_fragments_links_or_sources(hostile):
    _, document = hostile
    fields = html_fragments(document) + urls(document)
    assert fields
    for value in fields:
        lowered = value.lower()
        assert "script" not in lowered
        assert "javascript:" not in lowered and "data:" not in lowered
        assert not re.search(r"\bon[a-z]+\s*=", lowered)
        assert "style=" not in lowered


def test_hostile_fragments_are_rebuilt_from_the_allowed_tags_only(hostile):
    _, document = hostile
    for fragment in html_fragments(document):
        for tag in BeautifulSoup(fragment, "html.parser").find_all(True):
            assert tag.name in ALLOWED_TAGS
            if tag.name == "a":
                assert set(tag.attrs) == {"href"}
                assert re.match(r"(https?://|mailto:)", tag["href"])
            else:
                assert not tag.attrs


def test_hostile_links_keep_only_safe_schemes_and_their_words(hostile):
    _, document = hostile
    # Its short items are a list of the prose: their links are kept wherever they stand.
    items = [item for section in document.sections for item in section.intro + section.items]
    kept = sorted(link.url for item in items for link in getattr(item, "links", []))
    assert kept == ["https://cdn.example/pagina", "https://example.org/ok"]
    assert document.intro[0].text == "Intro met een kwade link, een tweede en een verstopte."
    assert document.intro[0].links == []


def test_hostile_markup_is_reported_in_warnings(hostile):
    _, document = hostile
    found = codes(document)
    assert found["unsafe_link"] >= 7
    assert found["relative_link"] == 1
    removed = " ".join(w.message for w in document.warnings if w.code == "removed_element")
    for tag in ("script", "style", "iframe", "object", "input", "textarea", "template", "noscript"):
        assert f"<{tag}>" in removed


def test_hostile_removed_content_never_reaches_the_document(hostile):
    _, document = hostile
    every_word = sum(document_words(document), Counter())
    for hidden in ("geheim", "sjabloon", "zonder", "verstuur", "plugin", "kader", "alert"):
        assert hidden not in every_word


def test_hostile_images_keep_their_alt_but_not_an_unsafe_source(hostile):
    _, document = hostile
    (image,) = [
        i for i in document.sections[0].items if isinstance(i, Image) and i.alt == "Databeeld"
    ]
    assert image.src == ""
    assert any(w.code == "image_alt_missing" for w in document.warnings)


def test_hostile_markup_keeps_its_visible_words(hostile):
    markup, document = hostile
    assert_nothing_lost(markup, document)


# -------------------------------------------------------------------------- broken markup

MALFORMED = """<html><body>
<div id="wrap"><div class="inner">
<h1>Broken dossier</div>
<p>First intro line<p>Second intro line
</div></div></div>
<h2>Section one</h3>
<ul><li>Card one<li>Card two<ul><li>sub item</ul>
<li>Card three</span></div>
</ul>
<li>Loose item</li>
<h2>Section two
<p>Paragraph <b>bold <i>both</b> italic</i> text
<table><tr><td>cell a<td>cell b<tr><td>cell c</table>
<p>Truncated <a href="https://example.org/x">link text"""


def test_malformed_html_never_raises_and_keeps_its_words():
    document = parse_html(MALFORMED)
    assert_nothing_lost(MALFORMED, document)


def test_malformed_html_still_gives_title_sections_and_cards():
    document = parse_html(MALFORMED)
    assert document.title == "Broken dossier"
    assert [p.text for p in document.intro] == ["First intro line", "Second intro line"]
    assert [s.heading for s in document.sections] == ["Section one", "Section two"]
    # Short points, not initiatives told in sentences: one list of the prose, the loose item
    # that follows it included.
    lists = document.sections[0].intro
    assert [paragraph.text for paragraph in lists] == [
        "Card one Card two sub item Card three Loose item"
    ]
    assert "<li>Card two<ul><li>sub item</li></ul></li>" in lists[0].html


def test_unclosed_table_cells_become_rows_and_truncated_link_keeps_its_text():
    document = parse_html(MALFORMED)
    texts = [item.text for item in document.sections[1].items + document.sections[1].intro]
    assert "cell a — cell b" in texts and "cell c" in texts
    assert any(text.startswith("Truncated link text") for text in texts)


@pytest.mark.parametrize(
    "markup",
    [
        "",
        "   \n ",
        "<",
        "<![ weird declaration",
        "<!DOCTYPE html><![CDATA[hidden]]>shown",
        "</div></p></li>",
        "<li>only an item",
        "<table><td>x",
        "<a href='javascript:alert(1)'",
        "<img>",
        "<h1></h1><h2></h2>",
        "\x00\x01 control characters",
        "<p>" * 800 + "many unclosed paragraphs",
        "<div>" * 3000 + "very deep",
        "<b>" * 2000 + "deep inline",
        "<li>" * 1500 + "deep items",
    ],
)
def test_odd_inputs_never_raise(markup):
    document = parse_html(markup)
    assert isinstance(document, Document)
    assert_nothing_lost(markup, document)


def test_empty_string_gives_an_empty_document():
    assert parse_html("") == Document()


def test_unclosed_paragraphs_are_siblings_not_a_nest():
    markup = "<h1>T</h1><h2>S</h2>" + "".join(f"<p>alinea {n}" for n in range(300))
    section = parse_html(markup).sections[0]
    assert len(section.intro) == 300
    assert section.intro[-1].text == "alinea 299"


def test_h1_only_page_has_a_title_and_nothing_else():
    document = parse_html("<html><body><h1>Alleen een titel</h1></body></html>")
    assert document.title == "Alleen een titel"
    assert document.body == [] and document.intro == [] and document.unplaced == []


def test_h3_headings_above_short_texts_make_titled_cards():
    document = parse_html(
        """<h1>Dossier X</h1>
        <h2>Sectie A</h2>
        <h3>Kaart A1</h3><p>Tekst A1.</p><p>Meer over A1.</p>
        <h3>Kaart A2</h3><img src="/a2.jpg" alt="Beeld A2"><p>Tekst A2.</p>
        <h2>Sectie B</h2>
        <p>Intro B.</p>
        <h3>Kaart B1</h3><p>Tekst B1 met <a href="https://b1.example/">een link</a>.</p>
        <h3>Groep</h3>
        <ul><li>Lijstkaart</li></ul>"""
    )
    first, second = document.sections
    assert [(c.title, c.text) for c in first.initiatives] == [
        ("Kaart A1", "Tekst A1. Meer over A1."),
        ("Kaart A2", "Tekst A2."),
    ]
    assert first.initiatives[1].image is not None
    assert first.initiatives[1].image.alt == "Beeld A2"
    assert [p.text for p in second.intro] == ["Intro B."]
    assert [c.title or c.text for c in second.initiatives] == ["Kaart B1"]
    assert second.initiatives[0].links[0].url == "https://b1.example/"
    # An h3 above a list is a sub-heading of the section; the list's one short point, prose.
    group = [item for item in second.items if isinstance(item, Subheading)]
    assert [heading.text for heading in group] == ["Groep"]
    assert second.items[-1].html == "<ul><li>Lijstkaart</li></ul>"


def test_without_h1_the_page_title_names_the_page_and_h2s_are_sections():
    document = parse_html(
        "<title>Vorming | Koepel</title><h2>Een</h2><ul><li>a</li></ul><h2>Twee</h2>"
    )
    assert document.title == "Vorming"  # the site's name after the separator is not the page's
    assert "| Koepel" in unplaced_texts(document)
    assert [s.heading for s in document.sections] == ["Een", "Twee"]


def test_without_h1_or_title_a_lone_top_heading_is_the_title():
    document = parse_html("<h2>Mijn dossier</h2><h3>Een</h3><ul><li>a</li></ul><h3>Twee</h3>")
    assert document.title == "Mijn dossier"
    assert [s.heading for s in document.sections] == ["Een", "Twee"]


def test_list_before_the_first_section_becomes_intro_text():
    document = parse_html("<h1>T</h1><ul><li>Eerste punt</li><li>Tweede punt</li></ul><h2>S</h2>")
    assert [p.html for p in document.intro] == ["<ul><li>Eerste punt</li><li>Tweede punt</li></ul>"]
    assert document.sections[0].items == []


def test_figure_caption_becomes_the_image_caption():
    document = parse_html(
        "<h1>T</h1><h2>S</h2><ul><li>x</li></ul>"
        "<figure><img src='/f/zaal.jpg' alt='De zaal'><figcaption>Foto: An</figcaption></figure>"
    )
    image = document.sections[0].items[-1]
    assert isinstance(image, Image)
    assert (image.alt, image.caption) == ("De zaal", "Foto: An")


def test_image_without_alt_gets_one_from_its_file_name_and_a_warning():
    document = parse_html("<h1>T</h1><p>x</p><img src='/media/groep-film_debat.JPG'>")
    image = document.body[-1]
    assert isinstance(image, Image) and image.alt == "groep film debat"
    assert codes(document)["image_alt_missing"] == 1


def test_contact_takes_its_phone_from_a_tel_link_and_what_follows_is_top_level():
    document = parse_html(
        "<h1>T</h1><h2>S</h2><ul><li>kaart</li></ul>"
        "<p>Jan Peeters: <a href='tel:+3221234567'>bel ons</a> of neem contact op met Jan</p>"
        "<p>Dit dossier wordt aangevuld.</p>"
        "<ul><li>Een late kaart vertelt wat een vereniging doet.</li></ul>"
    )
    contact = document.body[1]
    assert isinstance(contact, Contact) and contact.phone == "+3221234567"
    assert isinstance(document.body[2], Paragraph)
    late = document.body[3]
    assert isinstance(late, Section) and late.heading == ""
    assert [card.text for card in late.initiatives] == [
        "Een late kaart vertelt wat een vereniging doet."
    ]
    assert codes(document)["unsafe_link"] == 0


def test_thousands_of_line_breaks_stay_fast():
    document = parse_html("<h1>T</h1><p>a" + "<br>" * 20000 + "b</p><p>c" + " <br>" * 20000)
    assert [p.text for p in document.intro] == ["a", "b", "c"]


def test_header_of_an_article_is_content_not_chrome():
    document = parse_html(
        "<header><p>Sitenaam</p></header>"
        "<article><header><h1>Echte titel</h1><p>Dossier: Iets</p></header>"
        "<h2>S</h2><ul><li>kaart</li></ul></article>"
    )
    assert document.title == "Echte titel"
    assert document.dossier_labels == ["Iets"]
    assert "Sitenaam" in unplaced_texts(document)


def test_double_line_breaks_separate_paragraphs():
    document = parse_html(
        "<h1>T</h1><div>Eerste alinea<br><br>Tweede alinea<br>zelfde alinea</div>"
    )
    assert [(p.text, p.html) for p in document.intro] == [
        ("Eerste alinea", "Eerste alinea"),
        ("Tweede alinea zelfde alinea", "Tweede alinea<br>zelfde alinea"),
    ]


def test_a_custom_detector_decides_what_is_debris():
    from wagtail_dossiers.importer.detectors import Detector, Detectors

    class Tagline(Detector):
        def is_debris(self, text: str) -> bool:
            return text.startswith("Tagline")

    document = parse_html(
        "<h1>T</h1><p>Tagline van de site</p><p>Echte intro</p>",
        detectors=Detectors([Tagline()]),
    )
    assert [p.text for p in document.intro] == ["Echte intro"]
    assert unplaced_texts(document) == ["Tagline van de site"]


# -------------------------------------------------------------------------- any markup

TAGS = [
    "<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<h2>", "</h2>", "<h3>", "</h3>",
    "<ul>", "</ul>", "<ol>", "</ol>", "<li>", "</li>", "<table>", "<tr>", "<td>", "</td>",
    "<b>", "</b>", "<i>", "</i>", "<br>", "<img src='/x.png'>", "<img alt='alt'>",
    "<a href='https://example.org'>", "<a href='javascript:x()'>", "<a href='/rel'>", "</a>",
    "<script>", "</script>", "<style>", "</style>", "<nav>", "</nav>", "<header>", "</header>",
    "<footer>", "</footer>", "<figure>", "<figcaption>", "<!--", "-->", "<![", "<!DOCTYPE html>",
    "<title>", "</title>", "&amp;", "&nbsp;", "&#8217;", "&", "<", ">", "Dossier:", "\n",
]  # fmt: skip
WORDS = st.text(alphabet="abcdeé’ \n", min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_never_raises(text):
    assert isinstance(parse_html(text), Document)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TAGS), WORDS), max_size=60))
def test_any_tag_soup_never_raises(parts):
    assert isinstance(parse_html("".join(parts)), Document)


SAFE_TAGS = [tag for tag in TAGS if tag not in ("<!--", "-->", "<![", "<", ">", "&")]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(SAFE_TAGS), WORDS), max_size=60))
def test_tag_soup_keeps_its_visible_words(parts):
    markup = " ".join(parts)  # spaces: words never straddle a tag
    assert_nothing_lost(markup, parse_html(markup))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(SAFE_TAGS), WORDS), max_size=60))
def test_tag_soup_keeps_the_words_it_runs_together(parts):
    # No spaces: a word straddles a tag (`a<b>b</b>`), which the count above reads as two
    # words and a plain title, with no tags, shows as one.
    markup = "".join(parts)
    assert_nothing_lost(markup, parse_html(markup))


def test_an_invitation_with_an_address_is_a_call_to_action_and_a_named_address_a_contact():
    markup = (FILES / "cultuur-klimaat.html").read_text("utf-8")
    document = parse_html(markup)
    last = document.sections[-1]
    [call] = [item for item in last.items if isinstance(item, CallToAction)]
    assert call.text.startswith("Heb je een initiatief? Laat het ons weten")
    assert call.link.url == "mailto:info@defederatie.be"
    contacts = [item for item in document.body if isinstance(item, Contact)]
    assert [(c.name, c.email, c.action_label) for c in contacts] == [
        ("Sara Janssens", "sara@defederatie.be", "Neem contact op met Sara")
    ]
    assert_nothing_lost(markup, document)


def test_bold_paragraphs_and_typed_bullets_are_read_as_sections_and_cards():
    markup = (FILES / "typed-structure.html").read_text("utf-8")
    document = parse_html(markup)
    assert [s.heading for s in document.sections] == ["Archieven openen", "Samen met de bib"]
    assert [len(s.initiatives) for s in document.sections] == [2, 2]
    typed = document.sections[1].initiatives
    assert typed[0].text.startswith("Avansa Kempen organiseert een lezing")
    assert "•" not in typed[0].text and "•" not in typed[1].html
    assert_nothing_lost(markup, document)


def test_a_page_with_real_headings_keeps_its_bold_paragraphs_as_text():
    markup = (
        "<h1>Titel</h1><h2>Thema</h2><p><b>Let op</b></p>"
        "<ul><li>Okra verzamelt verhalen van ouderen.</li></ul>"
    )
    document = parse_html(markup)
    assert [s.heading for s in document.sections] == ["Thema"]
    first, card = document.sections[0].items
    assert isinstance(first, Subheading) and first.text == "Let op"  # shown as a bold paragraph
    assert card.text == "Okra verzamelt verhalen van ouderen."


def test_a_notice_and_its_button_broken_by_br_stay_one_piece_of_debris():
    # Only a breadcrumb's label over its steps is read line by line: a cookie notice's
    # button under it (`Accept`) heads nothing.
    document = parse_html(
        "<h1>Titel</h1><p>We use cookies on this website.<br>Accept</p>"
        "<p>De vereniging werd in 1993 opgericht en telt vandaag meer dan honderd leden.</p>"
    )
    assert document.sections == []
    assert unplaced_texts(document) == ["We use cookies on this website. Accept"]


def test_a_rule_drawn_in_a_table_row_or_a_bad_link_keeps_its_warning():
    table = parse_html("<h1>T</h1><table><tr><td>-</td><td>-</td><td>-</td></tr>"
                       "<tr><td>Naam</td><td>Wat</td><td>Waar</td></tr></table>")  # fmt: skip
    assert "table_flattened" in [w.code for w in table.warnings]
    link = parse_html('<h1>T</h1><p><a href="javascript:alert(1)">-----</a></p>')
    assert "unsafe_link" in [w.code for w in link.warnings]
