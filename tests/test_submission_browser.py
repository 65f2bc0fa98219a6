"""In Chromium: a visitor submits an initiative, a moderator approves and publishes it, and
the card is on the page. axe checks the form and the thank-you page; the screenshots are the
documentation's (``UPDATE_DOCS_SCREENSHOTS=1`` refreshes them)."""

from __future__ import annotations

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation

from tests.browser import (
    DOCS_IMG,
    axe_violations,
    chromium,
    describe_violations,
    ensure_tree_root,
    screenshot,
)
from tests.paths import SEED
from wagtail_dossiers.models import DossierPage, InitiativeSubmission

pytestmark = pytest.mark.browser

TITLE = "Stemklaar in de wijk"
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture
def demo(transactional_db, live_server):
    ensure_tree_root()
    cache.clear()
    call_command("load_demo", seed=str(SEED), stdout=io.StringIO())
    admin = get_user_model().objects.get(username="admin")
    admin.set_password(PASSWORD)
    admin.save()
    with translation.override("nl"):
        page = DossierPage.objects.live().get(source_key=SEED.stem)
        url = live_server.url + page.url
    yield live_server.url, url, page
    cache.clear()


def expect(locator):
    from playwright.sync_api import expect

    return expect(locator)


def test_a_visitor_submits_a_moderator_approves_and_publishes_and_the_card_is_on_the_page(
    browser, demo
):
    base, url, page = demo
    section = page.body[1]  # the second theme, so "the right section" is not the first
    cards_before = len(section.value["items"])

    def visitor_submits(tab):
        tab.goto(url)
        # The imported call to action leads to the form.
        tab.locator(".dossiers-cta a", has_text="Laat het ons weten").first.click()
        tab.wait_for_url(re.compile(r"/submit/$"))
        assert describe_violations(axe_violations(tab)) == []
        tab.select_option("select[name=section]", section.id)
        tab.fill("input[name=organisation]", "Okra")
        tab.fill("input[name=title]", TITLE)
        tab.fill(
            "textarea[name=text]",
            "Vrijwilligers bezoeken senioren thuis en leggen uit hoe stemmen werkt.",
        )
        tab.fill("input[name=link]", "https://www.okra.be/stemklaar")
        tab.fill("input[name=name]", "An Peeters")
        tab.fill("input[name=email]", "an@example.org")
        tab.check("input[name=consent]")
        screenshot(tab, "submission-form.png", folder=DOCS_IMG)
        tab.click("form.dossiers-submit__form button[type=submit]")
        expect(tab.locator("h1")).to_have_text("Bedankt voor je initiatief")
        assert describe_violations(axe_violations(tab)) == []
        screenshot(tab, "submission-thanks.png", full_page=False, folder=DOCS_IMG)

    browser.in_page(visitor_submits, locale="nl-BE")

    submission = InitiativeSubmission.objects.get()
    assert submission.status == "pending"
    assert submission.organisation.name == "Okra"
    page.refresh_from_db()
    assert len(page.body[1].value["items"]) == cards_before  # nothing on the page yet

    def moderator_approves(tab):
        tab.goto(f"{base}/admin/login/")
        tab.fill("input[name=username]", "admin")
        tab.fill("input[name=password]", PASSWORD)
        tab.click("button[type=submit]")
        tab.wait_for_url(re.compile(r"/admin/$"))
        tab.goto(f"{base}/admin/dossiers/submissions/{submission.pk}/")
        expect(tab.locator("[data-card-preview] .dossiers-card__title")).to_have_text(TITLE)
        screenshot(tab, "submission-review.png", full_page=False, folder=DOCS_IMG)
        tab.click("button[value=publish]")
        expect(tab.locator("[data-submission-status=approved]")).to_be_visible()

    browser.in_page(moderator_approves, locale="nl-BE")

    def card_is_on_the_page(tab):
        tab.goto(url)
        card = tab.locator("article.dossiers-card", has_text=TITLE)
        expect(card).to_have_count(1)
        expect(card.locator("[data-organisation=okra]")).to_be_visible()
        heading = card.locator("xpath=ancestor::section[1]//h2").first
        expect(heading).to_have_text(section.value["heading"])
        card.scroll_into_view_if_needed()
        tab.evaluate("window.scrollBy(0, -120)")
        screenshot(tab, "submission-card.png", full_page=False, folder=DOCS_IMG)

    browser.in_page(card_is_on_the_page)

    submission.refresh_from_db()
    assert submission.status == "approved"
    page.refresh_from_db()
    assert len(page.body[1].value["items"]) == cards_before + 1
