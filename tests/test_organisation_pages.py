"""Every organisation has a public page: who it is, and its cards across published dossiers."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from tests.utils import card, make_dossier, make_image, make_organisation, section

JSON_LD_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


pytestmark = pytest.mark.usefixtures("dutch_and_empty_cache")


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def words(element) -> str:
    return " ".join(element.get_text().split())


@pytest.fixture
def okra(db):
    return make_organisation(
        "Okra",
        website="https://www.okra.be",
        description="Trefpunt 55+.",
        aliases="OKRA",
        logo=make_image("Okra-logo"),
    )


@pytest.fixture
def two_dossiers(home, okra):
    vief = make_organisation("Vief")
    first = make_dossier(
        home,
        title="Lokale verkiezingen",
        body=[
            section(
                "Sectoren in actie",
                [
                    card("Okra roept senioren op.", title="Stemoproep", organisations=[okra]),
                    card("Vief praat met de burgemeester.", organisations=[vief]),
                ],
            ),
            section(
                "Dorpen", [card("Okra en Vief op het dorpsplein.", organisations=[vief, okra])]
            ),
        ],
    )
    second = make_dossier(
        home,
        title="Vrijwilligerswerk",
        body=[section("Ruimte", [card("Okra zoekt vrijwilligers.", organisations=[okra])])],
    )
    return first, second


@pytest.mark.django_db
def test_the_organisation_page_shows_name_logo_description_and_website(client, okra):
    soup = soup_of(client.get(okra.get_absolute_url()))
    assert okra.get_absolute_url() == "/organisaties/okra/"
    assert words(soup.select_one("h1")) == "Okra"
    assert "Trefpunt 55+." in words(soup.select_one("main header"))
    assert soup.select_one("header img.dossiers-organisation__logo")["alt"] == ""
    assert soup.select_one(".dossiers-organisation__website a")["href"] == "https://www.okra.be"
    assert "Nog geen gepubliceerd dossier" in words(soup.select_one("main"))


@pytest.mark.django_db
def test_it_lists_the_cards_that_name_it_by_dossier_and_section_with_their_anchors(
    client, two_dossiers, okra
):
    first, second = two_dossiers
    soup = soup_of(client.get(okra.get_absolute_url()))
    dossiers = soup.select(".dossiers-organisation__dossier")
    # Newest first: the second dossier was published last.
    assert [words(d.select_one("h3")) for d in dossiers] == [second.title, first.title]
    assert [words(h) for h in dossiers[1].select("h4")] == ["Sectoren in actie", "Dorpen"]
    links = [a["href"] for a in dossiers[1].select(".dossiers-organisation__card a")]
    assert len(links) == 2  # Vief's own card is not Okra's
    assert all(href.startswith(first.url + "#card--") for href in links)
    # Each link reaches a card on the dossier page that names Okra.
    page = soup_of(client.get(first.url))
    for href in links:
        li = page.select_one(f'li[id="{href.split("#")[1]}"]')
        assert li is not None and "okra" in li["data-organisations"].split()
    titles = [words(a) for a in soup.select(".dossiers-organisation__card > a")]
    assert titles == ["Okra zoekt vrijwilligers.", "Stemoproep", "Okra en Vief op het dorpsplein."]
    assert "2 initiatieven" not in words(soup.select_one("h2"))
    assert words(soup.select_one("h2")).startswith("3 ")
    # The dossier's own filter stays a click away.
    assert dossiers[1].select_one(".dossiers-organisation__filter a")["href"] == (
        first.url + "?organisation=okra"
    )


@pytest.mark.django_db
def test_only_published_content_is_listed(client, home, okra):
    make_dossier(
        home, title="Concept", publish=False, body=[section("A", [card("x", organisations=[okra])])]
    )
    live = make_dossier(
        home, title="Gepubliceerd", body=[section("B", [card("y", organisations=[okra])])]
    )
    # A draft that removes Okra from the live page leaves the live card listed.
    draft = live.get_latest_revision_as_object()
    draft.body = [("section", {"heading": "B", "intro": "", "items": []})]
    draft.save_revision()
    soup = soup_of(client.get(okra.get_absolute_url()))
    assert [words(h) for h in soup.select("h3")] == ["Gepubliceerd"]


@pytest.mark.django_db
def test_an_unknown_organisation_is_not_found(client):
    assert client.get("/organisaties/niemand/").status_code == 404


@pytest.mark.django_db
def test_the_index_lists_every_organisation(client, okra):
    make_organisation("Vief")
    soup = soup_of(client.get(reverse("wagtail_dossiers:organisation_index")))
    assert [(words(a), a["href"]) for a in soup.select(".dossiers-organisation__index a")] == [
        ("Okra", "/organisaties/okra/"),
        ("Vief", "/organisaties/vief/"),
    ]


def _queries(client, url: str) -> int:
    client.get(url)  # the site's root paths and content types, cached once per process
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize("dossiers", [1, 6])
def test_the_page_costs_the_same_queries_for_one_and_for_several_dossiers(
    client, home, okra, dossiers, django_assert_num_queries
):
    for n in range(dossiers):
        make_dossier(
            home,
            title=f"Dossier {n}",
            body=[
                section(f"Thema {s}", [card(f"Kaart {s}", organisations=[okra])]) for s in range(3)
            ],
        )
    url = okra.get_absolute_url()
    client.get(url)  # the site's root paths, cached once
    # The organisation, the view restrictions, the pages, the logo's rendition.
    with django_assert_num_queries(4):
        soup = soup_of(client.get(url))
    assert len(soup.select(".dossiers-organisation__dossier")) == dossiers
    assert len(soup.select(".dossiers-organisation__card")) == 3 * dossiers


@pytest.mark.django_db
def test_chips_on_cards_link_to_the_organisation_page_and_the_filter_stays(client, two_dossiers):
    first, _second = two_dossiers
    soup = soup_of(client.get(first.url))
    chip = soup.select_one('.dossiers-chip[data-organisation="okra"] a')
    assert chip["href"] == "/organisaties/okra/"
    assert soup.select_one('#dossiers--organisation option[value="okra"]') is not None


@pytest.mark.django_db
def test_under_en_the_links_keep_the_english_prefix(client, two_dossiers, okra):
    first, _second = two_dossiers
    english = f"/en{first.url}"
    with translation.override("en"):
        soup = soup_of(client.get(english))
        assert soup.select_one('.dossiers-chip[data-organisation="okra"] a')["href"] == (
            "/en/organisaties/okra/"
        )
        page = soup_of(client.get("/en/organisaties/okra/"))
    assert page.select_one("html")["lang"] == "en"
    hrefs = [a["href"] for a in page.select(".dossiers-organisation__card a")]
    assert len(hrefs) == 3 and all(href.startswith("/en/") and "#card--" in href for href in hrefs)
    assert sum(href.startswith(f"{english}#card--") for href in hrefs) == 2
    # The cards are the dossiers' Dutch content inside an English page.
    assert {el["lang"] for el in page.select(".dossiers-organisation__cards")} == {"nl"}


@pytest.mark.django_db
def test_the_structured_data_is_an_organization_the_same_as_its_website(client, two_dossiers, okra):
    first, second = two_dossiers
    [script] = JSON_LD_RE.findall(client.get(okra.get_absolute_url()).content.decode())
    data = json.loads(script)
    assert data["@type"] == "Organization"
    assert data["name"] == "Okra" and data["sameAs"] == "https://www.okra.be"
    assert data["url"] == "http://testserver/organisaties/okra/"
    assert data["alternateName"] == ["OKRA"] and data["description"] == "Trefpunt 55+."
    assert data["logo"].startswith("http://testserver/")
    parts = data["subjectOf"]
    assert len(parts) == 3 and parts[0]["@type"] == "CreativeWork"
    assert parts[0]["isPartOf"]["name"] == second.title
    assert parts[1]["url"].startswith(f"http://testserver{first.url}#card--")


@pytest.mark.django_db
def test_the_api_lists_organisations_and_gives_their_initiatives(client, two_dossiers, okra):
    first, _second = two_dossiers
    listing = client.get("/api/v2/organisations/").json()
    assert listing["meta"]["total_count"] == 2
    item = listing["items"][0]
    assert item["name"] == "Okra" and item["slug"] == "okra"
    assert item["meta"]["html_url"] == "http://testserver/organisaties/okra/"
    assert "initiatives" not in item

    detail = client.get(f"/api/v2/organisations/{okra.pk}/").json()
    assert detail["website"] == "https://www.okra.be"
    assert [d["page"]["id"] for d in detail["initiatives"]][1] == first.pk
    sections = detail["initiatives"][1]["sections"]
    assert [s["heading"] for s in sections] == ["Sectoren in actie", "Dorpen"]
    card_value = sections[0]["initiatives"][0]
    assert card_value["title"] == "Stemoproep"
    assert card_value["html_url"] == f"http://testserver{first.url}#card--{card_value['id']}"
