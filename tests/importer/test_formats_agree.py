"""The same dossier written as plain text, HTML and Markdown gives the same document.

One structure model reads all three: what differs is only what each format can say (line
numbers, an image's file), never where a part lands.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wagtail_dossiers.importer import formats
from wagtail_dossiers.importer.decode import sniff_format
from wagtail_dossiers.importer.document import Document, Image, Initiative, Section
from wagtail_dossiers.importer.enrich import enrich

PARITY = Path(__file__).parents[1] / "files" / "parity"
INTRO = "Vrijwilligers houden onze buurten leefbaar. Dit overzicht toont wat onze leden doen."


def parts(document: Document) -> list[tuple]:
    """The document as a reader sees it: each part's kind and words, in order."""

    def item(element: object) -> tuple:
        if isinstance(element, Section):
            return ("section", element.heading, [p.text for p in element.intro],
                    [item(i) for i in element.items])  # fmt: skip
        if isinstance(element, Initiative):
            return ("card", element.title, element.text)
        if isinstance(element, Image):
            return ("image", element.alt, element.caption)
        return (type(element).__name__, getattr(element, "text", ""), getattr(element, "name", ""))

    header = document.header_image.alt if document.header_image else None
    return [
        ("title", document.title),
        ("labels", document.dossier_labels),
        ("header", header),
        ("intro", [p.text for p in document.intro]),
        *(item(element) for element in document.body),
    ]


def read(name: str) -> Document:
    text = (PARITY / name).read_text(encoding="utf-8")
    fmt = sniff_format(text, name)
    return enrich(formats.parse(text, fmt))


@pytest.mark.parametrize("name", ["dossier.html", "dossier.md"])
def test_html_and_markdown_give_what_plain_text_gives(name):
    assert parts(read(name)) == parts(read("dossier.txt"))


def test_the_plain_text_reads_as_a_person_would():
    document = parts(read("dossier.txt"))
    assert document[:4] == [
        ("title", "Vrijwilligers in de buurt"),
        ("labels", ["Vrijwilligerswerk 2025"]),
        ("header", "foto vrijwilligers"),
        ("intro", [INTRO]),
    ]
    sections = [part for part in document if part[0] == "section"]
    assert [section[1] for section in sections] == ["Ontmoeting", "Wat kan de gemeente doen?"]
    assert [len(section[3]) for section in sections] == [2, 3]  # the call to action in the last
    assert document[-1] == ("Contact", "", "Elke Verhaeghe")


FACT_SHEET = {
    "text": "Vrijwilligersgroep De Beek\n\nWerkgebied:\nDe vallei tussen Aarschot en Diest\n\n"
    "Wanneer:\nElke tweede zaterdag van de maand, van september tot maart.\n",
    "html": "<p>Vrijwilligersgroep De Beek</p><p>Werkgebied:</p>"
    "<p>De vallei tussen Aarschot en Diest</p><p>Wanneer:</p>"
    "<p>Elke tweede zaterdag van de maand, van september tot maart.</p>",
    "markdown": "Vrijwilligersgroep De Beek\n\nWerkgebied:\nDe vallei tussen Aarschot en Diest"
    "\n\nWanneer:\nElke tweede zaterdag van de maand, van september tot maart.\n",
}


@pytest.mark.parametrize("fmt", sorted(FACT_SHEET))
def test_a_fact_sheets_labels_head_their_values_in_every_format(fmt):
    document = parts(enrich(formats.parse(FACT_SHEET[fmt], fmt)))
    assert document == [
        ("title", "Vrijwilligersgroep De Beek"),
        ("labels", []),
        ("header", None),
        ("intro", []),
        ("section", "Werkgebied", ["De vallei tussen Aarschot en Diest"], []),
        ("section", "Wanneer", ["Elke tweede zaterdag van de maand, van september tot maart."], []),
    ]


TITLED_ITEMS = {
    "text": "Vrijwilliger worden\n\n• Natuurbeheer\n  Je helpt mee met het beheer van een gebied."
    "\n• Natuurstudie\n  Je telt vogels en planten in je buurt.\n",
    "html": "<p>Vrijwilliger worden</p><ul><li>Natuurbeheer<br>Je helpt mee met het beheer van"
    " een gebied.</li><li>Natuurstudie<br>Je telt vogels en planten in je buurt.</li></ul>",
    "markdown": "Vrijwilliger worden\n\n- Natuurbeheer\n  Je helpt mee met het beheer van een "
    "gebied.\n- Natuurstudie\n  Je telt vogels en planten in je buurt.\n",
}


@pytest.mark.parametrize("fmt", sorted(TITLED_ITEMS))
def test_an_items_first_line_over_a_sentence_is_its_title_in_every_format(fmt):
    document = parts(enrich(formats.parse(TITLED_ITEMS[fmt], fmt)))
    assert document[4:] == [
        ("section", "", [], [
            ("card", "Natuurbeheer", "Je helpt mee met het beheer van een gebied."),
            ("card", "Natuurstudie", "Je telt vogels en planten in je buurt."),
        ]),
    ]  # fmt: skip


def test_a_sentence_wrapped_over_two_lines_gets_no_title():
    source = "Wat leden doen\n\n• Kunstenhuis Noord plaatst\n  zonnepanelen op het dak.\n"
    document = parts(enrich(formats.parse(source, "text")))
    assert document[4][3] == [("card", "", "Kunstenhuis Noord plaatst zonnepanelen op het dak.")]


BOARD = {
    "text": "Jeugdraad Oostveld\n\nDe jeugdraad geeft het bestuur advies over alles wat jongeren"
    " aangaat.\n\nBestuur jeugdraad\n\nVoorzitter: Lotte Vermeulen – E lotte@voorbeeld.be\n\n"
    "Secretaris: Pieter Claes – E pieter@voorbeeld.be\n",
    "html": "<p>Jeugdraad Oostveld</p><p>De jeugdraad geeft het bestuur advies over alles wat"
    " jongeren aangaat.</p><p>Bestuur jeugdraad</p><p>Voorzitter: Lotte Vermeulen – E"
    " lotte@voorbeeld.be</p><p>Secretaris: Pieter Claes – E pieter@voorbeeld.be</p>",
}


@pytest.mark.parametrize("fmt", sorted(BOARD))
def test_a_short_paragraph_heads_the_contacts_under_it_in_every_format(fmt):
    """Each `Role: Name` line is a contact of its own, so the short line above it is their
    heading, not a signature's name."""
    document = enrich(formats.parse(BOARD[fmt], fmt))
    # Contacts stand in the body, after the heading they stand under.
    body = [
        (type(part).__name__, getattr(part, "heading", ""), getattr(part, "name", ""))
        for part in document.body
    ]
    assert body == [
        ("Section", "Bestuur jeugdraad", ""),
        ("Contact", "", "Lotte Vermeulen"),
        ("Contact", "", "Pieter Claes"),
    ]
    assert [(c.role, c.email) for c in document.body[1:3]] == [
        ("Voorzitter", "lotte@voorbeeld.be"),
        ("Secretaris", "pieter@voorbeeld.be"),
    ]


MENU_ENTRIES = ["Start", "Over ons", "Cultuur", "Jeugd", "Sport", "Zorg"]
TOP_OF_PAGE = {
    "text": "HUIS VAN DE\nVOLKSMUZIEK\n\n" + "\n".join(MENU_ENTRIES) + "\n\nSport\n\n"
    "Hier vind je muziekgroepen die samen spelen en dansen in hun buurt.\n",
    "html": "<p>HUIS VAN DE</p><p>VOLKSMUZIEK</p>"
    + "".join(f"<p>{entry}</p>" for entry in MENU_ENTRIES)
    + "<p>Sport</p><p>Hier vind je muziekgroepen die samen spelen en dansen in hun buurt.</p>",
}


@pytest.mark.parametrize("fmt", sorted(TOP_OF_PAGE))
def test_a_logo_and_a_menu_above_the_title_are_chrome_in_every_format(fmt):
    """Markup parts every paragraph alike, so there the logo's lines and the menu's entries
    are the short paragraphs in a row that plain text writes line under line."""
    document = enrich(formats.parse(TOP_OF_PAGE[fmt], fmt))
    assert document.title == "Sport"
    assert [p.text[:20] for p in document.intro] == ["Hier vind je muziekg"]
    reported = " ".join(u.text for u in document.unplaced)
    assert all(word in reported for word in ["HUIS VAN DE", "VOLKSMUZIEK", *MENU_ENTRIES])
    assert not document.body


LINES_UNDER_LINES = {
    "text": "Seniorenraad\n\nDe seniorenraad is een adviesraad van de gemeente.\n\nDoelstelling\n"
    "De raad geeft advies over alles wat senioren in de gemeente aangaat, op vraag\n"
    "of op eigen initiatief.\n",
    "html": "<p>Seniorenraad</p><p>De seniorenraad is een adviesraad van de gemeente.</p>"
    "<p>Doelstelling<br>De raad geeft advies over alles wat senioren in de gemeente aangaat,"
    " op vraag<br>of op eigen initiatief.</p>",
}


@pytest.mark.parametrize("fmt", sorted(LINES_UNDER_LINES))
def test_lines_broken_by_br_read_as_lines_written_line_under_line(fmt):
    """A heading typed over its text with Shift+Enter heads it, and a sentence broken over
    two lines stays one paragraph (in markup, with its break)."""
    document = enrich(formats.parse(LINES_UNDER_LINES[fmt], fmt))
    assert [section.heading for section in document.sections] == ["Doelstelling"]
    [paragraph] = document.sections[0].intro
    assert paragraph.text == (
        "De raad geeft advies over alles wat senioren in de gemeente aangaat, op vraag"
        " of op eigen initiatief."
    )
    if fmt == "html":
        assert "op vraag<br>of op eigen initiatief." in paragraph.html


HISTORY = (
    "De vereniging werd in 1972 opgericht door een groep buren die elkaar wilden helpen."
    " Sindsdien groeide ze uit tot een netwerk van honderden leden."
)
TODAY = "Vandaag telt de vereniging meer dan driehonderd leden, die elke week samen iets doen."
UNMARKED_HEADINGS = {
    "text": f"Over ons\n\nAl vijftig jaar samen met vrijwilligers in de stad\n\n{HISTORY}\n\n"
    f"Vandaag\n\n{TODAY}\n",
    "html": f"<p>Over ons</p><p>Al vijftig jaar samen met vrijwilligers in de stad</p>"
    f"<p>{HISTORY}</p><p>Vandaag</p><p>{TODAY}</p>",
}


@pytest.mark.parametrize("fmt", sorted(UNMARKED_HEADINGS))
def test_a_page_that_heads_nothing_in_markup_heads_its_sections_with_short_lines(fmt):
    """A WYSIWYG export with no heading tag anywhere writes its headings as short paragraphs, as
    plain text writes them as lines standing alone: even the first, right under the title."""
    document = parts(enrich(formats.parse(UNMARKED_HEADINGS[fmt], fmt)))
    assert document[3:] == [
        ("intro", []),
        ("section", "Al vijftig jaar samen met vrijwilligers in de stad", [HISTORY], []),
        ("section", "Vandaag", [TODAY], []),
    ]


def test_short_paragraphs_one_over_another_are_no_headings_where_nothing_is_headed():
    # An address and opening hours written a paragraph a line: a run of short lines.
    lines = [
        "Buurtwerking Noord",
        "Wij brengen de buren samen rond activiteiten die ze zelf kiezen en organiseren.",
        "Waar vinden de activiteiten plaats? In ons buurthuis:",
        "Buurthuis De Linde", "Lindestraat 4, 9000 Gent",
        "Openingsuren", "Maandag tot vrijdag", "van 9 tot 17 uur",
    ]  # fmt: skip
    document = enrich(formats.parse("".join(f"<p>{line}</p>" for line in lines), "html"))
    assert document.title == "Buurtwerking Noord"
    assert document.sections == []
    assert [p.text for p in document.intro] == lines[1:]


def test_a_page_that_heads_in_markup_leaves_its_short_paragraphs_text():
    markup = (
        "<h1>Over ons</h1><p>Al vijftig jaar samen met vrijwilligers in de stad</p>"
        f"<p>{HISTORY}</p><h2>Vandaag</h2><p>{TODAY}</p>"
    )
    document = parts(enrich(formats.parse(markup, "html")))
    assert document[3:] == [
        ("intro", ["Al vijftig jaar samen met vrijwilligers in de stad", HISTORY]),
        ("section", "Vandaag", [TODAY], []),
    ]


NEWS_TITLE = "Vrijwilligers werken gratis, maar niet voor niets!"
NEWS_LINES = [
    "In het vizier",
    "2 maart 2012",
    NEWS_TITLE,
    NEWS_TITLE,
    "Een op de vijf Vlamingen doet vrijwilligerswerk. Zonder hen zou het verenigingsleven"
    " stilvallen.",
    "Vrijwilligers doen van alles",
    "In de zorg nemen vrijwilligers taken op waar beroepskrachten geen tijd voor hebben.",
]
RUBRIC = {
    "text": "\n\n".join(NEWS_LINES) + "\n",
    "html": "".join(f"<p>{line}</p>" for line in NEWS_LINES),
}


@pytest.mark.parametrize("fmt", sorted(RUBRIC))
def test_the_rubric_above_a_title_printed_twice_is_its_label_in_every_format(fmt):
    """A few words above the page's name, which the old site prints twice: the rubric the
    page was filed under, whether a blank line or a paragraph sets it apart."""
    document = parts(enrich(formats.parse(RUBRIC[fmt], fmt)))
    assert document[:2] == [("title", NEWS_TITLE), ("labels", ["In het vizier"])]
    assert [part[1] for part in document[4:]] == ["Vrijwilligers doen van alles"]
