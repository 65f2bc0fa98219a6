"""Enriching a parsed document: links, organisations, unknown names and card titles.

Documents are built directly from the dataclasses, so these tests need no parser.
"""

from __future__ import annotations

import html
import time
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.paths import SEED
from wagtail_dossiers.importer.document import (
    CallToAction,
    Document,
    Initiative,
    Lines,
    Link,
    Paragraph,
    Section,
)
from wagtail_dossiers.importer.enrich import (
    Registry,
    RegistryEntry,
    derive_title,
    enrich,
    find_links,
)
from wagtail_dossiers.importer.words import html_words, words

REGISTRY = Registry(
    [
        RegistryEntry(1, "Okra"),
        RegistryEntry(2, "Avansa"),
        RegistryEntry(3, "Avansa Limburg"),
        RegistryEntry(4, "VI.BE", aliases=("Vlaams Muziekinstituut",)),
        RegistryEntry(5, "Beweging.net"),
        RegistryEntry(6, "Vlaamse Ouderenraad", aliases=("VLORA",)),
        RegistryEntry(7, "Ferm"),
        RegistryEntry(8, "De Wakkere Burger"),
        RegistryEntry(9, "Orbit"),
        RegistryEntry(10, "Motief vzw"),
        RegistryEntry(11, "S-Plus"),
    ]
)


def card(text: str, line: int = 1, html_fragment: str | None = None) -> Initiative:
    fragment = html.escape(text, quote=False) if html_fragment is None else html_fragment
    return Initiative(text=text, html=fragment, lines=Lines.one(line))


def document_of(*items, intro=()) -> Document:
    section = Section(heading="Sectoren in actie", lines=Lines.one(1), items=list(items))
    return Document(title="Dossier", intro=list(intro), body=[section])


def enriched_card(text: str, registry: Registry | None = REGISTRY) -> Initiative:
    initiative = card(text)
    enrich(document_of(initiative), registry)
    return initiative


def urls(text: str) -> list[str]:
    return [link.url for link in find_links(text)]


def organisations(text: str, registry: Registry = REGISTRY) -> list[tuple[int | str, str]]:
    return [(entry.key, matched) for entry, matched, _, _ in registry.find(text)]


def unknown_names(*texts: str) -> list[str]:
    document = document_of(*(card(text, line) for line, text in enumerate(texts, 1)))
    enrich(document, REGISTRY)
    assert all(warning.code == "unknown_organisation" for warning in document.warnings)
    return [warning.message.split("”")[0].lstrip("“") for warning in document.warnings]


# ------------------------------------------------------------------------- links


def test_a_www_address_becomes_an_https_link_without_the_full_stop():
    links = find_links("Basisinfo vind je nu al op www.ikstemook.be.")
    assert links == [Link(url="https://www.ikstemook.be", label="www.ikstemook.be")]


def test_a_bare_domain_with_a_path_becomes_an_https_link_with_a_lowercased_host():
    links = find_links("Voor alle info: VI.BE/lokaal.")
    assert links == [Link(url="https://vi.be/lokaal", label="VI.BE/lokaal")]


def test_a_www_address_keeps_its_path_and_query():
    assert urls("Zie WWW.Okra.be/Acties?jaar=2024#top!") == [
        "https://www.okra.be/Acties?jaar=2024#top"
    ]


def test_explicit_urls_are_kept_as_written():
    assert urls("Lees https://www.vi.be/lokaal/Muziek?x=1&y=2 nu") == [
        "https://www.vi.be/lokaal/Muziek?x=1&y=2"
    ]
    assert urls("of http://voorbeeld.be") == ["http://voorbeeld.be"]
    assert urls("HTTPS://Voorbeeld.be/a") == ["https://Voorbeeld.be/a"]


@pytest.mark.parametrize(
    "written",
    [
        "(zie https://okra.be/actie).",
        "Zie https://okra.be/actie, en meer.",
        "Echt https://okra.be/actie!",
        "Ken je https://okra.be/actie?",
        "Link: https://okra.be/actie: bekijk het.",
        "“https://okra.be/actie”",
        "‘https://okra.be/actie’;",
        "https://okra.be/actie...",
    ],
)
def test_trailing_punctuation_is_not_part_of_a_link(written):
    assert find_links(written) == [Link("https://okra.be/actie", "https://okra.be/actie")]


def test_a_closing_bracket_the_url_opened_is_kept():
    assert urls("Zie https://nl.wikipedia.org/wiki/Okra_(vereniging).") == [
        "https://nl.wikipedia.org/wiki/Okra_(vereniging)"
    ]


def test_an_email_address_becomes_a_mailto_link():
    links = find_links("Mail naar info@vi.be of Jan.Peeters+dossier@okra.be.")
    assert links == [
        Link("mailto:info@vi.be", "info@vi.be"),
        Link("mailto:Jan.Peeters+dossier@okra.be", "Jan.Peeters+dossier@okra.be"),
    ]


def test_a_bare_domain_without_a_path_is_a_link_only_for_common_top_level_domains():
    assert urls("Daarom pakt Beweging.net uit met aanbevelingen.") == ["https://beweging.net"]
    assert urls("Lees het op vrijwilligers.vlaanderen of okra.be.") == [
        "https://vrijwilligers.vlaanderen",
        "https://okra.be",
    ]
    assert urls("Open rapport.pdf of verslag.docx en notulen.txt.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Uitvoering op lokaal niveau (of i.s.m. het Sociaal Huis).",
        "Een campagne met vormingen en informatie oa. over democratie.",
        "Nl: 'Ouderen verkiezen inspraak in 2024'.",
        "Heel wat schepenen of (aspirant-)politici staan open voor dialoog.",
        "Zie bv. de tips, enz. En o.a. de brochure, m.a.w. alles.",
        "Webinar op 28/09 om 19.30 uur, 1 op de 5 en/of 24/7.",
        "Ben jij de volgende?Ja.Nee!",
        "Het werkt in je gemeente.Be jij de volgende?",
        "Dat kost 2.5 euro of 3.50/stuk.",
        "Gebruik ftp://bestanden.okra.be/a of javascript:alert(1) of data:text/html,x.",
        "Mail naar info@ of @okra of okra@.",
    ],
)
def test_abbreviations_sentence_ends_and_other_schemes_are_not_links(text):
    assert find_links(text) == []


def test_links_are_added_to_cards_after_the_parsers_links_without_duplicates():
    initiative = card("Zie www.okra.be en https://www.okra.be en VI.BE/lokaal.")
    initiative.links = [Link("https://vi.be/lokaal", "de pagina")]
    enrich(document_of(initiative))
    assert [(link.url, link.label) for link in initiative.links] == [
        ("https://vi.be/lokaal", "de pagina"),
        ("https://www.okra.be", "www.okra.be"),
    ]


def test_links_in_a_card_become_anchors_in_its_html_with_the_same_words():
    initiative = enriched_card("Basisinfo op www.ikstemook.be & VI.BE/lokaal?a=1&b=2.")
    assert initiative.html == (
        'Basisinfo op <a href="https://www.ikstemook.be">www.ikstemook.be</a> &amp; '
        '<a href="https://vi.be/lokaal?a=1&amp;b=2">VI.BE/lokaal?a=1&amp;b=2</a>.'
    )
    assert initiative.text == "Basisinfo op www.ikstemook.be & VI.BE/lokaal?a=1&b=2."


def test_existing_anchors_in_html_are_left_alone():
    fragment = 'Lees <a href="https://okra.be/x">okra.be/x</a> of <b>www.vi.be</b>.'
    initiative = card("Lees okra.be/x of www.vi.be.", html_fragment=fragment)
    enrich(document_of(initiative))
    assert initiative.html == (
        'Lees <a href="https://okra.be/x">okra.be/x</a> of '
        '<b><a href="https://www.vi.be">www.vi.be</a></b>.'
    )


def test_paragraphs_get_links_and_anchors_too():
    paragraph = Paragraph("Info op www.vlaanderen.be/verkiezingen.", "", Lines.one(3))
    paragraph.html = html.escape(paragraph.text)
    enrich(document_of(intro=[paragraph]))
    assert [link.url for link in paragraph.links] == ["https://www.vlaanderen.be/verkiezingen"]
    assert '<a href="https://www.vlaanderen.be/verkiezingen">' in paragraph.html


def test_a_call_to_action_without_a_link_gets_its_first_link():
    without = CallToAction("Laat het ons weten via info@vi.be of www.vi.be.", Lines.one(5))
    with_link = CallToAction(
        "Laat het ons weten via www.vi.be.", Lines.one(6), Link("https://a.be")
    )
    document = Document(body=[without, with_link])
    enrich(document)
    assert without.link == Link("mailto:info@vi.be", "info@vi.be")
    assert with_link.link == Link("https://a.be")


# ----------------------------------------------------------------- organisations


def test_organisations_match_whole_words_in_text_order():
    assert organisations("Okra en Orbit, niet Okrabus of Orbital of Okra2.") == [
        (1, "Okra"),
        (9, "Orbit"),
    ]


def test_possessives_still_match_the_organisation():
    assert organisations("Avansa's voor passende thema's, met Okra’s steun en Orbit's hulp.") == [
        (2, "Avansa"),
        (1, "Okra"),
        (9, "Orbit"),
    ]


def test_a_name_matches_only_where_it_is_written_capitalised_or_in_capitals():
    assert organisations("Een ferme aanpak, heel ferm gedaan met Ferm en FERM.") == [
        (7, "Ferm"),
        (7, "FERM"),
    ]
    assert organisations("okra en OKRA en Okra") == [(1, "OKRA"), (1, "Okra")]


def test_a_name_registered_in_lower_case_matches_as_registered():
    registry = Registry([RegistryEntry("kz", "kunstZ")])
    assert organisations("Met kunstZ en KUNSTZ, niet kunstz.", registry) == [
        ("kz", "kunstZ"),
        ("kz", "KUNSTZ"),
    ]


def test_the_longest_name_wins_without_overlaps():
    assert organisations("Avansa Limburg en Avansa Kempen gaan aan de slag.") == [
        (3, "Avansa Limburg"),
        (2, "Avansa"),
    ]


def test_names_with_punctuation_and_aliases_match():
    text = "VI.BE helpt. Bij de Vlaamse Ouderenraad (VLORA) en S-Plus, via Beweging.net."
    assert organisations(text) == [
        (4, "VI.BE"),
        (6, "Vlaamse Ouderenraad"),
        (6, "VLORA"),
        (11, "S-Plus"),
        (5, "Beweging.net"),
    ]
    assert organisations("Het Vlaams   Muziekinstituut") == [(4, "Vlaams   Muziekinstituut")]


def test_a_name_matches_without_its_article_or_legal_form():
    assert organisations("Tips van de Wakkere Burger en van Motief.") == [
        (8, "Wakkere Burger"),
        (10, "Motief"),
    ]
    assert organisations("De Wakkere Burger en Motief vzw") == [
        (8, "De Wakkere Burger"),
        (10, "Motief vzw"),
    ]


def test_find_gives_the_span_of_each_match():
    text = "Met Okra’s hulp."
    [(entry, matched, start, end)] = REGISTRY.find(text)
    assert (entry.name, matched, text[start:end]) == ("Okra", "Okra", "Okra")


def test_cards_get_one_reference_per_organisation_in_text_order():
    initiative = enriched_card("VLORA en Okra, samen met de Vlaamse Ouderenraad en Okra’s leden.")
    assert [(ref.key, ref.name, ref.matched) for ref in initiative.organisations] == [
        (6, "Vlaamse Ouderenraad", "VLORA"),
        (1, "Okra", "Okra"),
    ]


def test_without_a_registry_cards_get_no_organisations_and_no_warnings():
    initiative = card("Okra en SAAMO en Rebelle vzw.")
    document = enrich(document_of(initiative))
    assert initiative.organisations == []
    assert document.warnings == []


def test_matching_two_thousand_cards_against_three_hundred_organisations_is_fast():
    entries = [RegistryEntry(n, f"Organisatie {n} Vlaanderen", (f"ORG{n}",)) for n in range(300)]
    registry = Registry([*entries, *REGISTRY.entries])
    text = (
        "Ieders Stem Telt is een campagne. SAAMO trekt Ieders Stem Telt, met inzet van "
        "Welzijnszorg, Avansa, Okra en Organisatie 17 Vlaanderen (ORG42). Zie www.okra.be. "
    ) * 3
    document = document_of(*(card(text, line) for line in range(2000)))
    started = time.perf_counter()
    enrich(document, registry)
    assert time.perf_counter() - started < 10
    assert [ref.key for ref in document.sections[0].initiatives[0].organisations] == [2, 1, 17, 42]


# ----------------------------------------------------------------- unknown names


def test_names_before_a_legal_form_are_reported():
    assert unknown_names("Gendergelijkheid. Rebelle vzw formuleerde aanbevelingen.") == [
        "Rebelle vzw"
    ]


def test_all_caps_words_are_reported_unless_known():
    assert unknown_names("SAAMO trekt de campagne met Okra, CAW en VLORA.") == ["SAAMO", "CAW"]


def test_runs_of_capitalised_words_inside_a_sentence_are_reported():
    assert unknown_names("In dit memorandum geven Casa Rosa en UniQue hun visie.") == ["Casa Rosa"]


def test_a_run_after_a_leading_article_at_the_start_of_a_sentence_is_reported():
    assert unknown_names("Het Groot Verzet is bezorgd.") == ["Groot Verzet"]


def test_capitalised_sentence_starts_quoted_titles_and_shouting_are_not_reported():
    names = unknown_names(
        "Ieders Stem Telt is een brede campagne.",
        "Avansa Kempen deelt in ‘Plan Kolos’ tips en 'Stem Ervaren 2024' ook.",
        "LEES HIER MEER over een LGBTI+ inclusief beleid, hoofdstuk IV.",
        "Doel: Kansengroepen Bereiken om keuzes te maken.",
    )
    assert names == []


def test_known_organisations_and_their_names_are_not_reported():
    text = "Okra, Avansa Limburg, ORBIT vzw en Motief vzw werken samen met De Wakkere Burger."
    assert unknown_names(text) == []


def test_each_unknown_name_is_reported_once_at_the_line_of_its_first_card():
    document = document_of(
        card("Ook SAAMO en de Inclusie Ambassade doen mee.", line=12),
        card("Vanaf 2023 licht de Inclusie Ambassade toe; SAAMO ook.", line=14),
        card("De Inclusie Ambassade roept besturen op.", line=15),
    )
    enrich(document, REGISTRY)
    assert [(warning.line, warning.code) for warning in document.warnings] == [
        (12, "unknown_organisation"),
        (12, "unknown_organisation"),
    ]
    assert "“SAAMO”" in document.warnings[0].message
    assert "“Inclusie Ambassade”" in document.warnings[1].message


# ------------------------------------------------------------------------ titles


def test_a_short_leading_phrase_becomes_the_title():
    assert derive_title("Gendergelijkheid. We zijn er nog niet. Rebelle vzw formuleerde.") == (
        "Gendergelijkheid",
        "We zijn er nog niet. Rebelle vzw formuleerde.",
    )
    assert derive_title("Digitale participatie. Niet enkel rozegeur en maneschijn...") == (
        "Digitale participatie",
        "Niet enkel rozegeur en maneschijn...",
    )


def test_no_title_when_what_follows_is_shorter_than_it():
    text = "OpenDoek ondersteunt lokale theatergroepen met een toolkit. Contact: info@opendoek.be"
    assert derive_title(text) == ("", text)


def test_a_title_keeps_its_question_mark_exclamation_mark_or_ellipsis():
    assert derive_title(
        "Hoorde je al van de 8 meicoalitie? Een samenwerkingsverband van vakbonden, "
        "middenveld en de culturele en academische wereld."
    )[0] == ("Hoorde je al van de 8 meicoalitie?")
    assert derive_title("Doe mee! Het kan nog tot het einde van de maand.")[0] == "Doe mee!"
    assert derive_title("Het kan ook iets luchtiger... Er komt veel verkiezingsinfo op ons af.")[
        0
    ] == ("Het kan ook iets luchtiger...")
    assert (
        derive_title("Even wachten… Dan gaan we verder met het volgende punt.")[0]
        == "Even wachten…"
    )


@pytest.mark.parametrize(
    "text",
    [
        # Long first sentences, by words or by characters.
        "Praten, overleggen, checken en nog eens in gesprek gaan. Beleid volgt.",
        "Amateurkunstondersteuningsinitiatieven en burgerparticipatietrajecten. Meer.",
        "Samen met o.a. Okra en Ferm zoeken we vrijwilligers voor de hele zomer. Meld je aan.",
        # One sentence only, or nothing but punctuation after it.
        "Meer info volgt.",
        "Meer info volgt. ...",
        # What follows does not start a new sentence.
        "Wacht even... en dan verder.",
        "Een campagne met oa. Vormingen over democratie.",
        # Not a title: a link, or unbalanced brackets.
        "Zie www.okra.be. Daar staat alles.",
        "Avansa Kempen deelt (50 tips. Van communicatie tot budget.",
        "",
    ],
)
def test_no_title_is_derived_without_a_short_leading_phrase(text):
    assert derive_title(text) == ("", text)


def test_the_card_html_loses_the_title_phrase_too():
    initiative = enriched_card("Gendergelijkheid. We zijn er nog niet & Rebelle weet het.")
    assert initiative.title == "Gendergelijkheid"
    assert initiative.text == "We zijn er nog niet & Rebelle weet het."
    assert initiative.html == "We zijn er nog niet &amp; Rebelle weet het."


def test_a_title_in_bold_html_is_removed_with_its_markup():
    initiative = card(
        "Digitale participatie. Niet enkel rozegeur.",
        html_fragment="<b>Digitale participatie.</b> Niet enkel <i>rozegeur</i>.",
    )
    enrich(document_of(initiative))
    assert (initiative.title, initiative.html) == (
        "Digitale participatie",
        "Niet enkel <i>rozegeur</i>.",
    )


@pytest.mark.parametrize(
    "fragment",
    [
        '<a href="https://okra.be">Digitale participatie.</a> Niet enkel rozegeur.',
        "<b>Digitale participatie. Niet</b> enkel rozegeur.",
        "Digitale<br>participatie. Niet enkel rozegeur.",
        "Iets anders. Niet enkel rozegeur.",
    ],
)
def test_no_title_is_derived_when_the_html_phrase_cannot_be_removed_safely(fragment):
    initiative = card("Digitale participatie. Niet enkel rozegeur.", html_fragment=fragment)
    enrich(document_of(initiative))
    assert initiative.title == ""
    assert initiative.text == "Digitale participatie. Niet enkel rozegeur."
    assert initiative.html == fragment


def test_a_card_that_has_a_title_keeps_it():
    initiative = card("Gendergelijkheid. We zijn er nog niet.")
    initiative.title = "Zorg en gezondheid"
    enrich(document_of(initiative))
    assert (initiative.title, initiative.text) == (
        "Zorg en gezondheid",
        "Gendergelijkheid. We zijn er nog niet.",
    )


# ----------------------------------------------------------- nothing gets lost


def document_words(document: Document) -> tuple[Counter[str], Counter[str]]:
    """The words of every text field, and of every html field plus titles."""
    text, markup = Counter(), Counter()
    for section in document.sections:
        for item in section.items:
            text += words(item.text) + words(getattr(item, "title", ""))
            markup += html_words(getattr(item, "html", "")) + words(getattr(item, "title", ""))
    for paragraph in document.intro:
        text += words(paragraph.text)
        markup += html_words(paragraph.html)
    return text, markup


def test_enriching_the_seed_cards_keeps_every_word():
    lines = SEED.read_text(encoding="utf-8").splitlines()
    cards = [
        card(line.strip(" •"), number)
        for number, line in enumerate(lines, 1)
        if line.strip().startswith("•")
    ]
    document = document_of(*cards)
    before = document_words(document)
    enrich(document, REGISTRY)
    assert document_words(document) == before
    titled = {initiative.title for initiative in cards if initiative.title}
    assert {"Gendergelijkheid", "Digitale participatie", "Het kan ook iets luchtiger..."} <= titled
    by_line = {initiative.lines.first: initiative for initiative in cards}
    assert [link.url for link in by_line[14].links] == ["https://www.ikstemook.be"]
    assert "https://vi.be/lokaal" in [link.url for link in by_line[22].links]
    assert [ref.name for ref in by_line[12].organisations] == ["Avansa Limburg"]


WORD_PIECES = [
    "Okra", "Avansa Limburg", "VI.BE/lokaal", "www.okra.be", "info@vi.be", "https://a.be/(x)",
    "Rebelle vzw", "SAAMO", "Gendergelijkheid.", "...", "…", "?", "!", ". ", "  ", "\n", "&",
    "<b>", "'s", "’", "“", "javascript:", "ftp://x.be", "Ferm", "ferm", "i.s.m.", "oa.",
]  # fmt: skip
text_pieces = st.one_of(
    st.sampled_from(WORD_PIECES),
    st.text(alphabet="abcéëXYZ019 .,;:!?()/-@'’", max_size=6),
)
texts = st.lists(text_pieces, max_size=25).map("".join)


@st.composite
def cards(draw) -> Initiative:
    """A card whose html is its escaped text, with a bold or linked stretch at times."""
    text = draw(texts)
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    tag = draw(st.sampled_from(["", "b", "i", "a"]))
    opening = '<a href="https://okra.be">' if tag == "a" else f"<{tag}>"
    middle = f"{opening}{html.escape(text[start:end])}</{tag}>" if tag else text[start:end]
    fragment = html.escape(text[:start]) + middle + html.escape(text[end:])
    return card(text, html_fragment=fragment)


@settings(max_examples=200, deadline=None)
@given(st.lists(cards(), min_size=1, max_size=4), texts)
def test_enrich_never_changes_the_word_multiset(cards, paragraph_text):
    paragraph = Paragraph(paragraph_text, html.escape(paragraph_text), Lines.one(1))
    document = document_of(*cards, intro=[paragraph])
    before = [(words(c.text), html_words(c.html)) for c in cards]
    before_document = document_words(document)
    enrich(document, REGISTRY)
    assert document_words(document) == before_document
    for initiative, (text_words, html_fragment_words) in zip(cards, before, strict=True):
        assert words(initiative.title) + words(initiative.text) == text_words
        assert words(initiative.title) + html_words(initiative.html) == html_fragment_words


@settings(max_examples=200, deadline=None)
@given(texts)
def test_find_links_only_yields_http_https_or_mailto_urls(text):
    for link in find_links(text):
        assert link.url.startswith(("http://", "https://", "mailto:"))
        assert not any(char.isspace() or char in '<>"' for char in link.url)
        assert link.label in text
