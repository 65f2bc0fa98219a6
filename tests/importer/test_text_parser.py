"""The plain-text parser: the seed dossier, other shapes of dossier, and any text at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.documents import assert_words_kept, unplaced_texts
from tests.expected import (
    CARDS,
    CARDS_PER_SECTION,
    CONTACT_ACTION,
    CONTACT_NAME,
    DOSSIER_LABEL,
    HEADER_IMAGE_ALT,
    HEADINGS,
    TITLE,
)
from wagtail_dossiers.importer.detectors import Detector, Detectors
from wagtail_dossiers.importer.document import (
    CallToAction,
    Contact,
    Document,
    Image,
    Lines,
    Paragraph,
    Section,
)
from wagtail_dossiers.importer.structure.evidence import opening_hours
from wagtail_dossiers.importer.text import parse_text
from wagtail_dossiers.importer.words import words

FILES = Path(__file__).parents[1] / "files"
SEED = Path(__file__).parents[2].parent / "shared/seed/lokale-verkiezingen-2024.txt"


# -------------------------------------------------------------------------- helpers


def read(name: str) -> str:
    """A fixture file as text, line endings and byte order mark untouched."""
    return (FILES / name).read_bytes().decode("utf-8")


def assert_nothing_lost(source: str, document: Document) -> None:
    assert_words_kept(words(source), document)


def headings(document: Document) -> list[str]:
    return [section.heading for section in document.sections]


def cards_per_section(document: Document) -> list[int]:
    return [len(section.initiatives) for section in document.sections]


# -------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed() -> tuple[str, Document]:
    source = SEED.read_text(encoding="utf-8")
    return source, parse_text(source)


def test_seed_title_header_image_and_dossier_label(seed):
    _, document = seed
    assert document.title == TITLE
    assert document.title_line == 3
    assert document.header_image is not None
    assert document.header_image.alt == HEADER_IMAGE_ALT
    assert document.header_image.lines.first == 1
    assert document.dossier_labels == [DOSSIER_LABEL]


def test_seed_intro_is_both_paragraphs(seed):
    _, document = seed
    assert len(document.intro) == 2
    assert document.intro[0].text.startswith("Lokale verkiezingen beroeren onze sectoren.")
    assert document.intro[0].text.endswith("wat al voor handen is of bestaat.")
    assert document.intro[1].text == (
        "Informatie over het verloop van de lokale verkiezingen. "
        "En de wijzigingen rond opkomstplicht"
    )


def test_seed_has_ten_sections_with_their_headings_in_order(seed):
    _, document = seed
    assert headings(document) == HEADINGS


def test_seed_cards_per_section(seed):
    _, document = seed
    assert cards_per_section(document) == CARDS_PER_SECTION
    assert sum(cards_per_section(document)) == CARDS


def test_seed_card_broken_over_three_lines_is_one_card(seed):
    _, document = seed
    card = document.sections[3].initiatives[4]
    assert card.text == (
        "Adviesraden kunnen zelf nieuwe burgerparticipatiemethoden in hun werking integreren, "
        "als ze daarvoor de middelen en ondersteuning krijgen. Zo kunnen ze zorgen voor meer "
        "directe betrokkenheid van burgers terwijl hun kennis en expertise behouden blijft, "
        "aldus dit essay van Beweging.net."
    )
    assert (card.lines.first, card.lines.last) == (41, 43)
    assert card.title == ""  # enrichment derives titles, not the parser


def test_seed_image_alt_text_sits_after_the_cards_of_section_three(seed):
    _, document = seed
    section = document.sections[2]
    assert isinstance(section.items[-1], Image)
    assert section.items[-1].alt == "Groep film debat klein"
    assert section.items[-1].lines.first == 33
    assert [w.line for w in document.warnings if w.code == "image_missing"] == [1, 33]


def test_seed_call_to_action_is_not_a_card(seed):
    _, document = seed
    section = document.sections[3]
    assert isinstance(section.items[-1], CallToAction)
    assert section.items[-1].text.startswith("Plan je als sociaal-culturele")
    assert not any("Laat ze ons weten" in card.text for card in section.initiatives)


def test_seed_contact_is_top_level_after_the_sections(seed):
    _, document = seed
    contact = document.body[-1]
    assert isinstance(contact, Contact)
    assert contact.name == CONTACT_NAME
    assert contact.action_label == CONTACT_ACTION
    assert contact.lines.first == 89
    assert all(isinstance(item, Section) for item in document.body[:-1])
    assert document.sections[-1].items == []


def test_seed_every_word_is_accounted_for(seed):
    source, document = seed
    assert_nothing_lost(source, document)


# -------------------------------------------------------------------------- other shapes


def test_crlf_bom_and_invisible_characters_do_not_show():
    source = read("klimaat-cultuur.txt")
    assert "\r\n" in source and source.startswith("\ufeff")
    document = parse_text(source)
    assert document.title == "Klimaat en cultuur: wat onze leden doen"
    assert document.title_line == 1
    assert document.dossier_labels == ["Duurzaamheid in de cultuursector", "Klimaatplan 2030"]
    assert document.intro[0].text == (
        "Cultuurorganisaties zoeken naar manieren om hun voetafdruk te verkleinen. "
        "Hieronder een greep uit wat leden vandaag al doen."
    )
    # The steps and the members' questions speak to the reader: a list each, not cards.
    stappen = document.sections[2].intro[0]
    assert stappen.html.startswith(
        "<ol><li>Meet je verbruik met de gratis klimaatscan van Klimaatkoepel.</li>"
    )
    assert (
        document.sections[3]
        .intro[0]
        .html.startswith("<ol><li>Hoe begin ik aan een energieaudit?</li>")
    )
    assert_nothing_lost(source, document)


def test_dash_star_and_numbered_bullets_make_cards_or_lists_in_their_sections():
    """Initiatives told about someone (`Kunstenhuis Noord plaatst …`) are cards; numbered
    steps and questions that speak to the reader (`Meet je verbruik`) are one list each."""
    document = parse_text(read("klimaat-cultuur.txt"))
    assert headings(document) == [
        "Groene podia",
        "Samen op weg",
        "Stappenplan voor verenigingen",
        "Vragen van leden",
    ]
    assert cards_per_section(document) == [3, 2, 0, 0]
    # The lines of a CRLF file are numbered as an editor shows them.
    assert [card.lines.first for card in document.sections[1].initiatives] == [16, 17]
    steps = document.sections[2].intro[0].lines
    assert (steps.first, steps.last) == (22, 24)


def test_numbering_of_a_list_is_kept_in_the_report():
    document = parse_text(read("klimaat-cultuur.txt"))
    for number in ("1.", "2.", "3.", "1)", "2)", "a)", "b)"):
        assert number in unplaced_texts(document)
    assert "Dossier:" in unplaced_texts(document)


def test_nested_bullets_stay_with_their_parent_card_or_list():
    document = parse_text(read("klimaat-cultuur.txt"))
    tab_nested = document.sections[0].initiatives[1]
    assert tab_nested.text == (
        "Het festival Zomerklank schakelt over op herbruikbare bekers en een bewaakte "
        "fietsparking. Extra: een fietsherstelpunt op het terrein."
    )
    assert tab_nested.html.endswith("<ul><li>Extra: een fietsherstelpunt op het terrein.</li></ul>")
    assert (tab_nested.lines.first, tab_nested.lines.last) == (11, 12)
    other_marker = document.sections[1].initiatives[1]
    assert other_marker.html.endswith("<ul><li>Reserveren kan via de balie.</li></ul>")
    lettered = document.sections[3].intro[0]
    assert lettered.html.endswith(
        "<ol><li>Vlaamse subsidies voor energiezuinige gebouwen.</li>"
        "<li>Provinciale klimaatfondsen.</li></ol></li></ol>"
    )


def test_bullets_at_several_indentations_nest_by_depth():
    source = (
        "Titel\n\nSectie\n\n"
        "  • Eerste kaart over een buurtfeest in de wijk.\n"
        "      ◦ Tweede niveau.\n"
        "          ▪ Derde niveau.\n"
        "      ◦ Weer tweede niveau.\n"
        "  • Tweede kaart over een repair café in de bib.\n"
        "• Derde kaart, minder ingesprongen, over een koor.\n"
    )
    document = parse_text(source)
    cards = document.sections[0].initiatives
    assert [card.text.split(" over")[0] for card in cards] == [
        "Eerste kaart",
        "Tweede kaart",
        "Derde kaart, minder ingesprongen,",
    ]
    assert cards[0].html == (
        "Eerste kaart over een buurtfeest in de wijk.<ul><li>Tweede niveau.<ul><li>Derde "
        "niveau.</li></ul></li><li>Weer tweede niveau.</li></ul>"
    )
    assert_nothing_lost(source, document)


def test_short_points_stay_one_list_of_the_prose_with_their_sub_points():
    source = "Titel\n\nSectie\n\n• Eerste punt\n  ◦ Onderdeel\n• Tweede punt\n"
    document = parse_text(source)
    (paragraph,) = document.sections[0].intro
    assert paragraph.html == (
        "<ul><li>Eerste punt<ul><li>Onderdeel</li></ul></li><li>Tweede punt</li></ul>"
    )
    assert document.sections[0].initiatives == []


def test_bullet_broken_over_three_lines_is_one_card():
    source = read("wrapped-lines.txt")
    document = parse_text(source)
    cards = document.sections[0].initiatives
    assert len(cards) == 4
    assert cards[2].text == (
        "Vormingplus Kempen leert ouders hoe ze de schoolapps van hun kinderen gebruiken, "
        "zodat ze de communicatie met de school beter kunnen volgen."
    )
    assert (cards[2].lines.first, cards[2].lines.last) == (14, 16)
    assert_nothing_lost(source, document)


def test_hard_wrapped_lines_join_indented_or_not():
    document = parse_text(read("wrapped-lines.txt"))
    assert document.title == "Digitale inclusie in de buurt"
    assert document.intro[0].text == (
        "Steeds meer diensten verhuizen naar het internet. Wie niet mee kan, valt uit de boot. "
        "Onze leden bouwen bruggen, van computerlessen tot digitale spreekuren in het buurthuis."
    )
    leren, overheid = document.sections
    assert leren.initiatives[0].text.endswith(
        "in twaalf gemeenten, telkens in kleine groepen met vrijwilligers."
    )
    assert leren.initiatives[1].text.endswith("of de app van de bank terecht kunnen.")
    assert overheid.intro[0].text == (
        "Lokale besturen kunnen veel doen om digitale drempels te verlagen. "
        "Een paar voorbeelden uit de praktijk:"
    )
    assert len(overheid.initiatives) == 2


def test_short_line_after_a_list_is_an_image():
    document = parse_text(read("wrapped-lines.txt"))
    image = document.sections[0].items[-1]
    assert isinstance(image, Image)
    assert image.alt == "Laptopkast in de bibliotheek"
    warning = next(w for w in document.warnings if w.code == "image_missing")
    assert warning.line == 18 and "Laptopkast in de bibliotheek" in warning.message


def test_label_plus_indented_body_is_one_titled_card():
    source = read("label-body-bullets.txt")
    document = parse_text(source)
    assert headings(document) == ["Projects", "Resources"]
    cards = document.sections[0].initiatives
    assert [card.title for card in cards] == ["Green touring", "Repair cafés", "Solar stage"]
    assert cards[0].text == (
        "The Northern Ensemble plans its tours by train and shares transport with two other "
        "companies."
    )
    assert (cards[0].lines.first, cards[0].lines.last) == (9, 12)
    assert document.sections[1].initiatives[0].title == ""
    assert_nothing_lost(source, document)


def test_page_without_bullets_has_sections_of_paragraphs():
    source = read("no-bullets.txt")
    document = parse_text(source)
    assert document.title == "Cultuur in de wijk"
    assert headings(document) == ["Ontmoeting", "Verhalen"]
    assert cards_per_section(document) == [0, 0]
    assert [len(section.intro) for section in document.sections] == [2, 1]
    assert document.sections[0].intro[1].text == "Wie wil, kan ook zelf een workshop geven."
    assert_nothing_lost(source, document)


def test_debris_lines_go_to_unplaced_and_not_into_the_page():
    source = read("debris-and-contact.txt")
    document = parse_text(source)
    assert document.title == "Jeugdwerk en participatie"
    assert unplaced_texts(document)[:4] == [
        "Skip to content",
        "Menu",
        "Deze website gebruikt cookies om je surfervaring te verbeteren. Akkoord?",
        "Deel deze pagina",
    ]
    assert [u.line for u in document.unplaced[:4]] == [1, 2, 6, 14]
    assert document.unplaced[-1].text == "Home > Dossiers > Jeugdwerk en participatie"
    assert [p.text for p in document.intro] == [
        "Jeugdorganisaties willen meer inspraak in het lokale beleid. Zo pakken ze het aan."
    ]
    assert cards_per_section(document) == [2]
    assert_nothing_lost(source, document)


@pytest.mark.parametrize(
    ("line", "debris"),
    [
        ("Door Erik Vanhee", True),
        ("By Jane Smith", True),
        ("Door Lies Van den Broeck", True),
        ("Door Gent", False),  # `door` is also `through`: one capitalised word is a place
        ("Door samen te werken", False),
        ("Door de Stad", False),
        # … also as a blog prints it, the writer perhaps a team or a centre.
        ("A story by The Yard Adventure Centre", True),
        ("Een verhaal van An Claes", True),
        ("Posted by Margaret Hill", True),
        ("A story by accident", False),
    ],
)
def test_a_byline_is_debris_and_a_line_that_opens_with_door_is_not(line, debris):
    assert Detectors().is_debris(line) is debris


@pytest.mark.parametrize(
    ("line", "debris"),
    [
        ("Deel met je vrienden", True),
        ("Share with your friends", True),
        ("top of page", True),
        ("Top", True),
        ("↑ Top", True),
        ("Top 10 van de zomer", False),
        ("Iets toe te voegen aan deze pagina?", True),
        ("Was deze pagina nuttig?", True),
        ("Hoe nuttig vind je deze pagina?", True),
        ("How useful was this page?", True),
        ("Filter", True),  # a search widget's button
        ("reportage", True),  # the CMS's type of the page, printed alone above it
        ("Opinie", True),
        ("Een reportage over het kamp", False),
        ("Filter je afval voor je het buiten zet", False),
        ("Is this page useful?", True),
        ("Bijgewerkt op:", True),  # the CMS's stamp, its date lost in the export
        ("Gepubliceerd:", True),
        ("Gepubliceerd op 3 maart 2024", True),
        ("Help improve this webpage", True),
        ("Next page:", True),
        ("Vorige pagina", True),
        ("De volgende pagina's tonen onze projecten.", False),
        ("Deel je ervaring met ons", False),
        ("Was deze aanpak een succes?", False),
        ("Gepubliceerd werk van onze leden", False),
        ("Gewijzigd openingsuur vanaf 1 juli 2024", False),
        ("Bijgewerkt reglement 2024 voor de uitleendienst", False),
        # A link's tooltip left as a line, glued to the icons after it.
        ("Let op: opent in een nieuw venster PDFAfdrukkenE-mail", True),
        ("(opens in a new window)", True),
        ("Open in een nieuw venster een kaart van de buurt.", False),
        # A widget's help for the keyboard; a blog's gadgets and its comment form.
        ("Press Enter to show all options, press Tab go to next option", True),
        ("Druk op Enter om te zoeken", True),
        ("Pages", True),
        ("No comments:", True),
        ("3 comments:", True),
        ("Post a Comment", True),
        ("Leave a Reply", True),
        ("Geef een reactie", True),
        ("Older Posts", True),
        ("Press the button to start the film", False),
        ("Pages from our history", False),
        ("No comments from the council yet, but the meeting is on Monday.", False),
        # A search box that names the site; what a blog files a post under; its reply link.
        ("Search gov.ie", True),
        ("Zoeken op deze website", True),
        ("Search this site", True),
        ("Search for volunteers", False),
        ("Zoeken naar vrijwilligers", False),
        ("Thema's: Nieuwsblog", True),
        ("Tags: jeugd, sport", True),
        ("Filed under: Events", True),
        ("Thema: lokale verkiezingen", False),  # one theme: the dossier it belongs to
        ("Reageer op dit item", True),
        ("Reply to this post", True),
        ("Reageer voor 1 mei op de bevraging van de gemeente.", False),
        # A menu of the page's parts, its links lost; the teasers of other posts.
        ("Snel naar:", True),
        ("Jump to:", True),
        ("Meer berichten", True),
        ("More news", True),
        ("Go to the website of the council", False),
        ("Meer nieuws over de verkiezingen", False),
    ],
)
def test_share_buttons_page_feedback_and_stamps_are_debris(line, debris):
    assert Detectors().is_debris(line) is debris


@pytest.mark.parametrize(
    ("line", "invites"),
    [
        ("Interesse? Nog vragen? Neem zeker eens contact op met de voorzitter.", True),
        ("Wil je de werking mee opvolgen? Bekijk dan zeker even de verslagen.", True),
        ("Meer uitleg nodig? Contacteer ons op info@voorbeeld.be", True),
        ("Organiseer jij een buurtfeest? Vraag dan nu je vergunning aan.", True),
        ("Got a project in mind? Apply before the end of March.", True),
        ("Please R.S.V.P. to the secretary before Friday.", True),
        ("RSVP by 3 May to the club house.", True),
        ("Wat doet de gemeente? Ze neemt de kosten van de zaal op zich.", False),
        ("Hoe groot is de armoede in Vlaanderen? Eén op zeven mensen leeft in armoede.", False),
    ],
)
def test_a_question_to_the_reader_then_what_to_do_is_a_call_to_action(line, invites):
    assert (Detectors().call_to_action(line, Lines.one(1)) is not None) is invites


@pytest.mark.parametrize(
    ("line", "invites"),
    [
        ("Give us a call...", True),
        ("View the guide to starting a neighbourhood association.", True),
        ("Visit our website for the full programme.", True),
        ("Bezoek de website van het netwerk.", True),
        ("Dien jouw buurtproject in via het evenementenformulier.", True),
        ("Vraag je subsidie aan met het formulier.", True),
        ("For questions and assistance, email the neighbourhood team.", True),
        ("Voor meer informatie, mail naar het secretariaat.", True),
        ("Contact any member of the board for more information.", True),
        ("Come on down to the centre and see how you can help!", True),
        ("Kom langs op een van onze open repetities.", True),
        ("Help je mee zodat we jullie nog beter kunnen steunen?", True),
        ("Zie ook: ‘Hoe richt je een vzw op?’", True),
        ("See also: our guide to running a committee", True),
        ("Please email us through the form below.", True),
        ("HIER LEZEN Klik om te downloaden", True),
        ("Please note that the hall is closed in August.", False),
        ("Contactgegevens van de vereniging", False),
        ("Helpdesk en openingsuren", False),
        # The noun a heading opens with, and a procedure's step that says more, stay text.
        ("Bezoek aan de Kamer van Koophandel", False),
        ("View of the harbour at dusk", False),
        ("Dien je aanvraag acht weken vooraf in. Dan is er tijd genoeg.", False),
        ("For years, the club met in the old school.", False),
        ("Sluit je aan !!", True),
        ("Drop us an email or come along to the next meeting.", True),
        # What to do if the reader is asked, said in one sentence.
        (
            "Heb je vragen over de Jeugdharmonie of wil je er wat meer over weten, stuur dan een "
            "berichtje naar jeugdharmonie@example.org .",
            True,
        ),
        ("Wil je meehelpen aan het buurtfeest, meld je dan aan bij de voorzitter.", True),
        ("If you can spare a couple of hours a month, then please contact the secretary.", True),
        ("If you would like to help, please get in touch.", True),
        ("Heb je een vergunning, dan mag je de straat afsluiten.", False),
        ("If you live in the village, the hall is yours to use.", False),
        ("If you are over 65, contact tracing does not apply.", False),
        ("Heb je vragen, stuur dan een mail. Daarna bellen we je terug.", False),
    ],
)
def test_an_imperative_to_visit_hand_in_or_write_is_a_call_to_action(line, invites):
    assert (Detectors().call_to_action(line, Lines.one(1)) is not None) is invites


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Chairman Dendy Harris", ("Chairman", "Dendy Harris")),
        ("Minutes Secretary Angela Eason", ("Minutes Secretary", "Angela Eason")),
        ("Dirigent Jan De Smet", ("Dirigent", "Jan De Smet")),
        # The body a role serves is no person; a role alone, or in a sentence, names no one.
        ("Secretaris Cultuurraad Asse", None),
        ("Secretary General", None),
        ("Voorzitter Jan Peeters opende de vergadering", None),
        # … or name then role, after a comma or in brackets, as a board's members are listed.
        ("Hans van Leeuwen, voorzitter", ("voorzitter", "Hans van Leeuwen")),
        ("Nico Hulsman, ad interim penningmeester", ("ad interim penningmeester", "Nico Hulsman")),
        ("Ann Claes (secretaris)", ("secretaris", "Ann Claes")),
        ("Cultuurraad Asse, secretaris", None),
        # Whoever keeps, leads or manages something holds a role too.
        ("Materiaalmeester: Steven Deryckere", ("Materiaalmeester", "Steven Deryckere")),
        ("Secretariaat: Trees De Prest", ("Secretariaat", "Trees De Prest")),
        # A heading, a street or a band is no person.
        ("Leader Training Day", None),
        ("Warden Hill Road", None),
        ("Koninklijke Harmonie, dirigent", None),
        ("Hans van Leeuwen, voorzitter van de raad sinds 2019", None),
    ],
)
def test_an_officer_listed_role_then_name_is_a_contact(line, person):
    found = Detectors().contact(line, Lines.one(1))
    assert ((found.role, found.name) if found else None) == person


@pytest.mark.parametrize(
    ("line", "hours"),
    [
        ("Mon - Fri: 9:00am - 4:00pm", True),
        ("Mon-Fri 9.00am-4.00pm", True),
        ("dinsdag9-12 uur", True),
        ("Ma. t/m vr. van 9u tot 12u", True),
        ("Di - Do: 10.00 - 12.00 en 13.30 - 16.00", True),
        ("Maandag", False),  # a day alone, or a date, is no opening hours
        ("Zaterdag 12 mei", False),
        ("Wat doen we op maandag?", False),
        ("Open 9-17", False),
        ("Vrijdag 13", False),  # a day and a number: a date
        ("Zaterdag 12 - zondag 13", False),
        ("Vrijdag 20u", False),  # a day and one time: an event's
    ],
)
def test_a_line_of_only_days_and_hours_is_opening_hours(line, hours):
    assert opening_hours(line) is hours


@pytest.mark.parametrize(
    ("line", "debris"),
    [
        ("naar top", True),
        ("Vlaamse Gemeenschapscommissie Brussel - naar homepage", True),
        ("Terug naar de startpagina", True),
        ("Back to top >>", True),  # a link's arrows are no words
        # A link back to the page above, by its name.
        ("Back to WHAT WE DO", True),
        ("« Terug naar NIEUWS", True),
        ("Terug naar de natuur: wandelen met de gids", False),
        ("Back to School", False),  # where a story goes, not a link back
        ("Terug naar Zee", False),
        ("Ga naar de top van de berg", False),
        ("We gaan samen naar de homepage van de stad kijken", False),
    ],
)
def test_back_to_top_and_a_logos_link_home_are_debris(line, debris):
    assert Detectors().is_debris(line) is debris


def test_contact_with_email_and_phone_lines_is_one_top_level_contact():
    document = parse_text(read("debris-and-contact.txt"))
    contacts = [item for item in document.body if isinstance(item, Contact)]
    assert len(contacts) == 1
    contact = contacts[0]
    assert contact.name == "Jonas Claes"
    assert contact.action_label == "Neem contact op met Jonas"
    assert contact.email == "jonas.claes@jeugdkoepel.be"
    assert contact.phone == "02 555 12 34"
    assert (contact.lines.first, contact.lines.last) == (16, 19)
    assert "Tel.:" in unplaced_texts(document)


def test_text_after_a_contact_is_top_level():
    document = parse_text(read("debris-and-contact.txt"))
    assert isinstance(document.body[-1], Paragraph)
    assert document.body[-1].text == "Dit dossier wordt regelmatig aangevuld."
    assert len(document.sections[0].items) == 2


def test_contact_details_after_a_blank_line_join_the_contact():
    source = "Titel\n\nAn Peeters Neem contact op met An\n\nan.peeters@example.org\n+32 2 555 66 77"
    document = parse_text(source)
    (contact,) = document.body
    assert isinstance(contact, Contact)
    assert contact.email == "an.peeters@example.org"
    assert contact.phone == "+32 2 555 66 77"
    assert (contact.lines.first, contact.lines.last) == (3, 6)
    assert_nothing_lost(source, document)


def test_cards_before_any_heading_get_a_section_without_heading():
    source = (
        "Titel\n\nEen inleiding.\n\n- Een vereniging opent een repair café in de bib.\n"
        "- Een koor zingt elke maand in het woonzorgcentrum.\n"
    )
    document = parse_text(source)
    assert headings(document) == [""]
    assert cards_per_section(document) == [2]
    assert any(w.code == "section_without_heading" for w in document.warnings)


def test_line_ending_in_colon_before_a_list_is_intro_not_heading():
    source = "Titel\n\nSectie\n\nEnkele voorbeelden:\n- Een.\n- Twee.\n"
    document = parse_text(source)
    assert headings(document) == ["Sectie"]
    assert document.sections[0].intro[0].text == "Enkele voorbeelden:"


def test_a_fields_label_over_its_value_heads_it():
    """`Werkgebied:` with its value on the next line is a fact sheet's heading, the value its
    text; a clause ending in `:` still leads in to the list under it."""
    source = (
        "Vrijwilligersgroep De Beek\n\nWerkgebied:\nDe vallei tussen Aarschot en Diest\n\n"
        "Wanneer:\nElke tweede zaterdag van de maand\n\nEnkele voorbeelden:\n- Een.\n- Twee.\n"
    )
    document = parse_text(source)
    assert headings(document) == ["Werkgebied", "Wanneer"]
    assert [p.text for p in document.sections[0].intro] == ["De vallei tussen Aarschot en Diest"]
    assert document.sections[1].intro[1].text == "Enkele voorbeelden:"
    assert_nothing_lost(source, document)


def test_the_titles_word_leading_in_to_a_list_is_a_sentence_not_a_copy_of_the_title():
    source = (
        "Amateurkunsten\n\nVeel mensen spelen, zingen of dansen in hun vrije tijd.\n\n"
        "De waarde van amateurkunsten\n\nAmateurkunsten:\n"
        "- leveren een bijdrage aan de sociale cohesie;\n- vormen een onderdeel van ons bestel.\n"
    )
    document = parse_text(source)
    assert "Amateurkunsten:" not in unplaced_texts(document)
    assert document.sections[0].intro[0].text == "Amateurkunsten:"
    assert_nothing_lost(source, document)


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("Voorzitter: Jan Smis", "Jan Smis", "Voorzitter"),
        ("Secretaris: Marie van den Berg", "Marie van den Berg", "Secretaris"),
        ("Chair: Jane Smith", "Jane Smith", "Chair"),
        ("Bevoegde schepen: Greta Vandeputte", "Greta Vandeputte", "Bevoegde schepen"),
        ("Tony Cross – Council Chairman", "Tony Cross", "Council Chairman"),
        ("Lena Jordan - Parish Clerk", "Lena Jordan", "Parish Clerk"),
        ("Treasurer – Pauline Cooke", "Pauline Cooke", "Treasurer"),
        ("Bestuurslid - An Peeters", "An Peeters", "Bestuurslid"),
        ("Member – John Atkinson", "John Atkinson", "Member"),
    ],
)
def test_a_role_and_who_holds_it_is_a_contact(line, name, role):
    contact = Detectors().contact(line, Lines(1, 1))
    assert (contact.name, contact.role) == (name, role)


@pytest.mark.parametrize(
    "line",
    [
        "Voorzitter: de burgemeester",
        "Thema: Erfgoed en Jeugd",
        "Kunstenhuis Noord - een plek voor iedereen",
        "Open Monumentendag – Erfgoed Zoersel",
        "Stad Gent – Over de burgemeester",
        "Mail de burgemeester: Jan Smis",
        "Leden – volledig bezet",
        "Member benefits - Free Entry",
    ],
)
def test_a_label_before_no_person_is_no_contact(line):
    assert Detectors().contact(line, Lines(1, 1)) is None


def test_a_signature_with_street_and_town_is_one_contact_named_by_its_first_line():
    source = (
        "Provinciale koepels\n\nHeemkunde Limburg\n\nwww.heemkunde-limburg.be\n\n"
        "Heemkunde Limburg vzw bevordert de heemstudie in de hele provincie.\n\n"
        "Raymond Lambie\nGijzenveldstraat 43\n3690 ZUTENDAAL\ntel: 089 71 64 45\n"
        "e-mail: secretariaat@heemkunde-limburg.be\n"
    )
    document = parse_text(source)
    section = document.sections[0]
    assert section.heading == "Heemkunde Limburg"
    assert section.intro[0].text == "www.heemkunde-limburg.be"  # a website, not a heading
    everywhere = [*document.body, *section.items]
    contacts = [item for item in everywhere if isinstance(item, Contact)]
    assert [(c.name, c.email) for c in contacts] == [
        ("Raymond Lambie", "secretariaat@heemkunde-limburg.be")
    ]
    assert_nothing_lost(source, document)


def test_a_sections_name_in_capitals_above_the_title_is_not_the_title():
    source = (
        "top of page\n\nVRIJWILLIGERSCENTRALE\n\nVraag & Antwoord\n\n"
        "Hieronder vind je de antwoorden op de meest gestelde vragen over vrijwilligerswerk.\n"
    )
    document = parse_text(source)
    assert document.title == "Vraag & Antwoord"
    assert unplaced_texts(document)[:2] == ["top of page", "VRIJWILLIGERSCENTRALE"]
    assert_nothing_lost(source, document)


def test_a_taglines_tail_above_the_page_is_not_the_title():
    source = (
        "the Community Foundation for the people of Kirklees.\n\n"
        "Funding for local communities\n\n"
        "There are still many communities in the UK that suffer from deprivation.\n"
    )
    document = parse_text(source)
    assert document.title == "Funding for local communities"
    assert unplaced_texts(document)[0] == "the Community Foundation for the people of Kirklees."
    assert_nothing_lost(source, document)


def test_a_line_with_a_sentence_break_is_text_not_a_heading():
    source = "Titel\n\nSectie\n\nKort. En nog iets\n\n- Een kaart.\n"
    document = parse_text(source)
    assert headings(document) == ["Sectie"]
    assert document.sections[0].intro[0].text == "Kort. En nog iets"


def test_single_short_line_before_the_first_heading_is_the_title_not_an_image():
    # Two short lines, but cards follow the intro: the second line is a heading.
    source = "Klimaat\n\nGroene podia\n\nEen inleiding op deze sectie.\n\n- Een kaart.\n"
    document = parse_text(source)
    assert document.title == "Klimaat"
    assert document.header_image is None
    assert headings(document) == ["Groene podia"]


def test_file_name_before_the_title_is_the_header_image():
    document = parse_text("banner-klimaat.jpg\n\nKlimaat en cultuur\n\nSectie\n- Kaart.\n")
    assert document.header_image is not None
    assert document.header_image.alt == "banner-klimaat.jpg"
    assert document.title == "Klimaat en cultuur"


def test_carriage_returns_alone_also_end_lines():
    document = parse_text(
        "Titel\r\rSectie\r- Een vereniging opent een repair café.\r- Een koor zingt elke week."
    )
    assert document.title == "Titel"
    assert [card.lines.first for card in document.sections[0].initiatives] == [4, 5]


def test_no_title_when_the_page_opens_with_a_paragraph():
    source = "Dit is een lange inleiding zonder titel erboven. Ze loopt door.\n\nSectie\n- Kaart.\n"
    document = parse_text(source)
    assert document.title == ""
    assert len(document.intro) == 1
    assert headings(document) == ["Sectie"]


@pytest.mark.parametrize("name", ["empty.txt", "whitespace-only.txt"])
def test_empty_or_blank_file_gives_an_empty_document(name):
    assert parse_text(read(name)) == Document()


def test_empty_string_gives_an_empty_document():
    assert parse_text("") == Document()


# -------------------------------------------------------------------------- any text

MARKERS = ["•", "-", "*", "–", "—", "◦", "▪", "·", "1.", "12)", "a)", "•\t"]
VOCABULARY = [
    "Okra", "vzw", "klimaat", "Cultuur", "de", "en", "doet.", "zo,", "(samen)", "24", "ça",
    "Wist", "je?", "dat!", "Laat", "het", "ons", "weten", "contact", "op", "met", "An",
    "an@example.org", "02 555 12 34", "cookies", "Dossier:", "…", ",", ")", "x\u00ady",
    "a\u200bb", "\u00a0", "\t", "jpg", "Foto:", "Foto's", "Voorzitter:", "Jan", "Smis", "–",
    "Chairman", "Wat:", "Vervoer:", "www.voorbeeld.be", "moet", "May", "We", "Project", "3-12",
    "Bijgewerkt", "Top", "1.02.2019",
]  # fmt: skip
phrases = st.lists(st.sampled_from(VOCABULARY), max_size=14).map(" ".join)
bullet_lines = st.builds(
    lambda indent, marker, text: indent + marker + " " + text,
    st.sampled_from(["", " ", "  ", "\t", "    ", "\u00a0\u00a0"]),
    st.sampled_from(MARKERS),
    phrases,
)
any_line = st.text(max_size=60).map(lambda s: s.replace("\n", " ").replace("\r", " "))
lines = st.one_of(
    st.just(""),
    bullet_lines,
    phrases,
    st.builds(lambda text: "  " + text, phrases),
    any_line,
    st.sampled_from(["Skip to content", "Deel deze pagina", "Tel.: 02 555 12 34", "-----"]),
)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_parses_without_error_or_lost_words(source):
    document = parse_text(source)
    assert not any(w.code == "parse_degraded" for w in document.warnings)
    assert_nothing_lost(source, document)


@settings(max_examples=200, deadline=None)
@given(st.lists(lines, max_size=40), st.sampled_from(["\n", "\r\n", "\r"]))
def test_random_dossier_lines_parse_without_error_or_lost_words(source_lines, newline):
    source = newline.join(source_lines)
    document = parse_text(source)
    assert not any(w.code == "parse_degraded" for w in document.warnings)
    assert_nothing_lost(source, document)
    for section in document.sections:
        for card in section.initiatives:
            assert card.text or card.title


# -------------------------------------------------------------------------- size


def test_two_thousand_card_dossier_gives_two_thousand_cards():
    parts = ["Groot dossier", "", "Dossier: Test", "", "Een inleiding.", ""]
    for section in range(20):
        parts += [f"Thema {section}", ""]
        parts += [
            f"• Organisatie {section}-{card} doet iets bijzonders in gemeente {card}."
            for card in range(100)
        ]
        parts.append("")
    source = "\n".join(parts)
    document = parse_text(source)
    assert len(document.sections) == 20
    assert sum(cards_per_section(document)) == 2000
    assert_nothing_lost(source, document)


def test_a_failing_detector_does_not_raise_and_keeps_every_line():
    class Broken(Detector):
        def contact(self, text: str, lines: Lines) -> Contact | None:
            raise RuntimeError("boom")

    source = "Titel\n\nSectie\n- Kaart.\n"
    document = parse_text(source, detectors=Detectors([Broken()]))
    assert [w.code for w in document.warnings] == ["parse_degraded"]
    assert [(p.text, p.lines.first) for p in document.intro] == [
        ("Titel", 1),
        ("Sectie", 3),
        ("- Kaart.", 4),
    ]
    assert_nothing_lost(source, document)


def test_a_top_written_without_blank_lines_still_gives_alt_text_title_and_labels():
    source = (FILES / "compact-top.txt").read_text("utf-8")
    document = parse_text(source)
    assert document.header_image.alt == "banner cultuur"
    assert document.title == "Cultuur in de gemeente - wat doen onze leden?"
    assert document.dossier_labels == ["Lokaal cultuurbeleid 2025", "Meerjarenplanning"]
    assert headings(document) == ["Bibliotheken en erfgoed", "Amateurkunsten"]
    # A short line in lower case is an image's alt text, not a heading.
    images = [item for item in document.sections[1].items if isinstance(item, Image)]
    assert [image.alt for image in images] == ["foto koor"]
    assert_nothing_lost(source, document)


def test_a_question_above_a_list_of_cards_is_a_heading():
    source = (FILES / "question-headings.txt").read_text("utf-8")
    document = parse_text(source)
    assert headings(document) == [
        "Hoe vind je nieuwe vrijwilligers?",
        "Wat zegt de wet?",
        "Vorming en ondersteuning",
    ]
    assert cards_per_section(document) == [2, 1, 2]
    assert [p.text for p in document.intro] == [
        "Vrijwilligers dragen ons middenveld. Hier bundelen we wat leden doen."
    ]
    assert_nothing_lost(source, document)


def test_points_that_name_no_one_are_a_list_and_initiatives_told_about_someone_are_cards():
    """A list that is all its section holds is still a list when its points name no one
    (tasks, rules with `moet`/`must`); items about someone who acts are cards."""
    source = (
        "Jeugdraad\n\nDe jeugdraad adviseert het gemeentebestuur over alles wat jongeren raakt."
        "\n\nTaken\n\n"
        "• Adviseren van het gemeentebestuur over het jeugdbeleid.\n"
        "• Advies geven over wat kinderen en jongeren raakt.\n"
        "• Activiteiten organiseren voor de jeugdbewegingen.\n\n"
        "Voorwaarden\n\n"
        "• Het initiatief moet openstaan voor alle inwoners.\n"
        "• Een aanvraag moet acht weken vooraf binnen zijn.\n\n"
        "Wat leden doen\n\n"
        "• Vief lanceert een vacaturebank voor lokale afdelingen.\n"
        "• Kunstenhuis Noord plaatst zonnepanelen op de repetitieruimte.\n"
    )
    document = parse_text(source)
    assert headings(document) == ["Taken", "Voorwaarden", "Wat leden doen"]
    assert cards_per_section(document) == [0, 0, 2]
    tasks, rules = document.sections[0].intro[0], document.sections[1].intro[0]
    assert tasks.html.startswith("<ul><li>Adviseren van het gemeentebestuur")
    assert rules.html.startswith("<ul><li>Het initiatief moet openstaan")
    assert_nothing_lost(source, document)


def test_names_with_their_roles_are_one_contact_each_in_a_list_or_line_under_line():
    source = (
        "Seniorenraad\n\nDe seniorenraad adviseert de gemeente over alles wat senioren raakt.\n\n"
        "Samenstelling\n\n • Voorzitter: Jacques Verhulst\n • Secretaris: An-Sofie Vaernewyck\n\n"
        "Het bestuur\n\nTony Cross – Council Chairman\nSarah Palmer – Council Vice Chair\n"
    )
    document = parse_text(source)
    everywhere = [*document.body, *(item for s in document.sections for item in s.items)]
    contacts = [(c.name, c.role) for c in everywhere if isinstance(c, Contact)]
    assert contacts == [
        ("Jacques Verhulst", "Voorzitter"),
        ("An-Sofie Vaernewyck", "Secretaris"),
        ("Tony Cross", "Council Chairman"),
        ("Sarah Palmer", "Council Vice Chair"),
    ]
    assert not any(section.initiatives for section in document.sections)
    assert_nothing_lost(source, document)


def test_a_short_name_ending_in_a_colon_standing_alone_heads_what_follows():
    source = (
        "Materiaal lenen\n\nDe gemeente leent tafels, stoelen en podia uit aan verenigingen.\n\n"
        "Vervoer:\n\n- Het materiaal wordt gebracht en opgehaald.\n- Spreek een uur af.\n\n"
        "Er zijn drie soorten materiaal:\n\n- Meubilair.\n- Podia en tenten.\n- Geluid.\n"
    )
    document = parse_text(source)
    assert headings(document) == ["Vervoer"]
    assert document.sections[0].intro[1].text == "Er zijn drie soorten materiaal:"
    assert_nothing_lost(source, document)


def test_a_title_printed_twice_above_the_intro_is_no_teaser_of_an_overview():
    source = (
        "Vrijwilligers werken gratis, maar niet voor niets!\n\n"
        "Vrijwilligers werken gratis, maar niet voor niets!\n\n"
        "Een op de vijf Vlamingen doet vrijwilligerswerk, in de zorg, in de sport en elders.\n\n"
        "Vrijwilligers doen van alles\n\n"
        "In de zorgsector hebben beroepskrachten soms te weinig tijd voor een babbel.\n\n"
        "Door en door een beweging\n\n"
        "Wat zou onze vereniging zijn zonder de mensen die haar dragen?\n"
    )
    document = parse_text(source)
    assert document.title == "Vrijwilligers werken gratis, maar niet voor niets!"
    assert headings(document) == ["Vrijwilligers doen van alles", "Door en door een beweging"]
    assert cards_per_section(document) == [0, 0]
    assert_nothing_lost(source, document)


def test_a_date_under_a_lead_stands_alone_and_a_credits_name_goes_on_its_label():
    source = (
        "welzijn & zorg\n\nVrijwilliger zonder zorgen\n\n"
        "Het steunpunt wil geïnformeerde en verzekerde vrijwilligers\n1.02.2019\nFoto's\n"
        "Bob Van Mol\n\nHet steunpunt is al jaren het aanspreekpunt voor vrijwilligers.\n"
    )
    document = parse_text(source)
    assert unplaced_texts(document) == ["1.02.2019"]
    assert "Foto's Bob Van Mol" in [p.text for p in document.intro]
    assert_nothing_lost(source, document)


def test_teasers_printed_twice_right_under_the_title_are_an_overviews_cards():
    source = "Nieuws\n\n" + "".join(
        f"Bericht {name}\n\nBericht {name}\n\nEen korte tekst over het bericht {name} van de "
        "vereniging.\n\nLees meer\n\n"
        for name in ("A", "B", "C")
    )
    document = parse_text(source)
    assert document.title == "Nieuws"
    cards = [card for section in document.sections for card in section.initiatives]
    assert [card.title for card in cards] == ["Bericht A", "Bericht B", "Bericht C"]
    assert_nothing_lost(source, document)


def test_a_sentence_wrapped_before_a_name_gives_no_title():
    source = "Wat leden doen\n\n• De vrijwilligers van\n  Okra Zoersel helpen bij de kerstmarkt.\n"
    (card,) = parse_text(source).sections[0].initiatives
    assert card.title == ""
    assert card.text == "De vrijwilligers van Okra Zoersel helpen bij de kerstmarkt."


@pytest.mark.parametrize("label", ["Foto's", "Foto’s", "Beeld:", "Tekst en foto’s"])
def test_a_credits_label_alone_takes_the_name_under_it(label):
    source = (
        "Vrijwilliger zonder zorgen\n\nHet steunpunt helpt vrijwilligers en hun verenigingen "
        f"al jaren.\n\n{label}\nBob Van Mol\n"
    )
    document = parse_text(source)
    assert f"{label} Bob Van Mol" in [p.text for p in document.intro]


def test_a_fact_sheets_question_labels_head_their_values():
    source = "Buurtfeest\n\nWat:\nEen feest voor de hele straat\n\nWaar:\nIn het park\n\n"
    source += "Voor wie:\nVoor alle buren, jong en oud\n"
    assert headings(parse_text(source)) == ["Wat", "Waar", "Voor wie"]


def test_the_sites_name_a_menu_opens_with_printed_again_is_not_the_title():
    source = (
        "Vlaamse Ouderenraad Lokaal Actualiteit Info Beleid Ouderenweek\nVlaamse Ouderenraad\n\n"
        "Geschiedenis\n\nIn de jaren zeventig organiseerden de bonden van gepensioneerden zich.\n"
    )
    document = parse_text(source)
    assert document.title == "Geschiedenis"
    assert "Vlaamse Ouderenraad" in unplaced_texts(document)
    assert_nothing_lost(source, document)


@pytest.mark.parametrize(
    "credit", ["Photo credit: Duncan Walker", "Fotocredits: Jan Smis", "Image courtesy of Age UK"]
)
def test_a_photo_credit_between_paragraphs_heads_nothing(credit):
    source = (
        "A typical rehearsal\n\nSo, how do we rehearse?\n\nMembers arrive to put out chairs and"
        f" collect their music.\n\n{credit}\n\nThe rehearsal starts with a warm-up, then we"
        " sing.\n"
    )
    document = parse_text(source)
    assert headings(document) == ["So, how do we rehearse?"]
    (credit_block,) = [r for r in document.reading if r.text == credit]
    assert credit_block.role == "caption"
