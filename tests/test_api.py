"""Wagtail's API v2 gives a dossier's cards with their organisations and images."""

import pytest

from tests.utils import block, card, make_dossier, make_image, make_organisation, section


@pytest.mark.django_db
def test_the_pages_endpoint_gives_cards_with_organisation_records_and_image_renditions(
    client, home
):
    okra = make_organisation("Okra", website="https://www.okra.be")
    image = make_image("Groep film debat")
    with_image = card("Een debat met film.", title="Filmdebat", organisations=[okra])
    with_image["value"]["image"] = {"image": image.pk, "alt_text": "Groep", "caption": ""}
    page = make_dossier(
        home,
        title="Verkiezingen",
        dossier_name="Oriëntatiekader",
        body=[
            section("Lokaal debat", [with_image]),
            block("image", {"image": image.pk, "alt_text": "Een zaal vol mensen", "caption": ""}),
        ],
    )
    response = client.get(
        "/api/v2/pages/",
        {"type": "wagtail_dossiers.DossierPage", "fields": "dossier_name,body"},
    )
    assert response.status_code == 200
    [item] = response.json()["items"]
    assert item["id"] == page.pk and item["dossier_name"] == "Oriëntatiekader"

    section_value = item["body"][0]["value"]
    card_value = section_value["items"][0]["value"]
    assert card_value["organisations"] == [
        {"id": okra.pk, "name": "Okra", "slug": "okra", "website": "https://www.okra.be"}
    ]
    assert card_value["image"]["alt_text"] == "Groep"
    assert card_value["image"]["image"]["renditions"]["thumbnail"]["url"].startswith("http")

    image_value = item["body"][1]["value"]
    assert image_value["alt_text"] == "Een zaal vol mensen"
    assert set(image_value["image"]["renditions"]) == {"thumbnail", "full"}
