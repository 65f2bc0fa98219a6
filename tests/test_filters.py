"""Finding initiatives without JavaScript: ?organisation=, ?section= and ?q= on the server.

The example site is Dutch first, so the page speaks Dutch at its root.
"""

from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.http import QueryDict
from django.utils import translation

from tests.utils import block, card, make_dossier, make_organisation, section
from wagtail_dossiers.filters import DossierFilter, card_search_text, fold


@pytest.fixture(autouse=True)
def dutch():
    # A request under /en/ elsewhere may have left English active, and with it page.url.
    with translation.override("nl"):
        yield


@pytest.fixture
def dossier(home):
    okra = make_organisation("Okra", website="https://www.okra.be")
    avansa = make_organisation("Avansa Limburg", website="https://avansa-limburg.be")
    vief = make_organisation("Vief")
    page = make_dossier(
        home,
        title="Lokale verkiezingen",
        body=[
            section(
                "Sectoren in actie",
                [
                    card("Een spel over politiek.", title="Spel", organisations=[avansa]),
                    card("Okra roept senioren op om te stemmen.", organisations=[okra]),
                    block("paragraph", "<p>Meer volgt.</p>"),
                ],
            ),
            section(
                "Lokaal debat stimuleren",
                [
                    card("Een Debat tussen jong en oud.", organisations=[okra, vief]),
                    card("Webinar over het Oriëntatiekader.", organisations=[avansa]),
                ],
            ),
            section("Maar even goed dorpen", []),
            block("paragraph", "<p>Een alinea onder de secties.</p>"),
            block("contact", {"name": "Elke Verhaeghe", "action_label": "Mail Elke"}),
        ],
    )
    return page


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def visible_cards(soup) -> list[str]:
    return [
        " ".join(li.get_text().split())
        for li in soup.select("li[data-dossiers-card]")
        if not li.has_attr("hidden")
    ]


def status(soup) -> str:
    return " ".join(soup.select_one("[role=status]").get_text().split())


@pytest.mark.django_db
def test_without_filters_every_card_is_shown(client, dossier):
    soup = get(client, dossier.url)
    assert len(visible_cards(soup)) == 4
    assert status(soup) == "4 van 4 initiatieven"
    assert soup.select_one(".dossiers-empty").has_attr("hidden")
    assert soup.select_one(".dossiers-finder [data-dossiers-reset]").has_attr("hidden")


@pytest.mark.django_db
def test_filtering_by_organisation_shows_exactly_its_cards(client, dossier):
    soup = get(client, dossier.url + "?organisation=okra")
    cards = visible_cards(soup)
    assert len(cards) == 2
    assert all("Okra" in text for text in cards)
    hidden = [li for li in soup.select("li[data-dossiers-card]") if li.has_attr("hidden")]
    assert len(hidden) == 2 and all("okra" not in li["data-organisations"] for li in hidden)
    assert status(soup) == "2 van 4 initiatieven"
    assert soup.select_one("#dossiers--organisation option[selected]")["value"] == "okra"


@pytest.mark.django_db
def test_filtering_by_section_shows_only_that_sections_cards(client, dossier):
    soup = get(client, dossier.url + "?section=lokaal-debat-stimuleren")
    assert len(visible_cards(soup)) == 2
    assert soup.select_one("#sectoren-in-actie").has_attr("hidden")
    assert not soup.select_one("#lokaal-debat-stimuleren").has_attr("hidden")


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["debat", "DEBAT", "débat", "  debat  "])
def test_free_text_ignores_case_accents_and_spaces(client, dossier, query):
    soup = get(client, dossier.url + "?" + urlencode({"q": query}))
    assert visible_cards(soup) == ["Een Debat tussen jong en oud. Okra Vief"]


@pytest.mark.django_db
def test_free_text_finds_accented_words_typed_without_accents(client, dossier):
    assert len(visible_cards(get(client, dossier.url + "?q=orientatiekader"))) == 1


@pytest.mark.django_db
def test_free_text_matches_titles_and_organisation_names_with_every_word(client, dossier):
    assert len(visible_cards(get(client, dossier.url + "?q=spel"))) == 1
    assert len(visible_cards(get(client, dossier.url + "?q=avansa"))) == 2
    assert len(visible_cards(get(client, dossier.url + "?q=avansa+webinar"))) == 1


@pytest.mark.django_db
def test_filters_combine(client, dossier):
    soup = get(client, dossier.url + "?organisation=okra&section=lokaal-debat-stimuleren&q=jong")
    assert len(visible_cards(soup)) == 1
    assert status(soup) == "1 van 4 initiatieven"
    soup = get(client, dossier.url + "?organisation=okra&section=sectoren-in-actie&q=jong")
    assert visible_cards(soup) == []


@pytest.mark.django_db
def test_an_active_filter_hides_sections_without_matches_and_the_text_around_cards(client, dossier):
    soup = get(client, dossier.url + "?organisation=vief")
    assert soup.select_one("#sectoren-in-actie").has_attr("hidden")
    assert soup.select_one("#maar-even-goed-dorpen").has_attr("hidden")
    assert not soup.select_one("#lokaal-debat-stimuleren").has_attr("hidden")
    # Text between the cards and under the sections belongs to the unfiltered reading...
    assert all(el.has_attr("hidden") for el in soup.select("[data-dossiers-extra]"))
    assert soup.select_one(".dossiers-block--paragraph").has_attr("hidden")
    # ... while the contact person stays in view for every reader.
    assert not soup.select_one(".dossiers-block--contact").has_attr("hidden")


@pytest.mark.django_db
def test_the_contents_show_visible_counts_while_filtering(client, dossier):
    soup = get(client, dossier.url + "?organisation=okra")
    items = {li["data-dossiers-toc"]: li for li in soup.select("[data-dossiers-toc]")}
    assert " ".join(items["sectoren-in-actie"].get_text().split()).endswith("1 initiatief")
    assert " ".join(items["lokaal-debat-stimuleren"].get_text().split()).endswith("1 initiatief")
    assert items["maar-even-goed-dorpen"].has_attr("hidden")
    unfiltered = get(client, dossier.url)
    item = unfiltered.select_one("[data-dossiers-toc=lokaal-debat-stimuleren]")
    assert " ".join(item.get_text().split()).endswith("2 initiatieven")
    assert "binnenkort" in unfiltered.select_one("[data-dossiers-toc=maar-even-goed-dorpen]").text


@pytest.mark.django_db
def test_an_empty_result_says_so_and_offers_a_reset(client, dossier):
    soup = get(client, dossier.url + "?q=nergens")
    assert visible_cards(soup) == []
    assert status(soup) == "0 van 4 initiatieven"
    empty = soup.select_one(".dossiers-empty")
    assert not empty.has_attr("hidden")
    assert empty.select_one("a[data-dossiers-reset]")["href"] == dossier.url
    assert not soup.select_one(".dossiers-finder [data-dossiers-reset]").has_attr("hidden")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["organisation=bestaat-niet", "section=bestaat-niet", "organisation=%3Cb%3E"]
)
def test_an_unknown_filter_value_gives_no_results_and_a_reset_not_an_error(client, dossier, query):
    response = client.get(dossier.url + "?" + query)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert visible_cards(soup) == []
    assert not soup.select_one(".dossiers-empty").has_attr("hidden")
    assert "<b>" not in response.content.decode()
    # The form shows what was asked for rather than silently showing "all".
    name, value = query.split("=")
    assert soup.select_one(f"#dossiers--{name} option[selected]")["value"] != ""


@pytest.mark.django_db
def test_cards_carry_what_the_script_filters_on(client, dossier):
    soup = get(client, dossier.url)
    debate = [li for li in soup.select("li[data-dossiers-card]") if "Debat" in li.get_text()][0]
    assert debate["data-organisations"] == "okra vief"
    assert "debat" in debate["data-search"].split()
    assert debate["data-search"] == debate["data-search"].lower()
    root = soup.select_one("[data-dossiers]")
    assert "{n}" in root["data-count-one"] and "{n}" in root["data-count-other"]
    assert "{shown}" in root["data-status-other"] and "{total}" in root["data-status-other"]


@pytest.mark.django_db
def test_the_form_works_without_javascript(client, dossier):
    soup = get(client, dossier.url)
    form = soup.select_one("form[role=search]")
    assert form["method"] == "get"
    assert {el["name"] for el in form.select("input, select")} == {"q", "organisation", "section"}
    assert form.select_one("button[type=submit]")
    options = [o.get_text() for o in form.select("#dossiers--organisation option")]
    assert options == ["Alle organisaties", "Avansa Limburg (2)", "Okra (2)", "Vief (1)"]
    sections = [o["value"] for o in form.select("#dossiers--section option")]
    # A section without cards is no useful choice.
    assert sections == ["", "sectoren-in-actie", "lokaal-debat-stimuleren"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "clean"),
    [
        ("q=&organisation=okra&section=", "?organisation=okra"),
        ("q=debat&organisation=&section=", "?q=debat"),
        ("q=++&organisation=&section=", ""),
        (
            "organisation=okra&utm_source=nieuwsbrief&section=",
            "?organisation=okra&utm_source=nieuwsbrief",
        ),
    ],
)
def test_empty_filter_fields_redirect_to_the_clean_url(client, dossier, query, clean):
    response = client.get(f"{dossier.url}?{query}")
    assert response.status_code == 302
    assert response["Location"] == dossier.url + clean


@pytest.mark.django_db
def test_empty_filter_fields_under_en_redirect_within_en(client, dossier):
    english = f"/en{dossier.url}"
    response = client.get(f"{english}?q=&organisation=okra&section=")
    assert response["Location"] == f"{english}?organisation=okra"


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "?organisation=okra", "?q=debat&section=sectoren-in-actie"])
def test_a_clean_url_is_served_as_it_is(client, dossier, query):
    assert client.get(dossier.url + query).status_code == 200


@pytest.mark.django_db
def test_the_form_sent_without_javascript_lands_on_the_clean_url(client, dossier):
    form = get(client, dossier.url).select_one("form[role=search]")
    sent = {el["name"]: "" for el in form.select("input, select")} | {"organisation": "okra"}
    response = client.get(dossier.url, sent, follow=True)
    assert response.redirect_chain == [(f"{dossier.url}?organisation=okra", 302)]
    assert status(BeautifulSoup(response.content, "html.parser")) == "2 van 4 initiatieven"


def test_folding_lowers_case_and_drops_accents():
    assert fold("Oriëntatie DÉBAT Ça") == "orientatie debat ca"


@pytest.mark.django_db
def test_card_search_text_holds_each_word_once(dossier):
    value = dossier.body[1].value["items"][0].value
    assert card_search_text(value) == "een debat tussen jong en oud. okra vief"


@pytest.mark.django_db
def test_free_text_and_unknown_values_are_not_kept_in_the_page_cache(dossier):
    assert DossierFilter(dossier, QueryDict("organisation=okra")).cache_timeout > 0
    assert DossierFilter(dossier, QueryDict("q=debat")).cache_timeout == 0
    assert DossierFilter(dossier, QueryDict("organisation=nope")).cache_timeout == 0


@pytest.mark.django_db
def test_the_filter_reads_its_parameters_without_walking_the_body(
    dossier, django_assert_num_queries
):
    with django_assert_num_queries(0):
        dossier_filter = DossierFilter(dossier, QueryDict("section=lokaal-debat-stimuleren&q=x"))
        assert dossier_filter.cache_timeout == 0
        assert DossierFilter(dossier, QueryDict("")).cache_timeout > 0
        assert DossierFilter(dossier, QueryDict("section=lokaal-debat-stimuleren")).cache_timeout
    # The key holds how the organisations on the cards look now (the seed's cards name
    # no pages, images or documents): one query, and still no walk.
    with django_assert_num_queries(1):
        assert dossier_filter.cache_vary.startswith("\nlokaal-debat-stimuleren\nx\n")
    assert not dossier_filter.evaluated
    # An organisation is looked up among the page's ones: the same one query.
    with django_assert_num_queries(1):
        okra = DossierFilter(dossier, QueryDict("organisation=okra"))
        assert okra.cache_timeout > 0
    assert not okra.evaluated
    assert okra.total == 4 and okra.visible == 2
    assert okra.evaluated


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "",
        "organisation=okra",
        "organisation=vief",
        "organisation=nope",
        "organisation=%3Cb%3E",
        "section=sectoren-in-actie",
        "section=maar-even-goed-dorpen",
        "section=main-2",
        "section=sectoren-in-actie-2",
        "section=nope",
        "organisation=okra&section=nope",
        "organisation=nope&section=sectoren-in-actie",
    ],
)
def test_the_cache_timeout_is_the_same_before_and_after_walking_the_body(home, query):
    okra = make_organisation("Okra")
    make_organisation("Vief")  # exists, but on no card of this page
    gone = make_organisation("Weg")
    page = make_dossier(
        home,
        body=[
            section("Sectoren in actie", [card("Een", organisations=[okra, gone])]),
            section("Main", [card("Twee")]),
            section("Sectoren in actie", []),
            section("Maar even goed dorpen", []),
        ],
    )
    gone.delete()
    page = type(page).objects.get(pk=page.pk)
    lazy = DossierFilter(page, QueryDict(query))
    timeout = lazy.cache_timeout
    assert not lazy.evaluated
    evaluated = DossierFilter(page, QueryDict(query))
    assert evaluated.total == 2
    assert timeout == evaluated.cache_timeout
    assert (timeout == 0) == (evaluated.unknown_organisation or evaluated.unknown_section)
