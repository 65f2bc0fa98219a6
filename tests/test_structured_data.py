"""schema.org JSON-LD on the dossier page: valid, complete and impossible to break out of."""

import json
import re

import pytest
from django.utils import translation

from tests.utils import card, make_dossier, make_organisation, section
from wagtail_dossiers.structured_data import json_ld_script

JSON_LD_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


@pytest.fixture(autouse=True)
def dutch():
    # A request under /en/ elsewhere may have left English active, and with it page.url.
    with translation.override("nl"):
        yield


def json_ld(html: str) -> dict:
    scripts = JSON_LD_RE.findall(html)
    assert len(scripts) == 1
    return json.loads(scripts[0])


@pytest.mark.django_db
def test_the_page_describes_itself_as_a_collection_of_initiatives(client, home):
    okra = make_organisation("Okra", website="https://www.okra.be")
    vief = make_organisation("Vief")
    page = make_dossier(
        home,
        title="Lokale verkiezingen",
        intro="<p>Lokale verkiezingen <b>beroeren</b> onze sectoren.</p>",
        body=[
            section(
                "Sectoren in actie",
                [
                    card(
                        "Okra roept senioren op.",
                        title="Stemoproep",
                        organisations=[okra, vief],
                        links=[("Bekijk het filmpje", "https://www.okra.be/film")],
                    ),
                    card("Een spel over politiek."),
                ],
            ),
            section("Maar even goed dorpen", []),
        ],
    )
    data = json_ld(client.get(page.url).content.decode())
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "CollectionPage"
    assert data["name"] == "Lokale verkiezingen"
    assert data["description"] == "Lokale verkiezingen beroeren onze sectoren."
    assert data["url"].startswith("http") and data["url"].endswith(page.url)
    assert data["inLanguage"] == "nl"
    first, second = data["hasPart"]
    assert first == {
        "@type": "CreativeWork",
        "name": "Stemoproep",
        "text": "Okra roept senioren op.",
        "keywords": "Sectoren in actie",
        "author": [
            {"@type": "Organization", "name": "Okra", "url": "https://www.okra.be"},
            {"@type": "Organization", "name": "Vief"},
        ],
        "url": "https://www.okra.be/film",
    }
    # A card without a title is named by the start of its text.
    assert second["name"] == "Een spel over politiek."
    assert "author" not in second


@pytest.mark.django_db
def test_filters_do_not_change_what_the_structured_data_lists(client, home):
    okra = make_organisation("Okra")
    page = make_dossier(
        home, body=[section("Thema", [card("Met Okra", organisations=[okra]), card("Zonder")])]
    )
    data = json_ld(client.get(page.url + "?organisation=okra").content.decode())
    assert len(data["hasPart"]) == 2


@pytest.mark.django_db
def test_card_text_cannot_break_out_of_the_script_element(client, home):
    hostile = "</script><script>alert(1)</script>"
    page = make_dossier(
        home,
        title="Dossier & co <b>",
        body=[
            section(
                "Thema",
                [
                    card("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", title=hostile),
                ],
            )
        ],
    )
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html
    data = json_ld(html)
    # The text survives intact for whoever reads the data.
    assert data["name"] == "Dossier & co <b>"
    assert data["hasPart"][0]["name"] == hostile
    assert data["hasPart"][0]["text"] == hostile


def test_the_script_escapes_every_character_that_could_end_it():
    script = json_ld_script({"text": "</script><!-- & -->"})
    body = script.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "<" not in body and ">" not in body and "&" not in body
    assert json.loads(body) == {"text": "</script><!-- & -->"}
