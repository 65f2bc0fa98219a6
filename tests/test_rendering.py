"""The public page and every block render correctly, escaped and at a fixed query cost."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.utils import block, body_with_cards, card, make_dossier, make_organisation, section

HOSTILE = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']


@pytest.mark.django_db
def test_dossier_page_renders_label_title_sections_and_cards(client, home):
    okra = make_organisation("Okra", website="https://www.okra.be")
    page = make_dossier(
        home,
        title="Lokale verkiezingen",
        dossier_name="Oriëntatiekader 2024",
        intro="<p>Lokale verkiezingen beroeren onze sectoren.</p>",
        body=[
            section("Sectoren in actie", [card("Okra roept senioren op.", organisations=[okra])]),
            section("Maar even goed dorpen", []),
            block(
                "contact", {"name": "Elke Verhaeghe", "action_label": "Neem contact op met Elke"}
            ),
        ],
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "Oriëntatiekader 2024" in html
    assert '<section class="dossiers-section" id="sectoren-in-actie"' in html
    assert '<article class="dossiers-card">' in html
    assert '<a href="https://www.okra.be">Okra</a>' in html
    assert "Elke Verhaeghe" in html and "Neem contact op met Elke" in html
    # A section without cards says so rather than showing an empty box.
    assert "dossiers-section__empty" in html


@pytest.mark.django_db
@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_in_title_heading_and_card_is_escaped(client, home, hostile):
    page = make_dossier(
        home,
        title=f"Title {hostile}",
        dossier_name=hostile,
        body=[
            section(f"Heading {hostile}", [card("plain", title=f"Card {hostile}")]),
            block(
                "call_to_action", {"text": hostile, "link": {"label": "", "url": "", "page": None}}
            ),
            block("contact", {"name": hostile, "action_label": hostile}),
            block("image", {"image": None, "alt_text": hostile, "caption": hostile}),
        ],
    )
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x onerror" not in html
    assert "&lt;script&gt;" in html or "&quot;&gt;&lt;img" in html


@pytest.mark.django_db
def test_every_block_renders_on_its_own():
    from wagtail_dossiers import blocks

    org = make_organisation("Avansa Limburg", website="https://avansa-limburg.be")
    cases = [
        (
            blocks.SectionBlock(),
            {
                "heading": "Thema",
                "intro": "<p>Inleiding</p>",
                "items": [{"type": "paragraph", "value": "<p>Een tekst</p>"}],
            },
            "Thema",
        ),
        (
            blocks.InitiativeBlock(),
            {
                "title": "Spel",
                "text": "<p>Een spel</p>",
                "organisations": [org.pk],
                "links": [{"label": "Meer", "url": "https://x.be", "page": None}],
                "image": {"image": None, "alt_text": "", "caption": ""},
            },
            'href="https://avansa-limburg.be">Avansa Limburg',
        ),
        (blocks.ParagraphBlock(), "<p>Alinea</p>", "Alinea"),
        (
            blocks.CallToActionBlock(),
            {
                "text": "Laat het ons weten",
                "link": {"label": "Mail ons", "url": "mailto:info@example.org", "page": None},
            },
            'href="mailto:info@example.org">Mail ons',
        ),
        (
            blocks.ContactBlock(),
            {"name": "Elke", "email": "elke@example.org", "action_label": "Mail Elke"},
            'href="mailto:elke@example.org">Mail Elke',
        ),
    ]
    for block_def, raw, expected in cases:
        html = block_def.render(block_def.to_python(raw))
        assert expected in html, type(block_def).__name__
    # An image whose file is not chosen yet shows nothing (its alt text waits for the file).
    image_block = blocks.ImageItemBlock()
    assert (
        image_block.render(image_block.to_python({"image": None, "alt_text": "Groep"})).strip()
        == ""
    )


def _render_queries(client, page) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.django_db
def test_rendering_costs_the_same_queries_for_5_and_500_cards(client, home):
    organisations = [
        make_organisation(f"Organisatie {i}", website=f"https://org{i}.be") for i in range(40)
    ]
    small = make_dossier(home, title="Klein", body=body_with_cards(5, organisations))
    large = make_dossier(home, title="Groot", body=body_with_cards(500, organisations))
    _render_queries(client, small)  # warm up per-process caches (site root paths, content types)
    small_count = _render_queries(client, small)
    large_count = _render_queries(client, large)
    assert large.body.raw_data and len(large.body.raw_data) == 5
    assert small_count == large_count
