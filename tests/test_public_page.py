"""The public dossier page: structure for assistive technology, languages, weight and cache."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.http import QueryDict
from wagtail.coreutils import (
    get_supported_content_language_variant,
    make_wagtail_template_fragment_key,
)
from wagtail.models import Locale, Site

import wagtail_dossiers
from tests.utils import block, card, make_dossier, make_image, make_organisation, section
from wagtail_dossiers.filters import DossierFilter

STATIC = Path(wagtail_dossiers.__file__).parent / "static" / "wagtail_dossiers"
FRAGMENT = "wagtail_dossiers_body"


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def dossier(home):
    okra = make_organisation("Okra", website="https://www.okra.be")
    return make_dossier(
        home,
        title="Lokale verkiezingen",
        dossier_name="Oriëntatiekader 2024",
        intro="<p>Lokale verkiezingen beroeren onze sectoren.</p>",
        body=[
            section(
                "Sectoren in actie",
                [
                    card(
                        "Okra roept senioren op.",
                        title="Stemoproep",
                        organisations=[okra],
                        links=[("Lees meer", "https://www.okra.be/stem")],
                    )
                ],
            ),
            section("Maar even goed dorpen", []),
            block(
                "call_to_action",
                {
                    "text": "Laat het ons weten",
                    "link": {"label": "Mail ons", "url": "mailto:info@example.org", "page": None},
                },
            ),
            block("contact", {"name": "Elke Verhaeghe", "email": "elke@example.org"}),
        ],
    )


pytestmark = pytest.mark.usefixtures("dutch_and_empty_cache")


@pytest.mark.django_db
def test_the_page_has_landmarks_a_skip_link_and_one_h1(client, dossier):
    soup = soup_of(client.get(dossier.url))
    skip = soup.body.find("a")
    assert skip["href"] == "#main" and "dossiers-skip-link" in skip["class"]
    assert soup.select_one("main#main")
    assert soup.select_one("nav[aria-labelledby=dossiers--toc-heading] h2")
    assert soup.select_one("form[role=search][aria-labelledby]")
    assert len(soup.find_all("h1")) == 1


@pytest.mark.django_db
def test_headings_go_down_one_level_at_a_time(client, dossier):
    soup = soup_of(client.get(dossier.url))
    levels = [int(h.name[1]) for h in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))
    assert soup.select_one("section h2.dossiers-section__heading")
    assert soup.select_one("article.dossiers-card h3").get_text() == "Stemoproep"


@pytest.mark.django_db
def test_every_form_control_has_a_label(client, dossier):
    soup = soup_of(client.get(dossier.url))
    controls = soup.select("form[role=search] input, form[role=search] select")
    assert len(controls) == 3
    for control in controls:
        assert soup.select_one(f'label[for="{control["id"]}"]').get_text().strip()


@pytest.mark.django_db
def test_the_status_is_announced_politely(client, dossier):
    status = soup_of(client.get(dossier.url)).select_one("[role=status]")
    assert status["aria-live"] == "polite"
    assert " ".join(status.get_text().split()) == "1 van 1 initiatief"


@pytest.mark.django_db
def test_sections_link_to_themselves_for_sharing(client, dossier):
    soup = soup_of(client.get(dossier.url))
    section_el = soup.select_one("section#sectoren-in-actie")
    assert section_el["aria-labelledby"] == "sectoren-in-actie--heading"
    assert section_el.select_one("a.dossiers-section__permalink")["href"] == "#sectoren-in-actie"
    toc_links = [a["href"] for a in soup.select(".dossiers-toc a")]
    assert toc_links == ["#sectoren-in-actie", "#maar-even-goed-dorpen"]


@pytest.mark.django_db
def test_a_heading_named_like_a_page_id_gets_another_anchor(client, home):
    page = make_dossier(home, body=[section("Main", [card("Iets")])])
    soup = soup_of(client.get(page.url))
    assert len(soup.select("#main")) == 1
    assert soup.select_one("section.dossiers-section")["id"] == "main-2"


@pytest.mark.django_db
def test_calls_to_action_and_contact_are_styled_apart_from_cards(client, dossier):
    soup = soup_of(client.get(dossier.url))
    assert soup.select_one(".dossiers-cta a.dossiers-button")["href"] == "mailto:info@example.org"
    assert soup.select_one(".dossiers-contact").get_text().count("Elke Verhaeghe") == 1
    assert soup.select_one(".dossiers-card__links a.dossiers-link").get_text() == "Lees meer"


@pytest.mark.django_db
def test_images_without_alt_text_render_nothing(client, home):
    image = make_image()
    with_alt = {"image": image.pk, "alt_text": "Een groep in debat", "caption": ""}
    without_alt = {"image": image.pk, "alt_text": "", "caption": ""}
    named = card("Met beeld", title="Met")
    named["value"]["image"] = with_alt
    unnamed = card("Zonder alt", title="Zonder")
    unnamed["value"]["image"] = without_alt
    page = make_dossier(
        home,
        header_image=image,
        header_image_alt="",
        body=[section("Thema", [named, unnamed]), block("image", without_alt)],
    )
    soup = soup_of(client.get(page.url))
    images = soup.select("main img")
    assert [img["alt"] for img in images] == ["Een groep in debat"]


@pytest.mark.django_db
def test_organisations_show_their_logo_with_their_name_as_alt_text(client, home):
    okra = make_organisation("Okra", website="https://www.okra.be", logo=make_image("logo"))
    page = make_dossier(home, body=[section("Thema", [card("Tekst", organisations=[okra])])])
    chip = soup_of(client.get(page.url)).select_one(".dossiers-chip")
    assert chip.select_one("a")["href"] == okra.get_absolute_url()  # its page on this site
    assert chip.select_one("a img")["alt"] == "Okra"


@pytest.mark.django_db
def test_the_page_is_dutch_at_the_root_and_english_under_en(client, dossier):
    dutch = soup_of(client.get(dossier.url))
    english = soup_of(client.get("/en" + dossier.url))
    assert dutch.html["lang"] == "nl"
    assert english.html["lang"] == "en"
    assert dutch.select_one("[role=status]").get_text().strip() == "1 van 1 initiatief"
    assert english.select_one("[role=status]").get_text().strip() == "1 of 1 initiative"


@pytest.mark.django_db
def test_under_en_the_ui_is_english_and_the_content_keeps_the_pages_language(client, dossier):
    soup = soup_of(client.get("/en" + dossier.url))
    assert soup.html["lang"] == "en"
    assert soup.select_one(".dossiers-header")["lang"] == "nl"
    assert soup.select_one(".dossiers-layout__body")["lang"] == "nl"
    assert soup.select_one("section#sectoren-in-actie").find_parent(lang=True)["lang"] == "nl"
    # What the UI says inside the content, and the content the UI names, say so too.
    assert soup.select_one(".dossiers-section__empty")["lang"] == "en"
    assert {a["lang"] for a in soup.select(".dossiers-toc__link")} == {"nl"}
    assert soup.select_one('#dossiers--section option[value="sectoren-in-actie"]')["lang"] == "nl"
    finder = soup.select_one("form[role=search]")
    assert finder.find_parent(lang=True).name == "html"


@pytest.mark.django_db
def test_at_the_root_the_content_needs_no_lang_of_its_own_inside_the_ui(client, dossier):
    soup = soup_of(client.get(dossier.url))
    assert soup.select_one(".dossiers-layout__body")["lang"] == "nl"
    assert not soup.select(".dossiers-toc__link[lang], .dossiers-section__empty[lang]")


@pytest.fixture
def wagtail_i18n(settings):
    """Wagtail's localisation on, with the site's languages as content languages."""
    settings.WAGTAIL_I18N_ENABLED = True
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES
    get_supported_content_language_variant.cache_clear()
    yield
    get_supported_content_language_variant.cache_clear()


@pytest.mark.django_db
def test_a_page_alone_in_its_language_claims_no_alternates(client, dossier, wagtail_i18n):
    assert not soup_of(client.get(dossier.url)).select("link[rel=alternate][hreflang]")


@pytest.mark.django_db
def test_a_translated_page_links_its_translations_with_hreflang(client, dossier, wagtail_i18n):
    english = dossier.copy_for_translation(Locale.objects.create(language_code="en"), True)
    english.title = "Local elections"
    english.save_revision().publish()
    cache.clear()

    for url in (dossier.url, english.url):
        links = soup_of(client.get(url)).select("link[rel=alternate][hreflang]")
        assert {link["hreflang"]: link["href"] for link in links} == {
            "nl": dossier.full_url,
            "en": english.full_url,
        }
    assert "/en/" in english.full_url
    english_page = soup_of(client.get(english.url))
    assert english_page.select_one(".dossiers-header")["lang"] == "en"


def test_css_and_javascript_together_stay_under_30_kb():
    css = STATIC / "css" / "dossier.css"
    js = STATIC / "js" / "dossier.js"
    assert css.stat().st_size + js.stat().st_size < 30 * 1024


@pytest.mark.django_db
def test_the_page_loads_its_stylesheet_and_script(client, dossier):
    soup = soup_of(client.get(dossier.url))
    assert soup.select_one('link[rel=stylesheet][href$="wagtail_dossiers/css/dossier.css"]')
    script = soup.select_one('script[src$="wagtail_dossiers/js/dossier.js"]')
    assert script.has_attr("defer")


def fragment_key(page, language: str = "nl", organisation: str = "", section: str = "", q=""):
    site = Site.find_for_request(None) or Site.objects.get(is_default_site=True)
    # The key also holds how the records the cards name look now (see DossierFilter).
    digest = DossierFilter(page, QueryDict()).versions.digest
    vary = "\n".join((organisation, section, q, digest))
    return make_wagtail_template_fragment_key(FRAGMENT, page, site, [language, vary])


@pytest.mark.django_db
def test_repeat_requests_are_served_from_the_page_cache(client, dossier):
    client.get(dossier.url)
    key = fragment_key(dossier)
    assert "Okra roept senioren op." in cache.get(key)
    # Proof that the page reads that entry: whatever it holds is what is served.
    cache.set(key, "<p>from the cache</p>")
    assert "from the cache" in client.get(dossier.url).content.decode()


@pytest.mark.django_db
def test_publishing_a_change_is_visible_at_once(client, dossier):
    assert "Okra roept senioren op." in client.get(dossier.url).content.decode()
    dossier.body = [section("Sectoren in actie", [card("Okra nodigt iedereen uit.")])]
    dossier.save_revision().publish()
    html = client.get(dossier.url).content.decode()
    assert "Okra nodigt iedereen uit." in html
    assert "Okra roept senioren op." not in html


@pytest.mark.django_db
def test_filtered_and_unfiltered_pages_do_not_share_a_cache_entry(client, dossier):
    filtered = soup_of(client.get(dossier.url + "?section=maar-even-goed-dorpen"))
    assert all(li.has_attr("hidden") for li in filtered.select("li[data-dossiers-card]"))
    unfiltered = soup_of(client.get(dossier.url))
    assert not any(li.has_attr("hidden") for li in unfiltered.select("li[data-dossiers-card]"))
    assert cache.get(fragment_key(dossier, section="maar-even-goed-dorpen"))
    assert cache.get(fragment_key(dossier))


@pytest.mark.django_db
def test_each_language_has_its_own_cache_entry(client, dossier):
    client.get(dossier.url)
    cache.set(fragment_key(dossier, "nl"), "<p>nederlands</p>")
    assert "nederlands" not in client.get("/en" + dossier.url).content.decode()
    assert cache.get(fragment_key(dossier, "en"))


@pytest.mark.django_db
def test_free_text_searches_are_not_cached(client, dossier):
    client.get(dossier.url + "?q=okra")
    assert cache.get(fragment_key(dossier, q="okra")) is None


@pytest.mark.django_db
def test_previews_never_use_the_page_cache(client, dossier):
    client.get(dossier.url)
    cache.set(fragment_key(dossier), "<p>from the cache</p>")
    dossier.body = [section("Sectoren in actie", [card("Een kladversie.")])]
    draft = dossier.save_revision().as_object()
    html = draft.make_preview_request().content.decode()
    assert "Een kladversie." in html
    assert "from the cache" not in html
