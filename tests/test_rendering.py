"""The public page and every block render correctly, escaped and at a fixed query cost."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

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
    # The chip leads to the organisation's page on this site, not away to its website.
    assert '<a href="/organisaties/okra/">Okra</a>' in html
    assert "Elke Verhaeghe" in html and "Neem contact op met Elke" in html
    # A section without cards says so rather than showing an empty box.
    assert "dossiers-section__empty" in html


@pytest.mark.django_db
def test_a_section_of_prose_shows_its_text_and_only_an_empty_one_is_coming_soon(client, home):
    page = make_dossier(
        home,
        body=[
            section("Waarom stemmen", [], intro="<p>Elke stem telt in de gemeente.</p>"),
            section("Wat je kunt doen", [block("paragraph", "<p>Praat erover met je buren.</p>")]),
            section("Dorpen", []),
        ],
    )
    with translation.override("nl"):
        soup = BeautifulSoup(client.get(page.url).content, "html.parser")

    def said(anchor: str) -> str:
        return " ".join(soup.select_one(f"section#{anchor}").get_text().split())

    soon = "De initiatieven voor dit thema volgen binnenkort."
    assert "Elke stem telt in de gemeente." in said("waarom-stemmen")
    assert "Praat erover met je buren." in said("wat-je-kunt-doen")
    assert soon not in said("waarom-stemmen") and soon not in said("wat-je-kunt-doen")
    assert soon in said("dorpen")
    toc = {
        li["data-dossiers-toc"]: " ".join(li.get_text().split())
        for li in soup.select("[data-dossiers-toc]")
    }
    assert toc == {
        "waarom-stemmen": "Waarom stemmen",
        "wat-je-kunt-doen": "Wat je kunt doen",
        "dorpen": "Dorpen binnenkort",
    }


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
            f'href="{org.get_absolute_url()}">Avansa Limburg',
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


def _render_queries(client, page, *, cold: bool = True) -> int:
    if cold:
        cache.clear()  # the first request after publishing: the body is rendered
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
    # From the page cache, too, the cost does not grow with the page.
    client.get(small.url)
    client.get(large.url)
    assert _render_queries(client, small, cold=False) == _render_queries(client, large, cold=False)
    # A search, put together from the cached cards, neither.
    searches = [
        len(_captured(client, page.url + f"?q=card+{n}")) for page in (small, large) for n in (1, 2)
    ]
    assert searches[0] == searches[1] == searches[2] == searches[3]


def _captured(client, url: str) -> list:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return ctx.captured_queries


@pytest.fixture
def evaluations(monkeypatch):
    """How many times a ``DossierFilter`` walked a page's body."""
    from wagtail_dossiers.filters import DossierFilter

    calls = []
    evaluate = DossierFilter._evaluate

    def counting(self):
        calls.append(self.page.pk)
        return evaluate(self)

    monkeypatch.setattr(DossierFilter, "_evaluate", counting)
    return calls


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "?organisation=organisatie-1", "?section=theme-2"])
def test_a_page_cache_hit_does_not_walk_the_body(client, home, evaluations, query):
    organisations = [make_organisation(f"Organisatie {i}") for i in range(3)]
    page = make_dossier(home, body=body_with_cards(20, organisations))
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        client.get(page.url + query)
    assert len(evaluations) == 1
    with CaptureQueriesContext(connection) as warm:
        html = client.get(page.url + query).content.decode()
    assert len(evaluations) == 1, "the cached body needs no filter evaluation"
    assert "Card 19" in html
    # No conversion of the StreamField: its organisations are not fetched as records
    # (only the few columns that tell whether one changed).
    assert len(warm.captured_queries) < len(cold.captured_queries)
    fetch = '"wagtail_dossiers_organisation"."description"'
    assert any(fetch in q["sql"] for q in cold.captured_queries)
    assert not any(fetch in q["sql"] for q in warm.captured_queries)


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["?q=card", "?organisation=nope", "?section=nope"])
def test_searches_and_unknown_values_are_evaluated_every_time(client, home, evaluations, query):
    organisations = [make_organisation(f"Organisatie {i}") for i in range(3)]
    page = make_dossier(home, body=body_with_cards(20, organisations))
    cache.clear()
    client.get(page.url + query)
    client.get(page.url + query)
    assert len(evaluations) == 2


@pytest.mark.django_db
def test_a_card_renders_the_same_on_its_own_and_on_the_page(client, home):
    from wagtail_dossiers.blocks import InitiativeBlock

    okra = make_organisation("Okra", website="https://www.okra.be")
    vief = make_organisation("Vief")
    target = make_dossier(home, title="Doel")
    raw = card(
        f'Zie <a linktype="page" id="{target.pk}">het doel</a> &amp; meer.',
        title="Kaart",
        organisations=[okra, vief],
        links=[("Meer", "https://x.be"), ("Zonder adres", "")],
    )
    raw["value"]["links"].append({"label": "", "url": "", "page": target.pk})
    page = make_dossier(home, body=[section("Thema", [raw])])
    html = client.get(page.url).content.decode()
    start, end = html.index('<article class="dossiers-card">'), html.index("</article>")
    on_page = html[start : end + len("</article>")]

    block_def = InitiativeBlock()
    alone = block_def.render(block_def.to_python(raw["value"]))
    assert alone.strip() == on_page
    # Rich text keeps Wagtail's expansion of internal links.
    assert "linktype" not in on_page
    assert f'<a href="{target.url}">het doel</a> &amp; meer.' in on_page
    assert f'<a class="dossiers-link" href="{target.url}">Doel</a>' in on_page
    assert '<span class="dossiers-link">Zonder adres</span>' in on_page
    assert (
        f'<li class="dossiers-chip" data-organisation="vief"><a href="{vief.get_absolute_url()}">'
        "Vief</a></li>"
    ) in on_page
