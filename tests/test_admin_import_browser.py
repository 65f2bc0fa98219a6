"""In Chromium: an editor logs in, uploads the seed, checks the preview, lands in the editor."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from django.urls import reverse

from tests.browser import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    DOCS_IMG,
    axe_violations,
    ensure_tree_root,
    log_in,
    make_editor,
)
from tests.paths import SEED
from tests.test_import_hints import CAPTION, CLOSING, MISREAD, SECTION_INTRO
from tests.utils import make_home, make_organisation
from wagtail_dossiers.importing import prepare_import, write_import
from wagtail_dossiers.models import DossierPage, ImportHints, ImportRun, Organisation

ROOT = Path(__file__).resolve().parents[1]
ORGANISATIONS = ROOT / "example_project" / "home" / "fixtures" / "organisations.json"
SCREENSHOTS = [DOCS_IMG, ARTIFACTS]
# The fixture's three misreadings: (line, the role it should have, what the editor types).
MISREAD_FIXES = [(14, "caption", "Cap"), (17, "paragraph", "Pa"), (28, "call_to_action", "Cal")]

pytestmark = pytest.mark.browser


@pytest.fixture
def site_with_editor(transactional_db):
    ensure_tree_root()  # an earlier live-server test's flush removed Wagtail's root page
    home = make_home()
    # The demo site's registry, so the preview looks like an editor's would.
    for record in json.loads(ORGANISATIONS.read_text("utf-8")):
        make_organisation(record["name"], aliases="\n".join(record["aliases"]))
    make_editor()
    return home


def test_editor_imports_the_seed_through_the_admin(live_server, site_with_editor):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")

    # All database work happens outside Playwright's event loop (Django refuses the ORM there).
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="en")
        try:
            log_in(page, live_server)

            page.goto(f"{live_server.url}/admin/dossiers/import/")
            page.set_input_files("input[name=source_file]", str(SEED))
            SCREENSHOTS[1].mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS[1] / "admin-import-form.png"))
            page.click("footer button[type=submit]")
            page.wait_for_selector("#dossier-import-preview")

            assert page.locator("[data-section]").count() == 10
            assert page.locator("[data-card]").count() == 45
            assert page.locator("[data-count=sections]").inner_text() == "10"
            assert page.locator("[data-count=cards]").inner_text() == "45"
            assert page.locator("[data-warnings=unknown_organisation] tr").count() > 1

            # The whole admin page, Wagtail's own chrome included.
            violations = axe_violations(page, tags=None)
            assert violations == [], [
                (v["id"], [(n["target"], n["failureSummary"]) for n in v["nodes"]])
                for v in violations
            ]

            for folder in SCREENSHOTS:
                folder.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS[0] / "admin-import-preview.png"), full_page=False)
            page.screenshot(path=str(SCREENSHOTS[1] / "admin-import-preview.png"))
            # The admin scrolls its main column, not the document: shoot a section panel too.
            section = page.locator("section.w-panel", has=page.locator("[data-card]")).nth(1)
            section.scroll_into_view_if_needed()
            page.screenshot(path=str(SCREENSHOTS[1] / "admin-import-preview-section.png"))

            page.click("footer button[type=submit]")
            page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
            page.wait_for_selector("form[data-edit-form] [data-streamfield-stream-container]")
            assert page.locator("form[data-edit-form]").is_visible()
            assert page.locator(".messages .success").is_visible()
            page.screenshot(path=str(SCREENSHOTS[1] / "admin-import-editor.png"))
            edit_url = page.url
        finally:
            browser.close()

    dossier = DossierPage.objects.get()
    assert edit_url.endswith(f"/admin/pages/{dossier.pk}/edit/")
    assert not dossier.live
    assert ImportRun.objects.get().user.username == "editor"


def tab_to(page, selector: str, limit: int = 400) -> None:
    """Press Tab until the focus is on ``selector``: what a keyboard user does to get there."""
    for _ in range(limit):
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} cannot be reached with the Tab key")


def preview_file(page, live_server, path) -> None:
    page.goto(f"{live_server.url}/admin/dossiers/import/")
    page.set_input_files("input[name=source_file]", str(path))
    page.click("footer button[type=submit]")
    page.wait_for_selector("#dossier-import-preview")


def test_editor_fixes_three_misreadings_by_keyboard_and_the_page_and_the_next_import_keep_them(
    live_server, site_with_editor
):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="en")
        try:
            log_in(page, live_server)
            preview_file(page, live_server, MISREAD)
            assert page.locator("[data-section]").count() == 3

            # Each misread part: Tab to its role, type the start of the role wanted ("Cap" for
            # Caption, not "Card"), and the preview is read again in place.
            for line, role, typed in MISREAD_FIXES:
                tab_to(page, f"#dossier-role-{line}")
                with page.expect_response(re.compile(r"/import/correct/$")):
                    page.keyboard.type(typed)
                page.wait_for_selector(f"tr[data-reading-line='{line}'].is-hinted")
                # The script kept the focus where it was, so the next Tab goes on from here.
                assert page.evaluate("document.activeElement.id") == f"dossier-role-{line}"
                assert page.locator(f"#dossier-role-{line}").input_value() == role

            assert page.locator("[data-section]").count() == 3
            assert page.locator("[data-hints-applied]").get_attribute("data-hints-applied") == "3"
            assert page.locator("#dossier-import-status").inner_text() != ""
            violations = axe_violations(page, tags=None)
            assert violations == [], [
                (v["id"], [n["target"] for n in v["nodes"]]) for v in violations
            ]
            # The docs show the first two corrections, from the heading above them down.
            page.locator("tr[data-reading-line='7']").evaluate(
                "row => row.scrollIntoView({block: 'start'})"
            )
            for folder in SCREENSHOTS:
                folder.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS[0] / "admin-import-corrections.png"))

            # Confirm by keyboard too, and land in the page editor.
            tab_to(page, "footer button[type=submit]")
            page.keyboard.press("Enter")
            page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
            page_id = re.search(r"/pages/(\d+)/edit/", page.url).group(1)
            page.wait_for_selector("[data-streamfield-stream-container]")
            captions = page.locator("[data-contentpath='caption'] input")
            assert CAPTION in [captions.nth(i).input_value() for i in range(captions.count())]

            # The page as visitors will read it (Wagtail's view of the draft).
            page.goto(f"{live_server.url}/admin/pages/{page_id}/view_draft/")
            headings = page.locator(".dossiers-section__heading").all_inner_texts()
            assert headings == [
                "Drempels verlagen",
                "Samen op uitstap",
                "Vrijetijdsparticipatie in cijfers",
            ]
            intro = page.locator(".dossiers-section", has_text="Samen op uitstap")
            assert SECTION_INTRO in intro.locator(".dossiers-section__intro").inner_text()
            assert page.locator("[data-dossiers-card]", has_text="Een greep uit").count() == 0
            assert page.get_by_text(CLOSING).is_visible()

            # The same source again: the kept corrections are applied without asking.
            preview_file(page, live_server, MISREAD)
            assert page.locator("[data-hints-remembered]").is_visible()
            assert page.locator("[data-section]").count() == 3
            hinted = page.locator("tr.is-hinted")
            assert [hinted.nth(i).get_attribute("data-role") for i in range(3)] == [
                role for _line, role, _typed in MISREAD_FIXES
            ]
        finally:
            browser.close()

    page = DossierPage.objects.get()
    kept = ImportHints.objects.get(source_key=page.source_key)
    assert [(h["line"], h["role"]) for h in kept.hints] == [
        (line, role) for line, role, _typed in MISREAD_FIXES
    ]
    sections = [b for b in page.body.raw_data if b["type"] == "section"]
    assert len(sections) == 3


def test_a_warning_opens_its_card_and_a_name_becomes_an_alias_with_or_without_javascript(
    live_server, site_with_editor
):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")
    make_organisation("Davidsfonds Vlaanderen")
    run = write_import(
        prepare_import(MISREAD.read_bytes(), source_name=MISREAD.name), site_with_editor
    )
    inspect = reverse("wagtail_dossiers_importrun_modeladmin_inspect", args=(run.pk,))

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="en")
        try:
            log_in(page, live_server)
            # Import history: the warning about a name leads to the card that names it.
            page.goto(f"{live_server.url}{inspect}")
            row = page.locator("[data-warning-code=unknown_organisation]", has_text="Davidsfonds")
            row.locator("[data-warning-link]").click()
            page.wait_for_url(re.compile(r"/edit/#:w:contentpath=body\."))
            # The element the anchor names (as Wagtail reads it) is the card with the name.
            card = page.evaluate_handle(
                """() => {
                    const path = location.hash.split("contentpath=")[1].split(".");
                    const selector = path.map((p) => `[data-contentpath="${p}"]`).join(" ");
                    return document.querySelector(selector);
                }"""
            )
            assert "Davidsfonds Lubbeek" in card.evaluate("(card) => card.textContent")
            assert card.evaluate("(card) => card.matches('[data-streamfield-child]')")
            # Wagtail scrolls to that element 100 ms after its editor starts; whether it is
            # still in view afterwards depends on how long the blocks above it take to mount,
            # which is Wagtail's timing, not the link's: the link is right when it names the card.

            # The preview: the same name added as an alias through Wagtail's chooser.
            preview_file(page, live_server, MISREAD)
            # After a correction read in place, the new preview's choosers work too.
            page.focus("#dossier-role-28")
            with page.expect_response(re.compile(r"/import/correct/$")):
                page.keyboard.type("Cal")
            page.wait_for_selector("tr[data-reading-line='28'].is-hinted")
            actions = page.locator(
                "[data-warning-code=unknown_organisation]", has_text="Davidsfonds"
            )
            actions.locator("[data-chooser-action-choose]").first.click()
            modal = page.locator(".modal-dialog")
            modal.locator("input[name=q]").fill("Davidsfonds")
            modal.locator("a[data-chooser-modal-choice]", has_text="Davidsfonds Vlaanderen").click()
            # The modal closes, then the widget shows the choice.
            sync_api.expect(actions.locator("[data-chooser-title]")).to_have_text(
                "Davidsfonds Vlaanderen"
            )
            actions.locator("button[name=organisation-alias]").click()
            page.wait_for_selector(".messages .success")
            assert "Davidsfonds Vlaanderen" in page.locator(".messages").inner_text()
            unknown = page.locator(
                "[data-warning-code=unknown_organisation]", has_text="Davidsfonds"
            )
            assert unknown.count() == 0
            chips = page.locator("[data-card]", has_text="Davidsfonds Lubbeek").locator(".w-status")
            assert chips.all_inner_texts() == ["Davidsfonds Vlaanderen"]

            # Without JavaScript the chooser cannot open; a plain list stands in its place.
            plain = browser.new_page(
                viewport={"width": 1280, "height": 900}, locale="en", java_script_enabled=False
            )
            log_in(plain, live_server)
            plain.goto(f"{live_server.url}/admin/dossiers/import/")
            plain.set_input_files("input[name=source_file]", str(SEED))
            plain.click("footer button[type=submit]")
            row = plain.locator(
                "[data-warning-code=unknown_organisation]", has_text="Netwerk Muziekgemeenten"
            )
            assert not row.locator("[data-alias-chooser]").is_visible()
            row.locator("select").select_option(label="VI.BE")
            row.locator("button[name=organisation-alias]").click()
            assert "VI.BE" in plain.locator(".messages").inner_text()
            gone = plain.locator(
                "[data-warning-code=unknown_organisation]", has_text="Netwerk Muziekgemeenten"
            )
            assert gone.count() == 0
        finally:
            browser.close()

    assert Organisation.objects.get(name="Davidsfonds Vlaanderen").alias_list == [
        "Davidsfonds Lubbeek"
    ]
    assert "Netwerk Muziekgemeenten" in Organisation.objects.get(name="VI.BE").alias_list
