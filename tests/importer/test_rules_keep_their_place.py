"""Where the readings of questions, tables of contents and overviews must not reach.

A review of the rules that unfold an FAQ list (``structure/questions.py``), find a table of
contents (``Context._contents``) and name an overview's items (``Context._closed_names``)
found pages they misread; each is kept here as it should read, in the format it came in.
"""

from __future__ import annotations

import pytest

from tests.documents import assert_words_kept
from wagtail_dossiers.importer import formats
from wagtail_dossiers.importer.document import Contact, Initiative, Subheading
from wagtail_dossiers.importer.words import words


def read(source: str, fmt: str):
    document = formats.parse(source, fmt)
    assert_words_kept(words(formats.visible_text(source, fmt)), document)
    return document


FAQ_UNDER_A_SECTION = {
    "markdown": (
        "# Uitleendienst\n\nDe gemeente leent materiaal uit aan verenigingen.\n\n"
        "## Veelgestelde vragen\n\n"
        "- **Wie kan materiaal lenen?** Elke vereniging uit de gemeente kan lenen.\n"
        "- **Hoe vraag ik iets aan?** Je vult het formulier op de website in.\n"
    ),
    "html": (
        "<h1>Uitleendienst</h1><p>De gemeente leent materiaal uit aan verenigingen.</p>"
        "<h2>Veelgestelde vragen</h2><ul>"
        "<li><strong>Wie kan materiaal lenen?</strong> Elke vereniging uit de gemeente kan"
        " lenen.</li>"
        "<li><strong>Hoe vraag ik iets aan?</strong> Je vult het formulier op de website"
        " in.</li></ul>"
    ),
}


@pytest.mark.parametrize("fmt", sorted(FAQ_UNDER_A_SECTION))
def test_an_faq_under_a_section_heading_stays_in_that_section(fmt):
    # The questions stand one level below the heading the markup puts over them.
    document = read(FAQ_UNDER_A_SECTION[fmt], fmt)
    assert [section.heading for section in document.sections] == ["Veelgestelde vragen"]
    items = document.sections[0].items
    questions = [item.text for item in items if isinstance(item, Subheading)]
    assert questions == ["Wie kan materiaal lenen?", "Hoe vraag ik iets aan?"]


def test_items_that_ask_a_teasers_question_and_link_out_are_cards_not_an_faq():
    # An overview of vacancies, each opening with a question to the reader and ending in a
    # link (`Meer info`): initiatives, not questions and their answers.
    source = "<h1>Vrijwilligerswerk in Asse</h1><p>Veel organisaties zoeken vrijwilligers.</p><ul>"
    for question, who in [
        ("Zin om te helpen bij de bloedinzameling?", "Het Rode Kruis zoekt helpers."),
        ("Graag buiten bezig met de natuur?", "Natuurpunt zoekt helpers voor het bos."),
        ("Voorlezen voor kinderen, iets voor jou?", "De bibliotheek zoekt voorlezers."),
    ]:
        source += f'<li><h3>{question}</h3><p>{who} <a href="https://ex.org">Meer info</a></p></li>'
    document = read(source + "</ul>", "html")
    cards = [item for section in document.sections for item in section.items]
    assert len(cards) == 3 and all(isinstance(card, Initiative) for card in cards)


def test_a_list_of_questions_each_over_another_question_stays_a_list():
    source = (
        "Reflectie na het kamp\n\nBespreek deze vragen met je groep na het kamp.\n\n"
        + "".join(
            f"- {first}\n  {second}\n"
            for first, second in [
                ("Wat ging er goed tijdens het kamp?", "Wat zou je volgend jaar anders doen?"),
                ("Wie heeft het meest geholpen?", "Hoe kan je die mensen bedanken?"),
                ("Welke activiteit was het leukst?", "Waarom vond je die het leukst?"),
            ]
        )
    )
    document = read(source, "text")
    assert not document.sections
    assert document.intro[-1].html.startswith("<ul><li>Wat ging er goed tijdens het kamp?")


def test_names_listed_and_then_written_over_their_addresses_are_no_table_of_contents():
    # The board's names, then each name over its address: the page's own list, twice.
    names = ["Jan Peeters", "An Claes", "Piet Janssens", "Els Maes"]
    source = "Ons bestuur\n\nHet bestuur komt elke maand samen in het lokaal.\n\n"
    source += "\n".join(names) + "\n\nHieronder vind je hoe je hen bereikt.\n\n"
    source += "\n\n".join(f"{name}\n{name.split()[0].lower()}@example.org" for name in names[:3])
    document = read(source + "\n", "text")
    assert "Els Maes" not in [u.text for u in document.unplaced]
    contacts = [item.name for item in document.body if isinstance(item, Contact)]
    assert contacts == names[:3]


def test_a_menu_printed_above_and_below_the_page_is_chrome_both_times():
    menu = "Home\nOver ons\nActiviteiten\nContact\n"
    source = (
        menu + "\nSpeelplein De Kabouters\n\nHet speelplein is elke woensdag open voor kinderen"
        " van zes tot twaalf jaar.\n\nElke zomer organiseren we een kamp aan zee.\n\n" + menu
    )
    document = read(source, "text")
    assert [u.text for u in document.unplaced][-4:] == [
        "Home",
        "Over ons",
        "Activiteiten",
        "Contact",
    ]


def test_sections_that_each_end_in_back_to_top_are_sections_not_an_overviews_items():
    source = "Jeugdwerk in Asse\n\nAsse heeft een rijk jeugdwerk met veel verenigingen.\n\n"
    for name, text, points in [
        ("Speelpleinwerking", "Elke zomer is er speelplein in het park. Je kan kiezen uit:",
         ["de kleuterwerking", "de grote werking"]),
        ("Jeugdhuizen", "Er zijn drie jeugdhuizen in de gemeente. Elk heeft een eigen werking:",
         ["De Kelder", "Het Kot"]),
        ("Jeugdbewegingen", "De scouts en de chiro komen samen op:", ["zaterdag", "zondag"]),
    ]:  # fmt: skip
        source += f"{name}\n\n{text}\n\n" + "".join(f"- {p}\n" for p in points)
        source += "\nTerug naar boven\n\n"
    document = read(source, "text")
    assert [section.heading for section in document.sections] == [
        "Speelpleinwerking", "Jeugdhuizen", "Jeugdbewegingen",
    ]  # fmt: skip
    assert not any(section.initiatives for section in document.sections)


def test_an_item_broken_off_after_a_word_that_wants_more_goes_on_at_the_margin():
    source = (
        "Jeugdhuizen\n\nIn onze gemeente zijn er twee jeugdhuizen.\n\n"
        "  • Jeugdhuis De Kelder ligt in de\nKerkstraat, vlak bij de kerk en het station.\n"
        "  • Jeugdhuis Het Kot is open op vrijdag en zaterdag.\n"
    )
    document = read(source, "text")
    texts = [p.html for p in document.intro] + [
        card.text for section in document.sections for card in section.initiatives
    ]
    assert any("ligt in de Kerkstraat, vlak bij de kerk" in text for text in texts)
