"""What real legacy pages do that a line-by-line reading gets wrong: one fixture per pattern.

Each fixture in ``tests/files/patterns`` is a small page written to show one pattern seen on
real pages (the corpus in ``tests/corpus`` has the real ones); the test says how a person
would rebuild it, and that no word is lost.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus.scoring import import_page
from tests.documents import assert_words_kept
from wagtail_dossiers.importer.document import (
    CallToAction,
    Contact,
    Document,
    Image,
    Initiative,
    Lines,
    Paragraph,
    Subheading,
)
from wagtail_dossiers.importer.words import words

PATTERNS = Path(__file__).parents[1] / "files" / "patterns"


def read(name: str) -> Document:
    """The fixture imported as the pipeline would (decode, sniff, read, enrich), words kept."""
    document, _, visible = import_page(PATTERNS / name)
    assert_words_kept(words(visible), document)
    return document


def headings(document: Document) -> list[str]:
    return [section.heading for section in document.sections]


def cards(document: Document) -> list[Initiative]:
    return [card for section in document.sections for card in section.initiatives]


def actions(document: Document) -> list[str]:
    """The texts of the calls to action the sections hold."""
    return [
        item.text for section in document.sections for item in section.items
        if isinstance(item, CallToAction)
    ]  # fmt: skip


def test_questions_sentences_and_framed_lines_are_headings():
    document = read("question-and-sentence-headings.txt")
    assert headings(document) == [
        "Wat kan de gemeente doen?",  # a question above a list
        "Klaar voor 2025? Ook een verkiezingsjaar.",  # right under the list, above its text
        "FOCUS OP ONTMOETING",  # the rules drawn around it are not words of it
    ]
    # A heading right above another heading is its parent: the second is a sub-heading.
    first, card = document.sections[2].items
    assert isinstance(first, Subheading) and first.text == "Ontmoeting"
    assert card.text.startswith("Het buurthuis De Ster")


def test_an_alt_text_above_a_question_title_is_the_header_image():
    document = read("title-after-alt-text.txt")
    assert document.header_image.alt == "header koffietafel"
    assert document.title == "Wat doen onze leden voor eenzame ouderen?"
    assert any(w.code == "image_missing" for w in document.warnings)


def test_a_teaser_whose_paragraph_follows_its_title_without_a_blank_line():
    document = read("teaser-without-blank-line.txt")
    assert document.title == "Repair café in de bib"
    assert [p.text[:24] for p in document.intro] == ["Elke eerste zaterdag van"]


def test_html_without_h1_takes_its_title_without_the_sites_name():
    document = read("title-with-site-suffix.html")
    assert document.title == "Cultuur en klimaat"
    assert "- Dossiers - Cultuurkoepel" in [u.text for u in document.unplaced]


def test_file_names_and_credits_are_not_glued_to_the_text_around_them():
    document = read("stray-short-lines.txt")
    images = [item for item in document.body if isinstance(item, Image)]
    assert [image.alt for image in images] == ["230914 zaal gent 112 LOW RES"]
    texts = [p.text for p in document.intro + document.body if isinstance(p, Paragraph)]
    assert "De heemkring brengt de geschiedenis van de wijk in beeld." in texts
    assert "Tijdens de erfgoeddag kwamen meer dan driehonderd bezoekers naar de zaal." in texts
    # The credit stands on its own, glued into no sentence.
    assert [text for text in texts if "Janssens" in text] == ["foto: © Jan Janssens"]


def test_an_invitation_in_a_longer_intro_and_a_name_in_prose_stay_text():
    document = read("calls-to-action-and-contacts.txt")
    assert document.intro[0].text.endswith("Laat het ons weten.")
    assert not actions(document)
    prose = document.sections[0].intro[0]
    assert "contacteer dan Lies Peeters" in prose.text


def test_a_signature_block_is_one_contact_with_its_fields():
    document = read("calls-to-action-and-contacts.txt")
    (contact,) = [item for item in document.body if isinstance(item, Contact)]
    assert contact.name == "An Verbeke"
    assert contact.role == "Coördinator vrijwilligerswerk"
    assert (contact.email, contact.phone) == ("an.verbeke@voorbeeld.be", "02 123 45 67")


def test_a_contact_line_with_fields_gives_each_field_its_place():
    document = read("contact-line-with-fields.txt")
    (contact,) = [item for item in document.body if isinstance(item, Contact)]
    assert (contact.name, contact.role) == ("Tom Claes", "jeugdconsulent")
    assert (contact.email, contact.phone) == ("tom.claes@voorbeeld.be", "050 12 34 56")


def test_get_in_touch_with_a_name_is_a_contact():
    document = read("english-contact.txt")
    (contact,) = [item for item in document.body if isinstance(item, Contact)]
    assert contact.name == "" and contact.action_label == "Get in touch with Sarah Jones"


def test_prose_sections_keep_their_text():
    document = read("prose-sections.txt")
    assert headings(document) == ["Waarom is ontmoeting belangrijk?", "Wat kan beter?"]
    assert [len(section.intro) for section in document.sections] == [1, 1]
    assert cards(document) == []


def test_title_lines_above_their_paragraphs_are_titled_cards():
    document = read("title-lines-above-paragraphs.txt")
    assert headings(document) == ["Lokale initiatieven"]
    assert [(card.title, card.text[:12]) for card in cards(document)] == [
        ("Buurtkeuken De Pot", "Elke donderd"),
        ("Fietsherstelplaats Trappers", "Jongeren ler"),
        ("Leesclub Bladwijzer", "Eens per maa"),
    ]


def test_tip_paragraphs_are_cards_titled_by_their_label():
    document = read("tips-with-labels.txt")
    assert [card.title for card in cards(document)] == ["Tip 1", "Tip 2", "Tip 3"]
    assert cards(document)[0].text.startswith("Maak je activiteiten zichtbaar")


def test_a_table_of_initiatives_gives_a_card_per_row():
    document = read("table-of-initiatives.html")
    rows = cards(document)
    assert [card.text.split(" — ")[0] for card in rows] == ["Welzijnsschakels", "De Keeting"]
    assert rows[0].links[0].url == "https://www.welzijnsschakels.example/"
    assert "Organisatie — Initiatief — Meer info" in [u.text for u in document.unplaced]


def test_chrome_of_a_div_layout_goes_to_the_report_and_the_logo_is_no_header_image():
    document = read("div-layout.html")
    assert document.title == "Jeugdwerk in de gemeente"
    assert document.header_image is None
    reported = " ".join(u.text for u in document.unplaced)
    for chrome in ("Dossiers", "U bent hier", "nieuwsbrief", "Kerkstraat"):
        assert chrome in reported
    assert [p.text[:12] for p in document.intro] == ["Jeugdwerk ma"]


def test_markdown_is_read_as_markup():
    document = read("markdown-export.md")
    assert document.title == "Muziek in de buurt"
    assert document.dossier_labels == ["Amateurkunsten"]
    assert "<b>Dit doen onze leden.</b>" in document.intro[0].html
    first, second = cards(document)
    assert (first.title, second.title) == ("Muziekhuis De Toon", "Harmonie Sint-Cecilia")
    assert [link.url for link in first.links] == ["https://detoon.example/"]
    items = document.sections[0].items
    assert [image.alt for image in items if isinstance(image, Image)] == [
        "Jonge band in de repetitieruimte"
    ]
    assert not any("**" in p.text for p in items if isinstance(p, Paragraph))


def test_a_malformed_markdown_link_gives_two_links_not_one_address():
    document = read("markdown-export.md")
    calendar = document.sections[0].items[-1]
    assert {link.url for link in calendar.links} == {"https://a.example/x"}
    assert (
        'href="https://a.example/x"' in calendar.html and "x](" not in calendar.html.split('"')[1]
    )


def test_nesting_follows_indentation_not_the_marker():
    document = read("nesting-by-indentation.txt")
    first, second = cards(document)
    assert "<ul><li>De turnkring gebruikt de zaal" in first.html
    assert second.text.startswith("Het koor en de toneelvereniging")


def test_one_paragraph_per_line_stays_one_paragraph_per_line():
    document = read("one-paragraph-per-line.txt")
    assert [p.text[:4] for p in document.sections[0].intro] == ["2004", "2010", "2019"]


def test_leftovers_a_bare_dot_a_caption_above_its_image_and_an_image_prefix():
    document = read("leftovers.txt")
    assert document.header_image.alt == "banner dorpsfeest"
    assert document.title == "Het dorpsfeest"
    section = document.sections[0]
    assert [card.text for card in section.initiatives] == [
        "De feestcommissie zoekt elk jaar vijftig vrijwilligers voor de opbouw."
    ]
    image = section.items[-1]
    assert isinstance(image, Image)
    assert (image.alt, image.caption) == ("De kinderoptocht", "Foto: Marc Peeters")


def test_points_amid_the_prose_are_a_list_and_initiatives_are_cards():
    document = read("points-and-initiatives.txt")
    # A line saying what a photo shows is the image's alt text, not a heading.
    assert document.header_image.alt == "Groepsfoto van het harmonieorkest op het plein"
    # The points a sentence leads in to (`:`), and points amid the text that name no one,
    # stay in the prose as lists; the intro is the text before the first heading.
    listed = [p.html for p in document.intro if p.html.startswith("<ul>")]
    assert len(listed) == 2
    assert "<li>ze is bereikbaar met het openbaar vervoer;</li>" in listed[0]
    assert "<li>Leg de afspraken op papier.</li>" in listed[1]
    # Items that tell who does what, with names, are the section's initiatives.
    assert headings(document) == ["Wat leden al doen"]
    assert [card.text[:30] for card in cards(document)] == [
        "Muziekvereniging De Eendracht ",
        "In Gent opende Fanfare Sint-Ce",
    ]


def test_numbering_that_starts_again_is_a_new_list_of_numbered_headings():
    document = read("numbered-questions.txt")
    # The questions at the top are the page's own table of contents: a list in the intro.
    assert [p.html.startswith("<ol>") for p in document.intro] == [True]
    # `1.` after `3.` starts again: each question above its answer is a numbered heading,
    # its number kept (the reader sees the same numbers as in the list above).
    assert headings(document) == [
        "1. Wie is verzekerd?",
        "2. Wat kost het?",
        "3. Hoe vraag ik het aan?",
    ]
    assert [s.intro[0].text[:20] for s in document.sections] == [
        "Elke vrijwilliger va",
        "De verzekering is gr",
        "Vul het formulier in",
    ]


def test_a_short_line_set_apart_above_and_written_right_above_its_text_is_a_heading():
    document = read("headings-above-their-text.txt")
    assert headings(document) == ["Opdracht", "Samenstelling", "Hoe vaak komt de jeugdraad samen?"]
    # The text under it, and the paragraphs after, are the section's prose, not a card.
    assert cards(document) == []
    assert [len(section.intro) for section in document.sections] == [2, 1, 1]


def test_skip_links_widgets_and_menus_in_plain_text_are_debris_each_on_its_line():
    document = read("chrome-lines-in-text.txt")
    # Each chrome line is debris by itself; the line under them does not go on with them.
    assert document.title == "Seniorenraad"
    assert [u.text for u in document.unplaced] == [
        "Overslaan en naar de inhoud gaan",
        "A- A A+",
        "Nieuws Agenda Vorming Publicaties Contact",
    ]
    assert document.intro[0].text.startswith("De seniorenraad geeft")


def test_html_without_heading_tags_has_its_headings_in_short_paragraphs():
    document = read("html-without-heading-tags.html")
    assert document.title == "Jeugdraad"
    assert headings(document) == ["Samenstelling", "Werking"]
    assert [len(section.intro) for section in document.sections] == [2, 1]
    # A signature written as separate paragraphs is still one contact.
    (contact,) = [item for item in document.body if isinstance(item, Contact)]
    assert (contact.name, contact.email) == ("Sarah Peeters", "sarah.peeters@voorbeeld.be")


def test_the_browser_tab_a_page_number_class_names_a_search_prompt_and_a_menu_are_debris():
    document = read("top-of-page-leftovers.txt")
    # `Page - Site` above the page's own title is what the browser's tab showed.
    assert document.title == "Jeugdraad"
    assert [u.text for u in document.unplaced][:4] == [
        "Jeugdraad - Gemeente Voorbeeld",
        "48211",
        "page-template-default,page,page-id-48211,theme-ver-2.1",
        "Waar ben je naar op zoek?",
    ]
    # The menu's items above everything are not a list of the page.
    assert not [p for p in document.intro if p.html.startswith("<ul>")]
    assert document.intro[0].text.startswith("De jeugdraad geeft")


def test_a_banner_above_the_title_a_back_button_and_a_title_broken_over_a_blank_line():
    document = read("banner-and-broken-title.txt")
    # The site-wide banner is not the page's; the title broken off before `buurten` is one.
    assert document.title == "Samen versterken we buurten"
    unplaced = [u.text for u in document.unplaced]
    assert "Find out changes to our services and advice in response to the storm" in unplaced
    assert "Terug" in unplaced
    assert document.intro[0].text.startswith("Wij werken samen met bewoners")


def test_a_contact_no_reader_can_reach_gets_a_warning_that_says_what_to_add():
    document = read("contacts-reachable-and-not.txt")
    contacts = [item for item in document.body if isinstance(item, Contact)]
    assert [(c.name, c.email) for c in contacts] == [
        ("An Peeters", "an.peeters@voorbeeld.be"),
        ("Elke Verhaeghe", ""),
    ]
    (warning,) = [w for w in document.warnings if w.code == "contact_unreachable"]
    assert warning.params == {"name": "Elke Verhaeghe"}
    assert "no e-mail address, phone number or link" in warning.message


def test_the_title_printed_again_is_debris_and_sentences_ending_in_a_question_are_text():
    document = read("title-again-and-a-question-in-prose.txt")
    assert document.title == "FAQ"
    assert "FAQ" in [u.text for u in document.unplaced]  # the second copy
    assert headings(document) == []
    assert [p.text[:20] for p in document.intro] == [
        "Een vraag? Hier vind",
        "Je hebt een verenigi",
        "Er zijn verschillend",
    ]


def test_text_above_the_first_heading_is_the_intro_with_an_image_among_it():
    document = read("image-amid-the-intro.txt")
    assert [p.text[:20] for p in document.intro] == ["Een buurtfeest breng", "Je hoeft er geen ver"]
    (image, section) = document.body
    assert (image.alt, image.caption) == ("zomerfeest plein 2022", "Foto: © Ria Smet")
    assert section.heading == "Wat regel je vooraf?"


def test_the_title_is_the_line_the_breadcrumb_or_the_document_title_names():
    document = read("title-named-by-the-tab.txt")
    assert document.title == "“Iedereen verdient een plek waar hij welkom is”"
    assert document.intro[0].text.startswith("Het buurthuis in de Stationsstraat")
    document = read("title-named-by-the-document-title.html")
    assert document.title == "Buurtwerk in beeld"
    # The site's name, as the document title ends, is no part of the page.
    assert "Samenlevingsopbouw Noord" in [u.text for u in document.unplaced]


def test_a_first_paragraph_that_is_the_browser_tab_is_debris_in_html_as_in_text():
    document = read("tab-line-in-html.html")
    assert document.title == "Vrijwilligers"
    assert "Vrijwilligers - Buurtwerk Noord" in [u.text for u in document.unplaced]


def test_html_typed_in_an_editor_reads_as_its_text_a_title_over_two_lines_and_dash_points():
    document = read("typed-in-an-editor.html")
    assert document.title == "Samen versterken we buurten"
    (points,) = [p for p in document.intro if p.html.startswith("<ul>")]
    assert points.html.count("<li>") == 3
    assert points.text.startswith("een buurthuis dat elke dag open is,")


def test_a_run_of_short_lines_each_over_one_short_text_is_an_overview_of_cards():
    document = read("overview-of-headlines.txt")
    assert [card.title for card in cards(document)] == [
        "Buurthuis De Ster viert tien jaar",
        "Nieuwe moestuin op het Kerkplein",
        "Repair café zoekt herstellers",
    ]
    assert cards(document)[2].text.endswith("de vaste herstellers leren je de kneepjes.")


def test_an_articles_byline_is_debris_not_a_heading():
    document = read("article-with-a-byline.txt")
    assert "Door An Peeters" in [u.text for u in document.unplaced]
    assert document.intro[0].text.startswith("Een leesclub begint")
    assert headings(document) == ["Waar vind je leden?"]


def test_a_contact_line_gives_the_person_the_role_before_and_not_the_fields_label():
    document = read("contact-lines-with-roles.txt")
    contacts = [item for item in document.body if isinstance(item, Contact)]
    assert [(c.name, c.role) for c in contacts] == [
        ("Maria Peeters", "Voorzitter"),
        ("Jan Van den Broeck", "Secretaris"),
    ]
    assert [c.email for c in contacts] == ["maria.peeters@voorbeeld.be", "jan.vdb@voorbeeld.be"]


def test_numbered_lines_set_apart_over_their_own_points_and_text_are_numbered_headings():
    document = read("numbered-headings-over-bullets.txt")
    assert headings(document) == [
        "1. Wie is vrijwilliger?",
        "2. Mag iedereen vrijwilligerswerk doen?",
    ]
    assert document.sections[1].intro[0].text.startswith("Iedereen mag vanaf zestien jaar")


def test_a_row_of_tags_or_a_hashtag_under_the_title_is_the_pages_theme_not_a_heading():
    document = read("tags-under-the-title.txt")
    assert document.dossier_labels == ["Fietsen - Duurzaamheid - Buurtwerk"]
    assert document.intro[0].text.startswith("In vier wijken leren jongeren")
    assert headings(document) == ["Hoe begon het?"]
    document = read("hashtag-under-the-title.txt")
    assert document.dossier_labels == ["#Jeugdwerkwerkt"]
    assert headings(document) == ["Een wereld die geen definitie kent"]


def test_the_type_of_page_printed_above_its_text_is_debris_not_a_heading():
    document = read("type-of-page-above-the-text.txt")
    assert "Persbericht" in [u.text for u in document.unplaced]
    assert document.intro[0].text.startswith("De eerste editie")
    assert headings(document) == ["Volgend jaar opnieuw"]
    # A sentence that names the type is the page's own text.
    assert document.sections[0].intro[0].text.endswith("leest u hoe u kunt helpen.")


@pytest.mark.parametrize("name", ["teasers-printed-twice.txt", "teasers-printed-twice.html"])
def test_teasers_with_their_name_printed_twice_and_a_read_more_link_are_titled_cards(name):
    document = read(name)
    assert headings(document) == [""]
    assert [card.title for card in cards(document)] == [
        "Zomerkamp in de Ardennen",
        "Nieuwe vrijwilligers in Hasselt",
        "Wie helpt mee met de kerstmarkt?",
    ]
    assert cards(document)[1].text.startswith("Na de oproep in het voorjaar")
    unplaced = [u.text for u in document.unplaced]
    assert unplaced.count("Lees meer") == 3
    assert "Zomerkamp in de Ardennen" in unplaced  # the copy the image's link printed


def test_a_heading_printed_twice_over_its_text_still_heads_a_section():
    document = read("heading-printed-twice.txt")
    assert headings(document) == ["Repetities", "Concerten"]
    assert cards(document) == []


def test_a_text_without_blank_lines_has_its_headings_in_the_short_lines_above_its_paragraphs():
    document = read("text-without-blank-lines.txt")
    assert document.title == "Zomerfestival in het park"
    assert headings(document) == [
        "Programma",
        "Praktisch",
        "Vrijwilligers",
        "Wat vragen we",
        "Partners",
    ]
    assert document.sections[0].intro[1].text.startswith("Op zondag is er een familiedag")
    assert document.sections[1].intro[0].text.startswith("Het park is bereikbaar")


@pytest.mark.parametrize(
    "name", ["two-lists-parted-by-a-blank-line.txt", "two-lists-one-after-the-other.html"]
)
def test_a_blank_line_amid_bullets_written_line_under_line_parts_two_lists(name):
    document = read(name)
    section = document.sections[0]
    assert [card.title for card in section.initiatives] == [
        "Financiering",
        "Begeleiding",
        "Uitleendienst",
    ]
    texts = section.intro + [item for item in section.items if isinstance(item, Paragraph)]
    points = [p for p in texts if p.html.startswith("<ul>")]
    assert len(points) == 1 and "bewoners doen zelf mee" in points[0].html


def test_texts_each_closed_by_the_same_link_are_the_items_of_an_overview():
    document = read("items-closed-by-a-link.txt")
    assert [p.text for p in document.intro] == [
        "Dit jaar kregen vier buurtprojecten een duwtje in de rug van het fonds."
    ]
    assert [card.text.split()[:2] for card in cards(document)] == [
        ["De", "Groene"],
        ["In", "de"],
        ["Repair", "Café"],
    ]
    assert [u.text for u in document.unplaced].count("Meer info") == 3


def test_a_name_above_a_title_written_as_a_sentence_is_the_sites_name_not_the_title():
    document = read("site-name-above-the-title.txt")
    assert document.title == "Subsidie voor buurtfeesten"
    assert "Gemeente Westerlo" in [u.text for u in document.unplaced]
    assert document.intro[0].text.startswith("Wie in de zomer")
    assert headings(document) == ["Wie kan een aanvraag doen?"]


def test_a_name_the_breadcrumb_above_ends_in_is_the_title_over_its_subtitle():
    document = read("title-named-by-a-breadcrumb-list.txt")
    assert document.title == "Buurtbemiddeling Leuven"


def test_the_type_of_page_glued_to_the_title_goes_to_the_report_and_not_a_title_word():
    document = read("type-of-page-glued-to-the-title.txt")
    assert document.title == "Nieuwe speeltuin in het Stadspark open"
    assert "Persbericht" in [u.text for u in document.unplaced]
    # A title that opens with a word a widget uses (`Zoeken`) keeps it: a sentence goes on.
    assert read("title-opening-with-a-widget-word.txt").title == (
        "Zoeken naar vrijwilligers in je buurt"
    )


def test_items_that_open_alike_are_one_statement_unrolled_point_by_point():
    document = read("points-that-open-alike.txt")
    assert headings(document) == ["Wat doet het fonds?", "Gesteunde plannen"]
    # Each item opens with the same words (`Het Buurtfonds Zuid …`): what one organisation
    # does, told point by point, is a list in the prose, however named and long its items.
    what, supported = document.sections
    assert what.initiatives == []
    texts = [p for p in what.intro + what.items if isinstance(p, Paragraph)]
    points = [p for p in texts if p.html.startswith("<ul>")]
    assert len(points) == 1
    assert points[0].html.count("<li>") == 3
    # Items that each open with a name of their own are the initiatives.
    assert [card.text.split()[:2] for card in supported.initiatives] == [
        ["Moestuin", "De"],
        ["Repair", "Café"],
    ]


def test_a_line_that_is_only_a_date_is_the_sites_written_with_commas_or_as_month_and_year():
    document = read("dates-the-site-printed.txt")
    # A date on a line of its own is when the old site published the page, not its words:
    # `donderdag, 14 maart, 2024` (commas as some CMSs print it) and `Oktober 2023`.
    assert [u.text for u in document.unplaced] == ["donderdag, 14 maart, 2024", "Oktober 2023"]
    assert document.header_image is None and document.dossier_labels == []
    # A date inside a sentence stays in it.
    assert document.intro[0].text.endswith(
        "In januari 2024 dienden ze hun aanvraag in bij de gemeente."
    )
    assert headings(document) == ["Hoe het begon"]


def test_counted_steps_each_over_more_than_their_own_text_are_headings_however_long():
    document = read("counted-steps-over-their-parts.txt")
    # `Stap 1 – …` and `Stap 2 – …` stand over lists and paragraphs up to the next count:
    # they open the guide's parts, though each is a long line.
    assert headings(document) == [
        "Stap 1 – Zoek een paar buren die mee willen organiseren en spreek een datum af",
        "Stap 2 – Vraag de toelating aan bij de gemeente, minstens acht weken op voorhand",
        "Nog enkele tips",
    ]
    # Counts that are each one paragraph (`Tip 1: …`) are the items of a run, not headings.
    assert [card.title for card in document.sections[2].initiatives] == ["Tip 1", "Tip 2"]


def test_a_remark_opening_with_voorbeeld_or_let_op_goes_on_with_the_prose():
    document = read("remarks-with-a-label.txt")
    # `Voorbeeld:` and `Let op:` say how a text bears on the one above; they name nothing,
    # so the paragraphs they open are the section's prose, not cards titled `Voorbeeld`.
    (section,) = document.sections
    assert section.heading == "Een evenwichtige samenstelling"
    assert section.initiatives == []
    texts = [p.text for p in section.intro + section.items if isinstance(p, Paragraph)]
    assert [text.split(":")[0] for text in texts[1:]] == ["Voorbeeld", "Voorbeeld", "Let op"]


def unplaced(document: Document) -> list[str]:
    return [u.text for u in document.unplaced]


def test_a_logo_in_capitals_broken_over_two_lines_is_the_sites_name_not_the_title():
    document = read("logo-in-capitals-over-two-lines.txt")
    assert document.title == "Werking en erkenning"
    assert {"HUIS VAN DE", "VOLKSMUZIEK"} <= set(unplaced(document))
    assert [p.text[:19] for p in document.intro] == ["Het Huis van de Vol", "Groepen kunnen bij "]


def test_an_invitation_above_the_title_is_a_banner_not_the_title():
    document = read("invitation-banner-above-the-title.txt")
    assert document.title == "Our story"
    assert "Tell us what you think of our new website." in unplaced(document)
    assert len(document.intro) == 2 and not document.sections


def test_a_news_item_dated_once_has_intertitles_not_an_overview_of_items(tmp_path):
    document = read("news-item-dated-once-with-intertitles.txt")
    # The breadcrumb (`Start > Nieuws > …`) names the page and goes to the report.
    assert document.title == "Tien jaar buurtateliers"
    assert {"Start > Nieuws > Tien jaar buurtateliers", "dinsdag 3 maart 2015"} <= set(
        unplaced(document)
    )
    intertitles = ["Een begin in één wijk", "Overal in de stad", "Een nieuwe brochure"]
    assert headings(document) == intertitles
    assert not cards(document)
    # Undated, names (not phrases) over one short text each are an overview's items.
    source = (PATTERNS / "news-item-dated-once-with-intertitles.txt").read_text("utf-8")
    names = ["Atelier Noord", "Atelier De Brug", "Brochure Tien Jaar"]
    for intertitle, name in zip(intertitles, names, strict=True):
        source = source.replace(f"{intertitle}\n", f"{name}\n")
    undated = tmp_path / "undated.txt"
    undated.write_text(source.replace("dinsdag 3 maart 2015\n\n", ""), encoding="utf-8")
    assert [card.title for card in cards(import_page(undated)[0])] == names
    # … and dated once, the same names are the article's intertitles.
    dated = tmp_path / "dated.txt"
    dated.write_text(undated.read_text("utf-8").replace(
        "Tien jaar buurtateliers\n\nOp", "Tien jaar buurtateliers\n\ndinsdag 3 maart 2015\n\nOp"
    ), encoding="utf-8")  # fmt: skip
    assert headings(import_page(dated)[0]) == names


def test_a_blogs_short_dates_and_filing_lines_go_to_the_report():
    document = read("blog-listing-dates-and-filed-under.txt")
    assert document.title == "The Director's Blog"
    assert {"Wed 4 Nov 2020", "Mon 12 Oct 2020", "Filed under: Funding news"} <= set(
        unplaced(document)
    )
    assert not document.sections
    assert [p.text[:9] for p in document.intro] == ["Many of y", "This mont"]


def test_a_menu_written_as_a_column_is_chrome_and_its_entry_printed_again_is_the_title():
    document = read("menu-column-above-the-title.txt")
    assert document.title == "Sport"
    reported = unplaced(document)
    assert "Atlas van de buurtinitiatieven" in reported
    assert "Start" in " ".join(reported) and "Contact" in " ".join(reported)
    assert [card.title for card in cards(document)] == ["Loopgroep De Polder", "Buurtvoetbal Zuid"]


def test_a_rubric_above_the_date_labels_the_page_whose_name_is_printed_twice():
    document = read("rubric-date-and-title-printed-twice.txt")
    assert document.title == "Buren openen samen een ruilkast"
    assert document.dossier_labels == ["Uit de regio"]
    assert unplaced(document).count("Buren openen samen een ruilkast") == 1
    assert "14 mei 2019" in unplaced(document)
    assert headings(document) == ["Hoe het begon"]


def test_a_breadcrumb_from_home_names_the_page_and_a_posts_stamp_is_chrome():
    document = read("post-stamp-and-home-breadcrumb.txt")
    assert document.title == "Over Buurtwerk Zuid"
    assert {"Home > Over Buurtwerk Zuid", "Blog | juni 2021 | 3 min lezen"} <= set(
        unplaced(document)
    )
    assert headings(document) == ["Twaalf vrijwilligers dragen de werking"]


def test_a_notice_the_site_prints_above_every_page_is_not_the_title():
    document = read("notice-banner-above-the-title.txt")
    assert document.title == "Volunteer drivers"
    notice = "Our offices are closed on bank holidays; the helpline stays open as usual."
    assert notice in unplaced(document)
    assert headings(document) == ["How to become a driver"]


def test_a_search_box_is_chrome_an_arrow_after_a_question_invites_and_an_announced_name_is_text():
    document = read("search-box-arrow-link-and-announced-name.txt")
    assert document.title == "Onze geschiedenis"
    assert {"Sluit zoekveld", "Waarmee kunnen wij je van dienst zijn?"} <= set(unplaced(document))
    # `… heette ze nog:` / `Kring voor Volkskunde Scheldeland`: the name ends the sentence.
    assert not document.sections
    assert [p.text[:20] for p in document.intro] == [
        "De vereniging werd i",
        "Kring voor Volkskund",
        "Die naam bleef tot 1",
    ]
    ctas = [b for b in document.body if isinstance(b, CallToAction)]
    assert [c.text for c in ctas] == ["Onze werking leren kennen in vijf minuten? -> dit filmpje!"]


def test_a_headline_as_long_as_a_short_sentence_still_names_its_item():
    # The second headline has eight words and no final mark: it names the text under it,
    # it does not go on with the teaser above.
    document = read("overview-with-a-long-headline.txt")
    assert [card.title for card in cards(document)] == [
        "Molen van Hoeve draait weer",
        "Vrijwilligers vinden nieuwe toekomst voor de oude graanschuur",
        "Molendag lokt duizend bezoekers",
    ]


def test_a_salutation_opens_the_intro_and_heads_nothing():
    document = read("blog-with-a-salutation.txt")
    assert document.title == "Blog van de voorzitter"
    # No mark after it, yet no heading: the writer's greeting.
    assert document.intro[0].text == "Hallo allemaal"
    assert document.intro[1].text.startswith("Het voorjaar is er")
    assert headings(document) == ["Nieuwe repetitieruimte"]


def test_single_sentences_that_open_with_no_name_are_points_not_cards():
    # The first list says what the writer does (an activity, then names later on); the
    # second tells who does what, each item opening with its maker's name.
    document = read("points-that-open-with-no-name.txt")
    assert document.intro[-1].text.startswith("Advies aan besturen")  # one list, in the intro
    (section,) = document.sections
    assert [card.text.split()[0] for card in section.initiatives] == ["Harmonie", "Toneelgroep"]


def test_a_skip_link_ends_the_chrome_and_a_breadcrumb_list_names_the_page():
    # Everything above `Skip to main content` is the site's (a cookie notice, even in
    # sentences); a list whose last step is printed again below it is a breadcrumb, and the
    # line below it the page's name. The text writes one paragraph a line.
    document = read("breadcrumb-list-and-skip-link.txt")
    assert document.title == "Buurtfeesten"
    unplaced = [u.text for u in document.unplaced]
    assert unplaced[:2] == ["Cookies", "We gebruiken cookies om de site te laten werken en "
                            "om te meten hoe ze gebruikt wordt."]  # fmt: skip
    assert {"Home", "Vrije tijd", "Buurtfeesten"} <= set(unplaced)
    assert document.intro[0].text.startswith("Een buurtfeest brengt buren samen.")
    assert headings(document) == ["Materiaal lenen", "Premie aanvragen"]


def test_a_title_in_title_case_over_a_sentence_that_heads_a_list_is_the_title():
    # `About Village Halls` reads like a name, but the sentence under it heads the list
    # below: the name is the page's title, not the site's name above it.
    document = read("title-case-title-over-a-list-heading.txt")
    assert document.title == "About Village Halls"
    assert headings(document) == ["Running a hall together"]


def test_a_slogan_of_two_short_sentences_is_the_title_under_an_alt_text():
    document = read("slogan-title-and-photo-names.txt")
    assert document.header_image.alt == "header handjes"
    assert document.title == "Samen zingen. Samen sterk."
    # A compound that names a photo (`Groepsfoto …`) and a photo's name ending in the size it
    # was saved in (`… Web 05`) are images, not a heading and not a menu.
    images = [item.alt for item in document.body if isinstance(item, Image)]
    images += [i.alt for s in document.sections for i in s.items if isinstance(i, Image)]
    assert "Koor De Lier Web 05" in images
    assert "Groepsfoto koren editie 2023" not in headings(document)
    # `… workshops zoals` goes on in the list under it: no heading.
    assert headings(document) == ["Het programma"]


def test_hours_are_no_file_names_and_an_embeds_label_is_debris():
    document = read("programme-with-hours.txt")
    assert "Remote file" in [u.text for u in document.unplaced]  # an embedded file's label
    assert headings(document) == ["Programma"]
    (section,) = document.sections
    assert not any(isinstance(item, Image) for item in section.items)  # `13u30` is an hour
    assert "13u30 - 14u00 Onthaal" in " ".join(p.text for p in section.intro + section.items)


def test_a_user_name_after_a_label_is_no_file_name():
    # `redactie_nieuws` has an underscore as file names do, but it is the value of a field's
    # label: the line names the page (an author's archive), it is no image.
    document = read("author-with-a-user-name.txt")
    assert document.header_image is None
    assert document.title == "Auteur: redactie_nieuws"


def test_a_buttons_label_under_its_text_is_a_call_to_action_not_a_heading():
    # `Projectsubsidie aanvragen` heads nothing: the next line is the next section's name.
    # So with the verb first (`Aanvragen erkenning`), as municipal sites write buttons.
    document = read("button-labels-under-their-text.txt")
    assert headings(document) == ["Projectsubsidie", "Werkingssubsidie", "Erkenning"]
    assert actions(document) == [
        "Projectsubsidie aanvragen",
        "Werkingssubsidie aanvragen",
        "Aanvragen erkenning",
    ]


def test_a_blog_archives_marker_bylines_and_back_link_are_debris():
    document = read("blog-archive-with-rubric-bylines.txt")
    unplaced = [u.text for u in document.unplaced]
    assert "« Terug naar het overzicht" in unplaced  # a back button
    assert "Category" in unplaced  # what the archive lists, printed above its name
    assert unplaced.count("By Buurtwerk") == 2  # the author is a rubric, not a person
    assert document.title == "Buurtwerk"


def test_headings_that_go_on_one_statement_head_sections_not_an_overviews_items():
    # `Met vrijwilligers uit de buurt`, `Voor jong en oud`: phrases of one story about the
    # page's own organisation, not the names of three things.
    document = read("story-in-headed-phrases.txt")
    assert headings(document) == [
        "Opkomen voor buren",
        "Met vrijwilligers uit de buurt",
        "Voor jong en oud",
    ]
    assert cards(document) == []


def test_the_anchor_a_skip_link_jumps_to_ends_the_chrome_above_it():
    document = read("content-anchor-under-a-notice.txt")
    assert document.title == "Community Grants"
    assert "Main Content Anchor" in unplaced(document)
    assert cards(document) == [] and document.intro[0].text.startswith("Grants help")


def test_a_banner_above_the_guides_name_leaves_the_page_its_own_title():
    # `Our helpdesk is open …` is printed above every page of the site, and `Village Halls`
    # is the guide the page belongs to: the page's own name is the line under them.
    document = read("banner-above-the-guides-name.txt")
    assert document.title == "Treasurer: Keeping the accounts of a village hall"
    left = unplaced(document)
    assert "Village Halls" in left
    assert any(text.startswith("Our helpdesk is open") for text in left)


def test_alt_texts_an_export_left_as_paragraphs_are_images():
    # A WYSIWYG export without heading tags: the cookie panel above the skip link is chrome,
    # a paragraph naming a photo is the header image, and a line over a credit is a picture.
    document = read("alt-texts-left-as-paragraphs.html")
    assert document.title == "Onze leden"
    assert document.header_image.alt == "Groepsfoto van alle leden op de nieuwjaarsreceptie"
    assert not any("cookies" in paragraph.text for paragraph in document.intro)
    assert headings(document) == ["Het bestuur"]
    (section,) = document.sections
    images = [item for item in section.items if isinstance(item, Image)]
    assert [image.alt for image in images] == ["Zomerfeest in de tuin van het buurthuis"]
    assert images[0].caption == "(c) Jan Peeters"


def test_the_sites_address_above_the_title_is_its_header():
    # A street, a postcode and a number above the page's name, with the widgets around them
    # (`A A ?`, `Sluiten`, an e-mail address the site hid from robots): all the site's.
    document = read("address-in-the-header.txt")
    assert document.title == "Vrijwilligers in de bib"
    left = unplaced(document)
    for line in ("A A ?", "Sluiten", "Stationsstraat 14", "2800 MECHELEN", "[email protected]"):
        assert line in left
    assert document.header_image is None
    assert not any(isinstance(part, Contact) for part in document.body)


def test_a_page_that_writes_its_names_in_lower_case_has_headings_and_a_team():
    # `huis van de buurt` names the page over its first paragraph: its headings are in lower
    # case too, and no alt text. A name over a line that is only an e-mail is a member.
    document = read("lower-case-names-and-a-team.txt")
    assert document.title == "huis van de buurt"
    assert headings(document) == ["ons team", "onze werking"]
    contacts = [part for part in document.body if isinstance(part, Contact)]
    assert [(c.name, c.email) for c in contacts] == [
        ("Lotte Verbeke", "lotte@buurtwerk.be"),
        ("Sam De Wit", "sam@buurtwerk.be"),
    ]


def test_questions_a_part_answers_head_it_in_a_text_written_line_under_line():
    # `What the fund can be spent on:` asks what its list answers; in a text with no blank
    # lines, the line in capitals under the last item is the next part, not the item's end.
    document = read("questions-as-headings-written-line-under-line.txt")
    assert document.title == "Neighbourhood Fund"
    assert headings(document) == [
        "What the fund can be spent on",
        "What the fund cannot be spent on",
    ]
    assert actions(document) == ["Apply for a Neighbourhood Fund grant"]


def test_a_wysiwyg_export_keeps_its_credit_whole_and_its_headings_that_ask_or_go_on():
    # Every line its own <p>: `Foto's` over `Ann Claes` is one credit (stored whole, in its
    # rich text too); a question with its answer heads a section, and so do lines that go on
    # the title with an ellipsis (`… Vraag het ons`), which ends no sentence.
    document = read("wysiwyg-article-with-question-headings.html")
    assert headings(document) == [
        "Een leuke straat? Die maak je samen!",
        "… Vraag het ons",
        "… Vier het samen",
    ]
    credit = document.intro[-1]
    assert (credit.text, credit.html) == ("Foto's Ann Claes", "Foto's Ann Claes")


def test_a_history_is_told_in_chapters_whatever_they_name():
    # `Sint-Cecilia` and `De Eendracht` name clubs, but on a page that tells a history they
    # head the chapters of one story, not the items of an overview.
    document = read("history-told-in-chapters.txt")
    assert headings(document) == ["Sint-Cecilia", "De Eendracht", "Samen verder"]
    assert cards(document) == []


def test_lines_that_say_in_words_what_follows_head_sections_not_items():
    # `Een volledig koor`, `Meteen meezingen`: phrases, not names of things, over their text.
    document = read("sections-headed-in-words-not-names.txt")
    assert headings(document) == ["Een volledig koor", "Meteen meezingen", "Op de wachtlijst staan"]
    assert cards(document) == []


def test_the_tabs_title_above_the_chrome_names_the_page_printed_again_below_it():
    # SharePoint prints the tab's title, its ribbon's links and a maintenance notice with no
    # full stop above the page; the title printed again under them is the page's name.
    document = read("tabs-title-above-the-chrome.txt")
    assert document.title == "Halls for hire - Questions and answers"
    left = unplaced(document)
    for line in ("Navigate Up", "Sign In", "Quick Launch", "Print this Page"):
        assert line in left
    assert "Printervriendelijke versiePDF version" in left
    assert document.intro[0].text.startswith("Thinking of hiring")
    assert headings(document) == ["How do I book a hall?"]


def test_a_page_named_by_what_it_asks_keeps_that_as_its_title():
    # `Join In!` invites, as a call to action does, but it is the page's first words over its
    # intro: its name. `Site Index:` above it is the site's link to its map.
    document = read("page-named-by-what-it-asks.txt")
    assert document.title == "Join In!"
    assert "Site Index:" in unplaced(document)
    assert document.intro[0].text.startswith("Our club runs on volunteers")
    assert headings(document) == ["Our teams"]


def test_a_forms_message_is_chrome_and_a_source_is_credited():
    # A form's validation message printed above the page is the site's; `Bron: …` credits
    # where the text comes from, as `Foto: …` credits a picture.
    document = read("form-message-and-source-credit.txt")
    assert document.title == "Vrijwilligers bemiddelen"
    assert "Velden zijn niet correct ingevuld" in unplaced(document)
    assert headings(document) == []  # no heading: the source stays the text's credit
    (credit,) = [r for r in document.reading if r.text == "Bron: Vereniging NOV"]
    assert credit.role == "caption"


def test_a_question_to_the_reader_that_heads_no_text_invites():
    # `Heb jij een verhaal over het dorp?` asks the reader and ends the page: a call to
    # action. `Hoe gaan we te werk?` asks for the writer, over its answer: a heading.
    document = read("question-to-the-reader-heading-nothing.txt")
    assert headings(document) == ["Hoe gaan we te werk?"]
    actions = [part.text for part in document.sections[0].items if isinstance(part, CallToAction)]
    assert actions == ["Heb jij een verhaal over het dorp?"]


@pytest.mark.parametrize("name", ["breadcrumb-steps-under-its-label.txt",
                                  "breadcrumb-steps-under-its-label.html",
                                  "breadcrumb-steps-as-paragraphs.html"])  # fmt: skip
def test_a_breadcrumbs_steps_under_its_label_name_the_page_by_the_last(name):
    # `Je bent hier:` with its steps written line under line (in markup, one paragraph
    # broken by `<br>`, or a paragraph each): the steps are the site's, the last one is the
    # page's name.
    document = read(name)
    assert document.title == "Wie zijn we?"
    left = unplaced(document)
    assert "Je bent hier:" in left and "Over ons" in left
    assert [p.text[:14] for p in document.intro] == ["De vereniging ", "Nieuwe leden z"]
    assert headings(document) == []


def test_a_rule_drawn_in_a_paragraph_parts_the_page_as_a_rule():
    # `<p>_____</p>` and `<p>* * *</p>`: an editor's rule, as `-----` is in plain text;
    # no image (no file name), no paragraph, nothing left over.
    document = read("rule-drawn-in-a-paragraph.html")
    assert document.header_image is None
    assert headings(document) == ["Doelstellingen", "Werking"]
    assert [len(section.intro) for section in document.sections] == [1, 1]
    assert not [r for r in document.reading if not any(ch.isalnum() for ch in r.text)]


def test_a_heading_in_title_case_amid_the_text_is_no_menu():
    # Capitalised words only: above the text a menu's row, amid it a heading over its text.
    document = read("title-case-heading-amid-the-text.txt")
    assert document.title == "Our Community Foundation"
    assert unplaced(document) == ["Home About Us Grants Contact"]
    assert headings(document) == ["Ten Reasons Donors Choose Community Foundations"]


def test_a_markdown_line_under_a_list_without_its_indentation_may_start_anew():
    # CommonMark reads `Answering …` as more of the item above (lazy continuation); it opens
    # in capitals after a question: a paragraph of its own, as in plain text. `and send …`
    # goes on with its item.
    document = read("list-then-paragraph-without-a-blank-line.md")
    (section,) = document.sections
    prose = [paragraph.text for paragraph in section.intro]
    assert prose[1].startswith("Why do you think") and prose[1].endswith("do we have?")
    assert prose[2].startswith("Answering these questions helps")
    (last,) = [r for r in document.reading if r.text.startswith("Who will host")]
    assert last.text.endswith("and send the invitations?") and last.lines == Lines(12, 13)


def test_markdown_numbers_that_start_again_start_another_list():
    # CommonMark runs on one ordered list whatever its numbers; `1.` after `3.` starts
    # again, as in plain text: the questions listed, then each question over its answer.
    document = read("numbers-start-again-in-markdown.md")
    assert document.title == "Veelgestelde vragen"
    assert headings(document) == ["1. Wat is armoede?", "2. Wat is generatiearmoede?"]
    assert document.sections[0].intro[0].text.startswith("Mensen belanden in armoede")
    assert document.sections[1].intro[0].text.startswith("Generatiearmoede is armoede")


def test_a_short_line_over_sentences_broken_by_br_heads_them():
    # `Structuur<br>…<br>…<br>…`: lines written line under line, as in plain text; three
    # sentences under a word are a section's text, not one card's.
    document = read("heading-over-lines-broken-by-br.html")
    assert headings(document) == ["Doelstelling", "Structuur"]
    assert not [item for s in document.sections for item in s.items if isinstance(item, Initiative)]


def test_a_lead_in_that_announces_groups_makes_its_items_cards():
    # `… 3 buurtcomités werkzaam:` says what the items are: groups, each named; `Een sterk
    # buurtcomité heeft:` leads in to points about one, which stay one list. A heading
    # that names them (`Voorbeelden van buurtinitiatieven`) says so too.
    document = read("lead-in-that-announces-groups.txt")
    first, examples, _ = document.sections
    cards = [item for item in first.items if isinstance(item, Initiative)]
    assert [(card.title, card.text[:7]) for card in cards] == [
        ("Molenveld", "buurtco"),
        ("", "Hallaar"),
        ("", "Ter Hag"),
    ]
    assert first.items[-1].html.startswith("<ul><li>een vaste groep")
    assert examples.heading == "Voorbeelden van buurtinitiatieven"
    assert [type(item) for item in examples.items] == [Initiative] * 4


def test_lines_right_under_the_skip_link_are_the_sites():
    # `Plans and activities` / `Toolkit` written under `Skip to Main Content` with no blank
    # line: the site's rubrics; the page begins after the blank line.
    document = read("lines-right-under-the-skip-link.txt")
    assert document.title == "How to design a community grants programme"
    assert unplaced(document) == ["Skip to Main Content", "Plans and activities", "Toolkit"]
    assert len(document.intro) == 2


def test_a_footers_menu_over_the_copyright_line_is_no_heading():
    # Capitalised words over a line of running text head it, unless that line is the
    # site's own (`Copyright … All rights reserved.`).
    document = read("footer-menu-over-the-copyright-line.txt")
    assert headings(document) == []
    assert unplaced(document) == [
        "Home About Us Grants Contact Donate",
        "Copyright 2023 Our Community Foundation. All rights reserved.",
    ]


def test_a_stamp_broken_by_br_from_the_sentence_under_it_keeps_the_sentence():
    # `<p>Gepubliceerd op …<br>Het koor viert …</p>`: the site's stamp leaves the page, the
    # sentence under it stays; a paragraph of stamps only leaves it whole.
    document = read("site-stamp-over-a-sentence-by-br.html")
    assert document.title == "Vijftig jaar samen zingen"
    assert [p.text[:22] for p in document.intro] == [
        "Het koor viert haar vi", "Iedereen is welkom.", "Het concert begint om ",
    ]  # fmt: skip
    left = unplaced(document)
    assert "Gepubliceerd op 3 mei 2021" in left and "Home > Nieuws" in left
    assert not [s for s in document.sections if s.heading]


def test_a_stamp_set_apart_from_the_sentence_under_it_keeps_the_sentence():
    # The stamp a paragraph of its own in a short container, or two `<br>` above the
    # sentence: a short container that opens with debris is the site's, unless it tells.
    document = read("site-stamp-over-a-sentence-apart.html")
    assert [p.text[:22] for p in document.intro] == [
        "Het koor viert haar vi", "Het concert begint om ",
    ]  # fmt: skip
    assert unplaced(document) == ["Gepubliceerd op 3 mei 2021", "Gepubliceerd op 4 mei 2021"]


def test_a_page_name_right_under_the_skip_link_over_a_caption_is_the_title():
    # One line under `Skip to main content`, a caption after the blank line: that line is
    # the page's name, not one of the site's rubrics.
    document = read("page-name-right-under-the-skip-link.txt")
    assert document.title == "Our Neighbourhood Projects"
    assert unplaced(document) == ["Skip to main content"]
    assert headings(document) == ["Community garden", "Repair cafe"]


def test_a_lone_rubric_under_the_skip_link_over_the_pages_name_is_the_sites():
    document = read("lone-rubric-under-the-skip-link.txt")
    assert document.title == "Running a repair cafe"
    assert unplaced(document) == ["Skip to main content", "Toolkit"]
    assert headings(document) == ["What you need"]


def test_a_buttons_words_over_a_list_or_a_table_head_it():
    # `Aanmelden en betalen` over the steps, `Inschrijven voor het kamp` over the prices:
    # headings; only `Inschrijven` under the last text, heading nothing, is the button.
    document = read("button-verbs-over-a-list-and-a-table.html")
    assert headings(document) == ["Aanmelden en betalen", "Inschrijven voor het kamp"]
    assert actions(document) == ["Inschrijven"]


def test_a_fields_label_of_two_words_joined_by_en_is_read_as_its_neighbours():
    # `Begeleiding en overleg:` over its value, between `Taken:` and `Verzekering:`: a label
    # as they are, though `en` is a function word.
    document = read("field-labels-joined-by-en.html")
    assert headings(document) == ["Taken", "Begeleiding en overleg", "Verzekering"]


def test_a_menu_or_a_stamp_parted_by_bars_is_the_sites_a_tables_rows_are_not():
    # `Wie zijn we | Bestuur | …` above the page, `Post | april 2020 | 4 min lezen` under its
    # name: the site's. Amid the text such a line is the page's (`Maandag | Woensdag | …`), and
    # lines of bars line under line are a table's rows: they stay.
    document = read("menu-and-stamp-parted-by-bars.txt")
    assert document.title == "Onze afdeling"
    assert unplaced(document) == [
        "Wie zijn we | Bestuur | Activiteiten | Contact", "Post | april 2020 | 4 min lezen",
    ]  # fmt: skip
    assert headings(document) == ["Lezingen", "Tarieven"]
    lezingen = document.sections[0]
    texts = [p.text for p in lezingen.intro] + [getattr(i, "text", "") for i in lezingen.items]
    assert "Maandag | Woensdag | Vrijdag" in texts


def test_words_parted_by_bars_amid_the_text_are_the_pages():
    # Not a menu, a stamp or the page's tags: what the sentence above leads in to.
    document = read("days-parted-by-bars-amid-the-text.html")
    assert unplaced(document) == [] and document.dossier_labels == []
    assert [p.text for p in document.intro][1:3] == [
        "We spreken af op deze dagen:", "Maandag | Woensdag | Vrijdag",
    ]  # fmt: skip


def test_a_standard_pages_name_above_a_sentence_is_the_title_not_the_sites_name():
    # `Over Ons` is capitalised like a site's name, but it is what sites call a page:
    # the title, over a heading written as a sentence.
    document = read("standard-page-name-over-a-tagline.txt")
    assert document.title == "Over Ons"
    assert unplaced(document) == []
    assert headings(document) == ["Samen zingen sinds vijftig jaar in onze gemeente", "Repetities"]


def test_an_imperative_closing_a_section_invites_the_reader():
    # `Dien jouw aanvraag in via …` and `For questions …, email …` tell the reader what to
    # do next, each in a sentence of its own under a section's text: calls to action. Under
    # a question asked for the writer (`Hoe haal ik …?`) what to do is the answer: text;
    # under one to the reader (`Meer weten?`) it invites.
    document = read("imperative-invitations-closing-sections.txt")
    assert headings(document) == ["Aanvraag", "Materiaal", "Hoe haal ik het materiaal op?",
                                  "Meer weten?"]  # fmt: skip
    actions = [
        [part.text[:18] for part in section.items if isinstance(part, CallToAction)]
        for section in document.sections
    ]
    assert actions == [
        ["Dien jouw aanvraag"],
        ["Zie ook: ‘Wat mag ", "For questions and "],
        [],
        ["Bezoek de website "],
    ]
    assert [p.text[:16] for p in document.sections[2].intro] == ["Vul het formulie"]


def test_officers_listed_role_then_name_are_contacts():
    # A committee's officers listed line under line, each role then the person with no mark
    # between (`Penningmeester Marc Wouters`): a contact each, the role kept apart.
    document = read("officers-listed-role-then-name.txt")
    assert headings(document) == ["Het bestuur"]
    contacts = [(c.role, c.name) for c in document.body if isinstance(c, Contact)]
    assert contacts == [
        ("Voorzitter", "Jan Peeters"),
        ("Secretaris", "An De Smet"),
        ("Penningmeester", "Marc Wouters"),
    ]


def test_what_a_picture_left_between_paragraphs_is_an_image_not_a_heading():
    # A stock photo's long number (`Photo 1602934585418 …`), a camera's name with a space
    # (`DSC 0412`), a date glued to the name (`20230514Affiche …`), a mock-up and a
    # screenshot: images of the text, each standing where the picture stood.
    document = read("image-file-names-between-paragraphs.txt")
    assert headings(document) == []
    images = [item.alt for item in document.body if isinstance(item, Image)]
    assert images == [
        "Photo 1602934585418 F257B2Cb5C81 2",
        "DSC 0412",
        "20230514Affiche Zomerbar",
        "Mockup brochure seizoen groot",
        "Screenshot van de nieuwe agenda",
    ]
    assert [p.text[:10] for p in document.intro] == [
        "De werkgro", "In juni tr", "Het progra", "De nieuwe ",
    ]  # fmt: skip


@pytest.mark.parametrize(("name", "fragment"), [
    ("page-cut-off-after-a-short-fragment.txt", "De volgende vergadering valt op"),
    ("page-ending-in-a-sentence-with-no-full-stop.txt",
     "Ook nieuwe bewoners van de wijk zijn steeds welkom"),
])  # fmt: skip
def test_a_page_ending_in_a_short_line_ends_in_text_not_a_heading(name, fragment):
    # A page that breaks off in its last sentence (after `op`) or ends in a sentence with no
    # full stop ends in text: a heading there would head nothing.
    document = read(name)
    assert headings(document) == ["Werking"]
    assert [p.text for p in document.sections[0].intro][1:] == [fragment]


def test_a_blogs_gadgets_and_comment_form_are_debris_and_its_closing_invitations_invite():
    # A blog prints its gadgets' names above the post (`Pages`) and its comment form under
    # it (`No comments:`, `Post a Comment`): the site's, not the page's. The post's own
    # closing lines say what to do, one if the reader is asked (`If you …, then please
    # contact …`): calls to action.
    document = read("blog-post-with-gadgets-and-a-comment-form.txt")
    assert document.title == "Volunteers wanted for the spring clean"
    assert [p.text[:14] for p in document.intro] == ["The residents'", "Last year fort"]
    calls = [item.text[:14] for item in document.body if isinstance(item, CallToAction)]
    assert calls == ["If you can giv", "Drop us an ema"]
    assert [u.text for u in document.unplaced] == [
        "Pages", "Tuesday, 14 March 2023", "No comments:", "Post a Comment",
    ]  # fmt: skip


def test_opening_hours_a_back_link_a_keyboard_hint_and_a_byline_leave_the_page_its_title():
    # Above the page, a site prints the hours its desk is open, a link back to the page above
    # (by its name, in capitals as the menu prints it), a menu's help for the keyboard; under
    # the title, the story's byline.
    # None of them names the page.
    document = read("header-with-opening-hours-and-a-back-link.txt")
    assert document.title == "Walking Group"
    assert [p.text[:16] for p in document.intro] == [
        "The walking grou", "Walks are betwee", "New walkers are ",
    ]  # fmt: skip
    assert [u.text[:18] for u in document.unplaced] == [
        "Menu", "Mon - Fri: 9:00am ", "Back to OUR GROUPS", "Press Enter to ope",
        "A story by The Riv",
    ]  # fmt: skip


def test_bullets_drawn_in_a_symbol_font_are_bullets():
    # Word draws bullets in a symbol font; once the font is lost they print as the letter its
    # code stands for (`Ø`, `§`), with a tab's worth of space after it. They are a list's
    # markers, not words, and the lines they open are its points.
    document = read("symbol-font-bullets-from-a-word-export.txt")
    assert headings(document) == ["Wat wil de wijkraad?", "Waar letten we op?"]
    points = [section.intro[0].html for section in document.sections]
    assert points[0].startswith("<ul><li>Een aanspreekpunt zijn voor de bewoners.</li>")
    assert points[1].startswith("<ul><li>Verkeer en parkeren</li>")
    assert "Ø" not in points[0] and "§" not in points[1]


def test_board_members_listed_name_then_role_are_contacts():
    # A board listed line under line, each member's name then their role after a comma or in
    # brackets (`Hans Verbeke, voorzitter`): a contact each, the role kept apart.
    document = read("board-members-listed-name-then-role.txt")
    assert headings(document) == ["Het bestuur"]
    contacts = [(c.name, c.role) for c in document.body if isinstance(c, Contact)]
    assert contacts == [
        ("Hans Verbeke", "voorzitter"),
        ("Marleen De Wilde", "secretaris"),
        ("Koen Maes", "ad interim penningmeester"),
        ("Lies Janssens", "bestuurslid"),
    ]


def test_a_line_left_of_an_indented_lists_markers_is_no_more_of_its_last_item():
    # Under bullets indented by two spaces, a line at the margin that opens in capitals has
    # left the list, though the item above ends in no full stop: the text goes on after it.
    document = read("line-left-of-an-indented-list.txt")
    items = [p.html for p in document.intro if p.html.startswith("<ul>")]
    assert len(items) == 1 and items[0].endswith(
        "<li>De Kelder, een oefenruimte voor bands in het centrum</li></ul>"
    )
    assert document.intro[-1].text == "De huurprijzen worden elk jaar in maart herzien."


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_questions_asked_and_answered_in_list_items_are_headings_over_their_answers(suffix):
    # An FAQ exported as a list: each item a question and its answer (indented under it, or
    # after it in bold). Each question heads its answer, as the accordion showed them; a list
    # of questions that are not answered stays a list.
    document = read(f"questions-answered-in-list-items{suffix}")
    assert headings(document) == [
        "Wie kan materiaal lenen?",
        "Hoe lang op voorhand moet ik reserveren?",
        "Wat kost het lenen van materiaal & gereedschap?",
    ]
    answers = [section.intro[0].text[:24] for section in document.sections]
    assert answers == [
        "Elke erkende vereniging ",
        "Reserveer ten laatste dr",
        "Voor verenigingen is het",
    ]
    assert not any(section.initiatives for section in document.sections)
    last = document.sections[-1].intro
    assert last[-1].html.startswith("<ul><li>Hoeveel mensen verwacht je?</li>")


def test_an_overviews_items_named_and_closed_by_the_same_link_are_titled_cards():
    # Each item of an overview: a name, its paragraph (perhaps a list under it), and the link
    # every item ends in (`Download de brochure`). The names are the cards' titles, not
    # sections; the link, printed under every item, is the overview's, not the card's text.
    document = read("overview-items-named-and-closed-by-a-link.txt")
    assert headings(document) == [""]
    cards = [(card.title, card.text[:16]) for card in document.sections[0].initiatives]
    assert cards == [
        ("Verzekeringen voor vrijwilligers", "Welke verzekerin"),
        ("Een subsidie aanvragen", "Veel gemeenten s"),
        ("Een activiteit in openlucht", "Wie buiten een a"),
    ]


def test_a_slideshows_pager_numbered_as_it_shows_is_chrome_not_a_list():
    # A slideshow's buttons left as a numbered list whose items are their own numbers
    # (`1. 1`, `2. 2`): the site's, not a list of the page.
    document = read("slideshow-pager-numbered-as-it-shows.txt")
    assert document.title == "Join the Youth Council"
    assert [p.text[:18] for p in document.intro] == ["The Youth Council ", "Members meet once "]
    assert [u.text for u in document.unplaced] == ["1. 1", "2. 2", "3. 3", "4. 4", "5. 5"]


def test_a_table_of_contents_above_the_headings_is_the_pages_links_not_its_headings():
    # Short lines under the intro that the page prints again further down, each over its
    # text: a table of contents linking to the page's parts. The entries are chrome; the
    # later prints are the headings, not repeats of the entries.
    document = read("table-of-contents-above-the-headings.txt")
    assert headings(document) == [
        "Wat doe je als vrijwilliger?",
        "Wat krijg je ervoor terug?",
        "Hoe stel je je kandidaat?",
    ]
    assert [section.intro[0].text[:10] for section in document.sections] == [
        "Je helpt b", "Je krijgt ", "Stuur een ",
    ]  # fmt: skip
    assert [u.text for u in document.unplaced] == [
        "Wat doe je als vrijwilliger?", "Wat krijg je ervoor terug?", "Hoe stel je je kandidaat?",
    ]  # fmt: skip


def test_a_remark_in_brackets_under_the_title_is_text_not_an_images_alt_text():
    # `(uit de algemene vergadering van maart 2024)` says where the text comes from; it
    # describes no picture, though it is a few words in lower case standing alone.
    document = read("remark-in-brackets-under-the-title.txt")
    assert document.header_image is None
    assert [p.text[:14] for p in document.intro] == [
        "(uit de algeme",
        "Het voorbije j",
        "We danken alle",
    ]


def test_who_keeps_or_runs_something_named_after_the_role_is_a_contact():
    # A local branch's page lists who does what: `Secretariaat: An Claes` over her number,
    # `Materiaalmeester: Jef Peeters` (whoever keeps the tools). Each is a contact.
    document = read("roles-of-those-who-keep-or-lead-something.txt")
    contacts = [(c.role, c.name, c.phone) for c in document.body if isinstance(c, Contact)]
    assert contacts == [
        ("Secretariaat", "An Claes", "056 12 34 56"),
        ("Materiaalmeester", "Jef Peeters", ""),
    ]


def test_a_blog_posts_date_search_box_filing_and_reply_link_are_chrome_its_signature_a_contact():
    # A post dated as American English writes it (`Tuesday, March 14, 2023`) under a search
    # box that names the site, filed under its categories, signed by a name and a comma over
    # the writer's role, and followed by the comment link. A date in a sentence (`before
    # 3/29/2023.`) leaves it a sentence: here an invitation to reply.
    document = read("blog-post-dated-filed-and-signed.txt")
    assert document.title == "Spring Clean-Up Day"
    assert [u.text for u in document.unplaced] == [
        "Search riversidecentre.org", "Tuesday, March 14, 2023",
        "Filed under: Volunteering, Events", "Reply to this post",
    ]  # fmt: skip
    assert [p.text[:12] for p in document.intro] == ["On Saturday ", "Gloves, tool"]
    invitations = [c.text for c in document.body if isinstance(c, CallToAction)]
    assert invitations == ["Please RSVP to the centre office before 3/29/2023."]
    contacts = [(c.name, c.role) for c in document.body if isinstance(c, Contact)]
    assert contacts == [("Margaret Ellison", "Chair")]


def test_a_letter_signed_by_a_name_over_its_role_is_a_contact():
    # The same in Dutch: the board's letter filed under `Thema's:`, signed `Annelies
    # Vermeulen,` over `Voorzitter`, its comment link `Reageer op dit bericht`.
    document = read("letter-of-the-chair-signed-above-the-role.txt")
    assert document.title == "Een nieuw seizoen"
    assert [u.text for u in document.unplaced] == [
        "Zoeken op deze website", "vrijdag 6 september 2024",
        "Thema's: Nieuws van het bestuur", "Reageer op dit bericht",
    ]  # fmt: skip
    contacts = [(c.name, c.role) for c in document.body if isinstance(c, Contact)]
    assert contacts == [("Annelies Vermeulen", "Voorzitter")]


def test_a_clause_leading_in_to_points_never_names_the_page():
    # Under the page's name and its stamp, a clause ending in a colon leads in to the points
    # under it (`Onze doelen zijn de volgende:`): it is the intro's, never the title.
    document = read("lead-in-under-the-page-name.txt")
    assert document.title == "Wijkraad Heiveld"
    assert document.intro[0].text.startswith("Onze doelen zijn de volgende:")
    assert [u.text for u in document.unplaced] == ["Laatst bijgewerkt op 12 maart 2019"]


def test_a_sentence_parted_by_a_blank_line_after_a_word_that_wants_more_stays_one():
    # An editor's stray blank line parts a sentence after `met een`: the lower-case line
    # under it is the rest of that sentence, not a paragraph of its own.
    document = read("paragraph-parted-mid-sentence-by-a-blank-line.txt")
    assert [p.text.split()[-3:] for p in document.intro] == [
        ["wijk", "kan", "betekenen."], ["aan", "het", "wijkteam."],
    ]  # fmt: skip
    assert "en met een haalbaarheidsonderzoek naar" in document.intro[0].text


def test_questions_set_apart_over_answers_of_several_paragraphs_head_each_paragraph():
    # An accordion exported as bullets: each question on a line of its own, a blank line, then
    # its answer in indented paragraphs. Each question heads its answer, and the answer keeps
    # its paragraphs, as the accordion showed them.
    document = read("questions-set-apart-over-answers-of-several-paragraphs.txt")
    assert document.title == "Jeugdraad Zonnebeek"
    assert headings(document) == [
        "Wat is de jeugdraad?",
        "Hoe kan ik lid worden?",
        "Wanneer vergadert de jeugdraad?",
    ]
    answers = [[item.text[:20] for item in section.intro] for section in document.sections]
    assert answers == [
        ["De jeugdraad is het ", "Elk jaar kiezen de l"],
        ["Stuur een mailtje na"],
        ["We komen samen op de", "In juli en augustus "],
    ]
    assert not cards(document)


def test_a_menu_under_the_breadcrumb_and_the_contents_under_on_this_page_are_the_sites():
    # Between a breadcrumb that starts at home and the line it names as the page, the short
    # lines are the site's menu; and the lines under `Op deze pagina:` are the page's own
    # contents, even when the page is cut off before it heads its text with all of them.
    document = read("menu-under-the-breadcrumb-and-contents-on-this-page.txt")
    assert document.title == "Word buurtbemiddelaar"
    assert [paragraph.text[:24] for paragraph in document.intro] == ["Buurtbemiddelaars helpen"]
    assert headings(document) == ["Wat doet een buurtbemiddelaar?"]
    assert document.sections[0].intro[0].text.startswith("Een buurtbemiddelaar luistert")
    assert not cards(document)


def test_a_staff_page_has_the_role_under_the_name_and_a_card_that_names_the_person_again():
    # A staff page: the person's name as the title, what they do under it (a role, no
    # section), their photo's file name (a name and a number), and a card that prints the
    # name again over the ways to reach them: a contact, not a repeat of the title.
    document = read("staff-page-with-a-role-a-photo-name-and-a-card.txt")
    assert document.title == "Sara Wouters"
    assert headings(document) in ([], [""])
    assert document.intro[0].text == "Coördinator"
    (contact,) = [item for item in document.body if isinstance(item, Contact)]
    assert (contact.name, contact.email, contact.phone) == (
        "Sara Wouters", "sara@voorbeeldkoepel.be", "02 123 45 67"
    )  # fmt: skip
    assert [item.alt for item in document.body if isinstance(item, Image)] == ["Sara3"]


def test_an_invitation_set_apart_over_its_text_among_the_pages_headings_is_a_heading():
    # `Doe mee` stands over its paragraph as `Wat is er al gebeurd` and `Volgende stappen`
    # stand over theirs: the section's name, not a button. The back link under the text is
    # the site's.
    document = read("invitation-heading-among-headings-and-a-back-link.txt")
    assert headings(document) == ["Wat is er al gebeurd", "Volgende stappen", "Doe mee"]
    assert document.sections[-1].intro[0].text.startswith("We zoeken altijd mensen")
    assert not actions(document)


@pytest.mark.parametrize(
    ("name", "title", "opening"),
    [
        ("french-cms-chrome-around-the-page.txt", "Comité des fêtes", "Le comité des fêtes"),
        ("german-cms-chrome-around-the-page.txt", "Heimatverein Oberdorf", "Der Heimatverein"),
    ],
)
def test_skip_links_breadcrumbs_and_cms_tools_in_french_and_german_are_the_sites(
    name, title, opening
):
    # A CMS prints the same chrome in every language: skip links (two on one line, parted by
    # a bar), its menu's name, a breadcrumb (`Vous êtes ici : Accueil / …`), the date it was
    # published (`Publiée le …`, `Veröffentlicht am …`), the reader's tools and the page's
    # actions. The page is its title and its text.
    document = read(name)
    assert document.title == title
    assert document.intro[0].text.startswith(opening)
    assert headings(document) in ([], [""])
    assert not any(section.items for section in document.sections)


def test_the_title_again_in_capitals_is_a_repeat_and_a_heading_may_trail_off_in_dots():
    # The title printed again in capitals, spaced otherwise, is the same line: the site's
    # repeat. A short line standing alone over its text that trails off in dots (`...`, an
    # ellipsis written out) heads it, as a line ending in `…` would.
    document = read("title-again-in-capitals-and-a-heading-trailing-off.txt")
    assert document.title == "Samen spelen, samen leren!"
    assert [paragraph.text[:20] for paragraph in document.intro] == [
        "Al meer dan dertig j",
        "Wie een lidkaart hee",
    ]
    assert headings(document) == ["Een speelotheek in elke wijk..."]


def test_a_date_with_its_year_shortened_above_the_title_is_the_sites():
    # `12 okt '19`: a magazine's date with the year cut to two digits, above the title.
    document = read("date-with-a-shortened-year-above-the-title.txt")
    assert document.title == "Een repetitiekot voor elke band"
    assert [u.text for u in document.unplaced] == ["12 okt '19"]


def test_steps_set_apart_alike_are_sections_though_all_but_the_first_head_a_short_text():
    # `Indienen` heads two paragraphs and a list; `Uitwerken`, `Stemmen` and `Uitvoeren`
    # each one short paragraph, as an overview's items would. Set apart alike, one after the
    # other, they are the page's steps: all four head sections.
    document = read("steps-whose-first-heads-more-than-the-rest.txt")
    assert headings(document) == ["Indienen", "Uitwerken", "Stemmen", "Uitvoeren"]
    assert not cards(document)


def test_a_persons_name_alone_under_the_heading_contact_is_the_contact():
    # A directory's entry: `Contact` over a name whose details the export lost. The name is
    # who to contact, not a sub-heading.
    document = read("name-alone-under-the-contact-heading.txt")
    (contact,) = [item for item in document.body if isinstance(item, Contact)]
    assert contact.name == "Marleen Verhaegen"


def test_numbers_labelled_with_whose_they_are_are_a_contact_each():
    # `Tom Janssens: 0478 …` on a line of its own: his number, a contact; the next line,
    # labelled with another name, is hers, not more of his.
    document = read("numbers-labelled-with-whose-they-are.txt")
    contacts = [item for item in document.body if isinstance(item, Contact)]
    assert [(contact.name, contact.phone) for contact in contacts] == [
        ("Tom Janssens", "0478 12 34 56"),
        ("Lien Peeters", "0479 65 43 21"),
    ]


def test_an_image_saved_for_the_web_and_the_credit_of_its_designer():
    # `Affiche lente WEB`: a file's name, saved for the web; `Ontwerp …: Joke Claes` says who
    # designed it: its credit, not a heading.
    document = read("poster-saved-for-the-web-and-its-designer.txt")
    images = [(item.alt, item.caption) for item in document.body if isinstance(item, Image)]
    assert images == [("Affiche lente WEB", "Ontwerp affiche en illustraties: Joke Claes")]
    assert headings(document) in ([], [""])


def test_a_long_question_over_its_answer_in_a_list_item_heads_it_as_the_short_ones_do():
    # An FAQ's list items, each a question, a line break and its answer. A question may be a
    # long sentence: it still heads its answer, as the short ones around it do.
    document = read("long-questions-over-their-answers-in-list-items.html")
    assert [heading[:30] for heading in headings(document)] == [
        "Moet ik mijn kind vooraf insch",
        "Kan mijn kind ook een halve da",
        "Wat moet mijn kind meebrengen?",
    ]
    assert not cards(document)


def test_a_paragraph_trailing_off_in_dots_over_running_text_heads_it_in_markup_too():
    # Markup that heads nothing in tags: a short paragraph that trails off (`...`) over
    # running text is the heading it was, as in plain text.
    document = read("heading-trailing-off-in-dots-written-as-a-paragraph.html")
    assert document.title == "Samen spelen, samen leren!"
    assert headings(document) == ["Een speelotheek in elke wijk..."]


def test_a_signature_written_a_paragraph_a_line_is_one_contact():
    # Markup that prints a signature a paragraph a line: the name, the street, the town and
    # the number are one contact, as the same lines are in plain text. `Contact:` above them
    # names no one: no contact of its own.
    document = read("signature-lines-each-a-paragraph.html")
    (contact,) = [item for item in document.body if isinstance(item, Contact)]
    assert (contact.name, contact.phone) == ("Jan Peeters", "055 12 34 56")
    street, town = (
        reading.lines.first for reading in document.reading
        if reading.text in ("Kerkstraat 12", "9999 Oudenhove")
    )  # fmt: skip
    assert contact.lines.first < street < town < contact.lines.last


def test_on_a_page_that_says_it_is_an_faq_items_opening_with_a_question_head_their_answers():
    # `Veelgestelde vragen …`: each numbered item opens with a question (one holding `bv.`,
    # long as a question may be) and answers it in the same paragraph. Each question heads its
    # answer, as the accordion showed them.
    document = read("faq-items-opening-with-their-questions.txt")
    assert [heading[:24] for heading in headings(document)] == [
        "Moet onze vereniging erk",
        "Hoe lang mogen we het ma",
        "Wie betaalt als er iets ",
    ]
    answers = [section.intro[0].text[:16] for section in document.sections]
    assert answers == ["Elke vereniging ", "Je brengt het ma", "De vereniging be"]
    assert not cards(document)


def test_an_invitation_that_heads_a_part_of_its_own_is_a_heading():
    # `Doe mee` over a paragraph and the ways to take part under it: the name of a part of
    # the page, though no heading stands above it. (A sign-up's name over its one text stays
    # an invitation.)
    document = read("invitation-heading-a-part-of-its-own.txt")
    assert headings(document) == ["Doe mee"]
    assert document.sections[0].intro[0].text.startswith("Alles wat de vereniging doet")


def test_a_mailings_merge_tag_is_chrome_and_a_long_line_wrapped_at_a_width_is_no_heading():
    # A newsletter left its merge tag unfilled (`*|MC:SUBJECT|*`): the mailing's, not the
    # page's. A long line whose sentence ends on the line right under it, in lower case, was
    # wrapped at a width: one paragraph, no heading.
    document = read("newsletter-with-a-merge-tag-and-wrapped-lines.txt")
    assert [u.text for u in document.unplaced] == ["*|MC:SUBJECT|*"]
    assert headings(document) in ([], [""])
    assert document.intro[0].text.endswith("voor jullie heeft klaarstaan in het museum.")
