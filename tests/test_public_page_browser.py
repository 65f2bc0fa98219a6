"""In a real Chromium: the demo dossier as a visitor sees it, with and without JavaScript.

One Chromium serves the whole module, from a thread of its own (``tests/browser.py``
says why); every test gets a fresh browser context, and the demo data on the live
server (``load_demo``: home page, organisations, admin, the seed imported and published).
The checks compare what the script shows with what the server sends for the same
query, so they hold for any seed.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation

from tests.browser import (
    DESKTOP,
    DOCS_IMG,
    PHONE,
    axe_violations,
    chromium,
    describe_violations,
    ensure_tree_root,
    screenshot,
)
from tests.paths import SEED
from wagtail_dossiers.models import DossierPage

pytestmark = pytest.mark.browser

CARDS = "article.dossiers-card >> visible=true"
CARD_ITEMS = "li[data-dossiers-card]"
OKRA_CHIP = '[data-organisation="okra"]'
STATUS = "#dossiers--status"
FOCUS_IS_VISIBLE = """el => el === document.activeElement && el.matches(":focus-visible")
    && getComputedStyle(el).outlineStyle !== "none"
    && parseFloat(getComputedStyle(el).outlineWidth) >= 2"""


@dataclass
class Demo:
    base: str
    path: str  # the Dutch page, at the root of the site

    @property
    def url(self) -> str:
        return self.base + self.path

    @property
    def english_url(self) -> str:
        return f"{self.base}/en{self.path}"


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture
def demo(transactional_db, live_server) -> Iterator[Demo]:
    ensure_tree_root()
    cache.clear()  # a fragment from an earlier test may match this test's page
    call_command("load_demo", seed=str(SEED), stdout=io.StringIO())
    with translation.override("nl"):
        path = DossierPage.objects.live().get(source_key=SEED.stem).url
    yield Demo(live_server.url, path)
    cache.clear()


def expect(locator):
    from playwright.sync_api import expect

    return expect(locator)


def text(element) -> str:
    return " ".join(element.get_text().split())


def server_view(page, url: str) -> BeautifulSoup:
    """The HTML the server sends for ``url``: what a browser without JavaScript gets."""
    response = page.request.get(url)
    assert response.ok, response.status
    return BeautifulSoup(response.text(), "html.parser")


def shown_cards(soup: BeautifulSoup) -> list[str]:
    """The cards the server left in view (by their ``data-search``, unique enough)."""
    return [li["data-search"] for li in soup.select(CARD_ITEMS) if not li.has_attr("hidden")]


def visible_cards(page) -> list[str]:
    """The cards the browser shows, the same way."""
    return page.locator(f"{CARD_ITEMS} >> visible=true").evaluate_all(
        "items => items.map(li => li.dataset.search)"
    )


def counted(shown: int, total: int = 45) -> re.Pattern:
    """The status line, "N of M initiatives", in whichever language the page speaks."""
    return re.compile(rf"^\s*{shown}\D+{total}\D*$")


def query_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_the_demo_dossier_renders(browser, demo):
    def check(page):
        page.goto(demo.url)
        expect(page.locator("h1")).to_have_count(1)
        expect(page.locator("h1")).to_have_text("Lokale verkiezingen - onze sectoren in actie")
        expect(page.locator("section.dossiers-section >> visible=true")).to_have_count(10)
        expect(page.locator(CARDS)).to_have_count(45)
        expect(page.locator(".dossiers-toc__link >> visible=true")).to_have_count(10)
        expect(page.locator(STATUS)).to_have_text(counted(45))
        # The script took over: the submit button only serves visitors without it.
        expect(page.locator("[data-dossiers-submit]")).to_be_hidden()
        assert page.evaluate("document.documentElement.lang") == "nl"

    browser.in_page(check)


def test_table_of_contents_links_reach_their_sections(browser, demo):
    def check(page):
        page.goto(demo.url)
        links = page.locator(".dossiers-toc__link")
        expect(links).to_have_count(10)
        # Last first, so that every click has to scroll the page (down, then up).
        for n in reversed(range(10)):
            link = links.nth(n)
            anchor = link.get_attribute("href").removeprefix("#")
            link.click()
            page.wait_for_url(re.compile(f"#{re.escape(anchor)}$"))
            assert urlsplit(page.url).fragment == anchor
            heading = page.locator(f'section[id="{anchor}"] h2')
            expect(heading).to_have_text(link.inner_text())
            expect(heading).to_be_in_viewport()
            # The first jump scrolls smoothly; the others do not (the stylesheet
            # honours the preference), which keeps the test quick.
            page.emulate_media(reduced_motion="reduce")

    browser.in_page(check)


def test_on_a_phone_the_contents_fold_and_the_finder_is_in_the_first_screen(browser, demo):
    def check(page):
        page.goto(demo.url)
        page.wait_for_load_state("load")
        toc = page.locator(".dossiers-toc details")
        expect(toc).not_to_have_attribute("open", "")
        expect(page.locator(".dossiers-toc__link").first).to_be_hidden()
        finder_top = page.locator("#dossiers--finder").bounding_box()["y"]
        assert page.evaluate("window.scrollY") == 0
        assert finder_top < PHONE["height"], f"the finder starts at {finder_top} px"
        # The words hyphenate by the content's language.
        body = page.locator(".dossiers-layout__body")
        assert body.evaluate("el => getComputedStyle(el).hyphens") == "auto"
        assert body.evaluate("el => el.closest('[lang]').lang") == "nl"
        # The folded contents open by tap (and by keyboard: a summary is a button).
        page.locator(".dossiers-toc summary").click()
        expect(toc).to_have_attribute("open", "")
        expect(page.locator(".dossiers-toc__link").first).to_be_visible()

    browser.in_page(check, viewport=PHONE)


def test_on_a_wide_screen_the_contents_stand_open(browser, demo):
    def check(page):
        page.goto(demo.url)
        expect(page.locator(".dossiers-toc details")).to_have_attribute("open", "")
        expect(page.locator(".dossiers-toc__link")).to_have_count(10)
        expect(page.locator(".dossiers-toc__link").first).to_be_visible()

    browser.in_page(check)


def test_choosing_an_organisation_shows_exactly_its_cards(browser, demo):
    def check(page):
        page.goto(demo.url)
        page.evaluate("window.sameDocument = true")
        with_okra = page.locator(CARD_ITEMS).filter(has=page.locator(OKRA_CHIP))
        okra_in_dom = with_okra.evaluate_all("items => items.map(li => li.dataset.search)")
        assert len(okra_in_dom) >= 3
        assert okra_in_dom == shown_cards(server_view(page, demo.url + "?organisation=okra"))

        select = page.locator("#dossiers--organisation")
        label = select.locator('option[value="okra"]').inner_text()
        assert label.startswith("Okra (")
        select.select_option(label=label)

        expect(page.locator(CARDS)).to_have_count(len(okra_in_dom))
        assert visible_cards(page) == okra_in_dom
        expect(page.locator(STATUS)).to_have_text(counted(len(okra_in_dom)))
        # Sections without an Okra card step aside, with their table of contents entry.
        shown_sections = page.locator("section.dossiers-section >> visible=true").count()
        assert 0 < shown_sections < 10
        expect(page.locator("[data-dossiers-toc] >> visible=true")).to_have_count(shown_sections)
        assert query_of(page.url) == {"organisation": ["okra"]}
        assert page.evaluate("window.sameDocument") is True  # replaceState, no reload

    browser.in_page(check)


def test_free_text_updates_the_count(browser, demo):
    def check(page):
        page.goto(demo.url)
        status = page.locator(STATUS)
        expect(status).to_have_text(counted(45))
        server = server_view(page, demo.url + "?q=ouderen")
        shown = len(shown_cards(server))
        assert 0 < shown < 45
        expected = text(server.select_one(STATUS))
        assert counted(shown).match(expected), expected

        page.locator("#dossiers--q").fill("Ouderen")  # folded the way the server folds
        expect(status).to_have_text(expected)
        expect(page.locator(CARDS)).to_have_count(shown)
        assert visible_cards(page) == shown_cards(server)
        assert query_of(page.url) == {"q": ["Ouderen"]}

        page.locator("#dossiers--q").fill("geen-enkele-kaart")
        expect(status).to_have_text(counted(0))
        expect(page.locator(".dossiers-empty")).to_be_visible()

    browser.in_page(check)


def test_the_script_writes_only_the_filters_in_use_to_the_address(browser, demo):
    def check(page):
        page.goto(demo.url)
        search, organisation = page.locator("#dossiers--q"), page.locator("#dossiers--organisation")
        search.fill("lokale")
        organisation.select_option("okra")
        expect(page).to_have_url(re.compile(r"\?q=lokale&organisation=okra$"))
        search.fill("")
        expect(page).to_have_url(re.compile(r"\?organisation=okra$"))
        organisation.select_option("")
        expect(page).to_have_url(demo.url)

    browser.in_page(check)


def test_the_filters_work_by_keyboard_alone(browser, demo):
    def check(page):
        page.goto(demo.url)
        search = page.locator("#dossiers--q")
        for _ in range(40):
            page.keyboard.press("Tab")
            if search.evaluate("el => el === document.activeElement"):
                break
        else:
            pytest.fail("Tab never reached the search field")
        assert search.evaluate(FOCUS_IS_VISIBLE), "the search field shows no focus ring"

        page.keyboard.type("lokale")
        by_text = server_view(page, demo.url + "?q=lokale")
        expect(page.locator(STATUS)).to_have_text(text(by_text.select_one(STATUS)))

        page.keyboard.press("Tab")
        select = page.locator("#dossiers--organisation")
        assert select.evaluate(FOCUS_IS_VISIBLE), "the organisation select shows no focus ring"
        page.keyboard.press("ArrowDown")
        chosen = select.input_value()
        assert chosen, "ArrowDown chose no organisation"
        both = server_view(page, f"{demo.url}?q=lokale&organisation={chosen}")
        assert shown_cards(both) != shown_cards(by_text)
        expect(page.locator(STATUS)).to_have_text(text(both.select_one(STATUS)))
        assert visible_cards(page) == shown_cards(both)
        assert query_of(page.url) == {"q": ["lokale"], "organisation": [chosen]}
        assert select.evaluate(FOCUS_IS_VISIBLE), "filtering moved the focus"

    browser.in_page(check)


def test_without_javascript_the_form_filters_on_the_server(browser, demo):
    def check(page):
        page.goto(demo.url)
        submit = page.locator("[data-dossiers-submit]")
        expect(submit).to_be_visible()
        expect(page.locator(CARDS)).to_have_count(45)
        expected = page.locator(CARD_ITEMS).filter(has=page.locator(OKRA_CHIP)).count()

        page.locator("#dossiers--organisation").select_option("okra")
        with page.expect_navigation():
            submit.click()

        # Only the filter in use is in the address, and the form's anchor survives.
        assert urlsplit(page.url)[3:] == ("organisation=okra", "dossiers--finder")
        expect(page.locator("#dossiers--organisation")).to_have_value("okra")
        expect(page.locator(CARDS)).to_have_count(expected)
        expect(page.locator(STATUS)).to_have_text(counted(expected))
        # Every card left in view names Okra.
        visible = page.locator(f"{CARD_ITEMS} >> visible=true")
        assert visible.filter(has=page.locator(OKRA_CHIP)).count() == expected
        expect(page.locator("[data-dossiers-reset] >> visible=true")).to_have_count(1)

    browser.in_page(check, java_script_enabled=False)


def test_no_axe_violations_unfiltered_filtered_and_in_english(browser, demo):
    def check(page):
        found = {}
        for url in (demo.url, demo.url + "?organisation=okra", demo.english_url):
            page.goto(url)
            page.wait_for_load_state("load")
            found[url] = describe_violations(axe_violations(page))
        assert page.evaluate("document.documentElement.lang") == "en"
        assert found == dict.fromkeys(found, [])

    browser.in_page(check)


def test_screenshots_for_the_docs_and_the_record(browser, demo):
    def check(page):
        for viewport in (DESKTOP, PHONE):
            page.set_viewport_size(viewport)
            page.goto(demo.url)
            page.wait_for_load_state("load")
            # Nothing sticks out sideways, at 390 px too (WCAG 1.4.10, reflow).
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
            screenshot(page, f"dossier-page-{viewport['width']}.png")
            if viewport is DESKTOP:
                screenshot(page, "dossier-page.png", full_page=False, folder=DOCS_IMG)

    browser.in_page(check)
