"""In a real Chromium: a reader follows an organisation from a card to its own page.

The demo data (``load_demo``) holds two dossiers that name some of the same organisations;
the checks compare the organisation's page with the dossier pages it links to, so they
hold for any seed.
"""

from __future__ import annotations

import io
import re

import pytest
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
from wagtail_dossiers.mentions import mentions_of
from wagtail_dossiers.models import DossierPage, Organisation

pytestmark = pytest.mark.browser

DOSSIERS = ".dossiers-organisation__dossier"
MENTION_LINKS = ".dossiers-organisation__card > a"


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


def _reach(organisation) -> tuple[int, int]:
    dossiers = mentions_of(organisation)
    return len(dossiers), sum(dossier.card_count for dossier in dossiers)


@pytest.fixture
def demo(transactional_db, live_server):
    ensure_tree_root()
    cache.clear()
    call_command("load_demo", seed=str(SEED), stdout=io.StringIO())
    with translation.override("nl"):
        seed_page = DossierPage.objects.live().get(source_key=SEED.stem)
        # The organisation named in most dossiers, on most cards: in the demo, in two.
        shared = max(Organisation.objects.all(), key=_reach)
        assert len(mentions_of(shared)) >= 2
        yield live_server.url, live_server.url + seed_page.url, shared
    cache.clear()


def expect(locator):
    from playwright.sync_api import expect

    return expect(locator)


def test_a_chip_leads_to_the_organisations_page_with_its_cards_from_two_dossiers(browser, demo):
    base, dossier_url, organisation = demo

    def check(page):
        page.goto(dossier_url)
        chip = page.locator(f'.dossiers-chip[data-organisation="{organisation.slug}"] a').first
        with page.expect_navigation():
            chip.click()
        assert page.url == f"{base}/organisaties/{organisation.slug}/"
        expect(page.locator("h1")).to_have_text(organisation.name)
        dossiers = page.locator(DOSSIERS)
        assert dossiers.count() >= 2
        titles = dossiers.locator("h3").all_inner_texts()
        assert "Lokale verkiezingen - onze sectoren in actie" in titles

        # Every card it lists is on its dossier page at its anchor, and names the organisation.
        links = page.locator(MENTION_LINKS)
        hrefs = links.evaluate_all("links => links.map(a => a.href)")
        assert len(hrefs) >= 2
        last = links.last
        target = last.get_attribute("href").split("#")[1]
        last.click()
        page.wait_for_url(re.compile(f"#{re.escape(target)}$"))
        card = page.locator(f'li[id="{target}"]')
        expect(card).to_be_in_viewport()
        expect(card.locator(f'[data-organisation="{organisation.slug}"]')).to_have_count(1)

    browser.in_page(check)


def test_no_axe_violations_on_the_organisation_page_in_both_languages(browser, demo):
    base, _dossier_url, organisation = demo

    def check(page):
        found = {}
        for prefix in ("", "/en"):
            url = f"{base}{prefix}/organisaties/{organisation.slug}/"
            page.goto(url)
            page.wait_for_load_state("load")
            found[url] = describe_violations(axe_violations(page))
        page.goto(f"{base}/organisaties/")
        found["index"] = describe_violations(axe_violations(page))
        page.goto(f"{base}/")
        found["home"] = describe_violations(axe_violations(page))
        assert found == dict.fromkeys(found, [])

    browser.in_page(check)


def test_screenshots_of_the_organisation_page(browser, demo):
    base, _dossier_url, organisation = demo

    def check(page):
        for viewport in (DESKTOP, PHONE):
            page.set_viewport_size(viewport)
            page.goto(f"{base}/organisaties/{organisation.slug}/")
            page.wait_for_load_state("load")
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
            name = f"organisation-page-{viewport['width']}.png"
            screenshot(page, name)
            screenshot(page, name, full_page=viewport is PHONE, folder=DOCS_IMG)
        page.set_viewport_size(DESKTOP)
        page.goto(f"{base}/")
        screenshot(page, "demo-home.png", full_page=False, folder=DOCS_IMG)

    browser.in_page(check)
