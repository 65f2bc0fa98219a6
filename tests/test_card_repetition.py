"""A card never says one thing twice: an inline link, an organisation chip and a button."""

import pytest
from bs4 import BeautifulSoup

from tests.utils import card, make_dossier, make_organisation, section
from wagtail_dossiers.cards import is_bare_domain, link_key

pytestmark = pytest.mark.usefixtures("dutch_and_empty_cache")


def rendered_card(client, home, raw: dict) -> BeautifulSoup:
    page = make_dossier(home, body=[section("Thema", [raw])])
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("article.dossiers-card")


def said(article) -> dict[str, list]:
    return {
        "text links": [(a.get_text(), a["href"]) for a in article.select(".dossiers-card__text a")],
        "chips": [a.get_text() for a in article.select(".dossiers-chip a")],
        "buttons": [(a.get_text(), a["href"]) for a in article.select("a.dossiers-link")],
    }


@pytest.mark.django_db
def test_an_organisation_named_in_the_text_is_not_also_a_link_to_its_bare_domain(client, home):
    # What the importer makes of "VI.BE ondersteunt … Voor alle info: VI.BE/lokaal."
    vibe = make_organisation("VI.BE", aliases="VIBE", website="https://www.vi.be")
    raw = card(
        'Interview. <a href="https://vi.be">VI.BE</a> ondersteunt steden. '
        'Voor alle info: <a href="https://vi.be/lokaal">VI.BE/lokaal</a>.',
        organisations=[vibe],
        links=[("VI.BE", "https://vi.be"), ("VI.BE/lokaal", "https://vi.be/lokaal")],
    )
    article = rendered_card(client, home, raw)
    assert said(article) == {
        "text links": [("VI.BE/lokaal", "https://vi.be/lokaal")],
        "chips": ["VI.BE"],
        "buttons": [],
    }
    # The name stays in the text, as words.
    assert "VI.BE ondersteunt steden." in article.select_one(".dossiers-card__text").get_text()


@pytest.mark.django_db
def test_a_button_that_repeats_a_link_of_the_text_is_left_out(client, home):
    orbit = make_organisation("Orbit", website="https://www.orbitvzw.be")
    raw = card(
        'Orbit sensibiliseert. Basisinfo op <a href="https://www.ikstemook.be">www.ikstemook.be</a>.',
        organisations=[orbit],
        links=[
            ("www.ikstemook.be", "https://www.ikstemook.be/"),
            ("Lees de brochure", "https://www.orbitvzw.be/brochure"),
            ("Lees de brochure", "https://www.orbitvzw.be/brochure"),
        ],
    )
    assert said(rendered_card(client, home, raw)) == {
        "text links": [("www.ikstemook.be", "https://www.ikstemook.be")],
        "chips": ["Orbit"],
        "buttons": [("Lees de brochure", "https://www.orbitvzw.be/brochure")],
    }


@pytest.mark.django_db
def test_a_button_naming_a_chips_organisation_goes_only_where_the_chip_does_not(client, home):
    okra = make_organisation("Okra", aliases="OKRA", website="https://www.okra.be")
    raw = card(
        'Een filmpje van <a href="https://www.okra.be/film">Okra</a>.',
        organisations=[okra],
        links=[("OKRA", "https://www.okra.be/"), ("Okra", "https://www.okra.be/campagne")],
    )
    assert said(rendered_card(client, home, raw)) == {
        # A link of the text to a page, not a bare domain, stays.
        "text links": [("Okra", "https://www.okra.be/film")],
        "chips": ["Okra"],
        "buttons": [("Okra", "https://www.okra.be/campagne")],
    }


@pytest.mark.django_db
def test_a_name_not_chosen_on_the_card_keeps_its_link(client, home):
    raw = card('Zie <a href="https://vi.be">VI.BE</a>.', links=[("VI.BE", "https://vi.be")])
    assert said(rendered_card(client, home, raw)) == {
        "text links": [("VI.BE", "https://vi.be")],
        "chips": [],
        "buttons": [],
    }


@pytest.mark.django_db
def test_the_stored_card_keeps_everything_for_the_api(client, home):
    vibe = make_organisation("VI.BE", website="https://www.vi.be")
    raw = card(
        '<a href="https://vi.be">VI.BE</a> helpt.',
        organisations=[vibe],
        links=[("VI.BE", "https://vi.be")],
    )
    page = make_dossier(home, body=[section("Thema", [raw])])
    value = page.body[0].value["items"][0].value
    assert 'href="https://vi.be"' in value["text"].source
    assert len(value["links"]) == 1 and value.shown_links == []


def test_link_keys_and_bare_domains():
    assert link_key("https://www.vi.be/") == link_key("http://vi.be") == "vi.be"
    assert link_key("https://vi.be/lokaal/") == "vi.be/lokaal"
    assert is_bare_domain("https://vi.be") and is_bare_domain("https://vi.be/")
    assert not is_bare_domain("https://vi.be/lokaal") and not is_bare_domain("mailto:a@vi.be")
