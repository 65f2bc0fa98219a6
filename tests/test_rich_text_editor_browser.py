"""In the page editor, a card's text becomes a Draftail editor when an editor gets to it,
and saving keeps every text nobody touched as it was, mounted or not."""

import re

import pytest

from tests.browser import chromium, ensure_tree_root, log_in, make_editor
from tests.utils import card, make_dossier, make_home, section
from wagtail_dossiers.models import DossierPage

pytestmark = pytest.mark.browser

CARDS = 40


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture
def dossier(transactional_db):
    ensure_tree_root()  # an earlier live-server test's flush removed Wagtail's root page
    cards = [card(f"Kaart {n} met <b>vet</b> en <i>schuin</i>.") for n in range(CARDS)]
    make_editor()
    return make_dossier(make_home(), title="Groot dossier", body=[section("Thema", cards)])


def card_texts(page) -> list[str]:
    """The cards' rich text, without the block keys every save through Draftail adds."""
    draft = page.get_latest_revision_as_object()
    texts = [item.value["text"].source for item in draft.body[0].value["items"]]
    return [re.sub(r' data-block-key="\w+"', "", text) for text in texts]


def test_a_far_card_mounts_its_editor_when_reached_and_saving_keeps_the_other_texts(
    browser, dossier, live_server
):
    from playwright.sync_api import expect

    before = card_texts(dossier)

    def check(page):
        log_in(page, live_server)
        page.goto(f"{live_server.url}/admin/pages/{dossier.pk}/edit/")
        page.get_by_role("button", name="Save draft").wait_for()
        # The first cards are editors; those below the fold show their text and wait.
        expect(page.locator(".DraftEditor-root", has_text="Kaart 0 met")).to_be_visible()
        waiting = page.locator("[data-dossiers-lazy-draftail]")
        last = waiting.filter(has_text=f"Kaart {CARDS - 1} met vet en schuin.")
        expect(last).to_have_count(1)
        assert 0 < waiting.count() < CARDS

        last.scroll_into_view_if_needed()
        expect(last).to_have_count(0)
        editor = page.locator(".DraftEditor-root", has_text=f"Kaart {CARDS - 1} met")
        expect(editor).to_be_visible()
        editor.locator("[contenteditable=true]").click()
        page.keyboard.press("End")
        page.keyboard.type(" Nieuw.")
        expect(editor).to_contain_text("schuin. Nieuw.")
        # Draftail writes its input a moment after a change (its save interval).
        page.wait_for_function(
            "() => Array.from(document.querySelectorAll('input[type=hidden]'))"
            ".some((input) => input.value.includes('Nieuw.'))"
        )

        page.get_by_role("button", name="Save draft").click()
        page.wait_for_url(re.compile(rf"/admin/pages/{dossier.pk}/edit/$"))
        expect(page.locator("[data-dossiers-lazy-draftail]").first).to_be_attached()

    browser.in_page(check)
    after = card_texts(DossierPage.objects.get(pk=dossier.pk))
    assert after[:-1] == before[:-1]
    assert after[-1] == f"<p>Kaart {CARDS - 1} met <b>vet</b> en <i>schuin</i>. Nieuw.</p>"


def test_a_waiting_text_focused_from_the_keyboard_becomes_the_editor(browser, dossier, live_server):
    from playwright.sync_api import expect

    def check(page):
        log_in(page, live_server)
        page.goto(f"{live_server.url}/admin/pages/{dossier.pk}/edit/")
        page.get_by_role("button", name="Save draft").wait_for()
        waiting = page.locator("[data-dossiers-lazy-draftail]", has_text="Kaart 30 met")
        expect(waiting).to_have_attribute("role", "textbox")
        expect(waiting).to_have_accessible_name("Text")
        waiting.focus()
        editor = page.locator(".DraftEditor-root", has_text="Kaart 30 met")
        expect(editor.locator("[contenteditable=true]")).to_be_focused()

    browser.in_page(check)
