"""The cache of rendered cards: a card renders once per version, and is never stale.

Every request below goes through Django's test client and the real cache (LocMem, as
configured for the tests); what a reader sees is read from the response.
"""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation

from tests.utils import (
    block,
    body_with_cards,
    card,
    make_dossier,
    make_image,
    make_organisation,
    section,
)
from wagtail_dossiers import fragments

# A cache that culls nothing, so that growth shows.
ROOMY_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "test-card-cache",
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    }
}


@pytest.fixture
def rendered(monkeypatch):
    """The number of cards rendered (not taken from the cache), request by request."""
    counts = []
    render = fragments.render_cards

    def counting(card_block, raw_cards):
        counts.append(len(raw_cards))
        return render(card_block, raw_cards)

    monkeypatch.setattr(fragments, "render_cards", counting)
    return counts


def cards_of(response) -> dict[str, BeautifulSoup]:
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        item.find("h3").get_text(strip=True): item for item in soup.select("[data-dossiers-card]")
    }


def publish_with(page, change) -> None:
    body = page.body.raw_data
    change(body)
    page.body = list(body)
    page.save_revision().publish()


@pytest.mark.django_db
def test_editing_one_card_renders_only_that_card_again(client, home, rendered):
    organisations = [make_organisation(f"Organisatie {i}") for i in range(4)]
    page = make_dossier(home, body=body_with_cards(40, organisations))
    cache.clear()
    client.get(page.url)
    assert rendered == [40]

    def retitle(body):
        body[2]["value"]["items"][3]["value"]["title"] = "Card 17, edited"

    publish_with(page, retitle)
    shown = cards_of(client.get(page.url))
    assert "Card 17, edited" in shown and "Card 17" not in shown
    assert rendered == [40, 1]
    # A search is put together from the same cards: nothing is rendered for it.
    assert set(cards_of(client.get(page.url + "?q=initiative+17"))) >= {"Card 17, edited"}
    assert rendered == [40, 1]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "?q=okra", "?organisation=okra"])
def test_an_edited_organisation_shows_on_the_next_request(client, home, query):
    okra = make_organisation("Okra", website="https://www.okra.be")
    page = make_dossier(
        home, body=[section("Thema", [card("Okra doet mee.", title="Kaart", organisations=[okra])])]
    )
    cache.clear()
    chip = cards_of(client.get(page.url + query))["Kaart"].select_one(".dossiers-chip")
    assert chip.get_text(strip=True) == "Okra"

    okra.name = "Okra, trefpunt 55+"
    okra.save()
    chip = cards_of(client.get(page.url + query))["Kaart"].select_one(".dossiers-chip")
    assert chip.get_text(strip=True) == "Okra, trefpunt 55+"

    okra.logo = make_image("Okra-logo")
    okra.save()
    chip = cards_of(client.get(page.url + query))["Kaart"].select_one(".dossiers-chip")
    assert chip.select_one("img")["alt"] == "Okra, trefpunt 55+"


def authors_of(response) -> list[dict]:
    soup = BeautifulSoup(response.content, "html.parser")
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    return [author for part in data["hasPart"] for author in part.get("author", [])]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "?q=okra"])
def test_an_edited_website_shows_in_the_structured_data(client, home, query):
    okra = make_organisation("Okra", website="https://www.okra.be")
    body = [section("Thema", [card("Okra doet mee.", title="Kaart", organisations=[okra])])]
    page = make_dossier(home, body=body)
    cache.clear()
    assert authors_of(client.get(page.url + query)) == [
        {"@type": "Organization", "name": "Okra", "url": "https://www.okra.be"}
    ]
    okra.website = "https://www.okra.be/nieuw"
    okra.save()
    assert authors_of(client.get(page.url + query))[0]["url"] == "https://www.okra.be/nieuw"


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "?q=kaart"])
def test_an_edited_linked_page_shows_on_the_next_request(client, home, query):
    target = make_dossier(home, title="Vorming over inspraak")
    linked = card("Lees verder.", title="Kaart")
    linked["value"]["links"] = [{"label": "", "url": "", "page": target.pk}]
    page = make_dossier(home, body=[section("Thema", [linked])])
    cache.clear()
    link = cards_of(client.get(page.url + query))["Kaart"].select_one(".dossiers-link")
    assert (link.get_text(strip=True), link["href"]) == ("Vorming over inspraak", target.url)

    target.title = "Vorming over burgerparticipatie"
    target.slug = "burgerparticipatie"
    target.save_revision().publish()
    target.refresh_from_db()
    link = cards_of(client.get(page.url + query))["Kaart"].select_one(".dossiers-link")
    assert link.get_text(strip=True) == "Vorming over burgerparticipatie"
    assert link["href"] == target.url and "burgerparticipatie" in target.url


@pytest.mark.django_db
def test_a_page_linked_from_outside_the_cards_shows_edited_on_the_next_request(client, home):
    """The whole body is cached, so what a call to action links to is part of its key too."""
    target = make_dossier(home, title="Word lid")
    invitation = block(
        "call_to_action",
        {"text": "Doe mee.", "link": {"label": "", "url": "", "page": target.pk}},
    )
    page = make_dossier(home, body=[invitation, section("Thema", [card("Een kaart.")])])
    cache.clear()
    cta = BeautifulSoup(client.get(page.url).content, "html.parser").select_one(".dossiers-cta")
    assert cta.select_one("a").get_text(strip=True) == "Word lid"

    target.title = "Word vandaag lid"
    target.save_revision().publish()
    cta = BeautifulSoup(client.get(page.url).content, "html.parser").select_one(".dossiers-cta")
    assert cta.select_one("a").get_text(strip=True) == "Word vandaag lid"


@pytest.mark.django_db
def test_each_language_has_its_own_rendered_cards(client, home):
    okra = make_organisation("Okra")
    page = make_dossier(
        home, body=[section("Thema", [card("Okra doet mee.", title="Kaart", organisations=[okra])])]
    )
    cache.clear()
    dutch = cards_of(client.get(page.url))["Kaart"]
    english_url = "/en" + page.url
    with translation.override("en"):  # and back to Dutch after the English request
        english = cards_of(client.get(english_url))["Kaart"]
    assert dutch.select_one("[aria-label]")["aria-label"] == "Organisaties"
    assert english.select_one("[aria-label]")["aria-label"] == "Organisations"


@pytest.mark.django_db
@override_settings(CACHES=ROOMY_CACHE)
def test_a_thousand_searches_add_no_entries_to_the_cache(client, home):
    organisations = [make_organisation(f"Organisatie {i}") for i in range(4)]
    page = make_dossier(home, body=body_with_cards(50, organisations, sections=5))
    cache.clear()
    client.get(page.url)
    client.get(page.url + "?q=warm")
    before = len(cache._cache)
    # The cards of the five sections, the page as a whole for the unfiltered view, and
    # Wagtail's own site root paths.
    assert before == 5 + 1 + 1
    for n in range(1000):
        response = client.get(f"{page.url}?q=zoekterm+{n}")
        assert response.status_code == 200
    assert len(cache._cache) == before
    # Unknown filter values neither.
    for n in range(100):
        client.get(f"{page.url}?organisation=onbekend-{n}")
        client.get(f"{page.url}?section=onbekend-{n}")
    assert len(cache._cache) == before


@pytest.mark.django_db
@override_settings(CACHES=ROOMY_CACHE)
def test_a_preview_neither_reads_nor_fills_the_cache(client, home):
    page = make_dossier(home, body=[section("Thema", [card("Zoals gepubliceerd.", title="Kaart")])])
    cache.clear()
    client.get(page.url + "?q=kaart")
    [key] = [key for key in cache._cache if "wagtail_dossiers:cards:" in key]
    bundle_key = key.split(":", 2)[2]  # without the cache's own prefix and version
    bundle = cache.get(bundle_key)
    cache.set(bundle_key, {k: f._replace(html="<p>uit de cache</p>") for k, f in bundle.items()})
    # A search is put together from that entry: what it holds is what a reader sees.
    assert "uit de cache" in client.get(page.url + "?q=kaart").content.decode()
    entries = dict(cache._cache)

    response = page.get_latest_revision_as_object().make_preview_request()
    html = response.content.decode()
    assert "Zoals gepubliceerd." in html and "uit de cache" not in html
    assert dict(cache._cache) == entries


@pytest.mark.django_db
@override_settings(WAGTAIL_DOSSIERS={"CACHE_TIMEOUT": 0})
def test_no_cache_timeout_renders_every_card_every_time(client, home, rendered):
    """While a site works on its templates, every request shows the template as it is."""
    page = make_dossier(home, body=[section("Thema", [card("Een.", title="Een"), card("Twee.")])])
    cache.clear()
    client.get(page.url)
    client.get(page.url + "?q=een")
    assert rendered == [2, 2]
