"""In Chromium: an editor logs in, uploads the seed, checks the preview, lands in the editor."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from tests.browser import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    DOCS_IMG,
    axe_violations,
    ensure_tree_root,
)
from tests.paths import SEED
from tests.utils import make_home, make_organisation
from wagtail_dossiers.models import DossierPage, ImportRun

ROOT = Path(__file__).resolve().parents[1]
ORGANISATIONS = ROOT / "example_project" / "home" / "fixtures" / "organisations.json"
SCREENSHOTS = [DOCS_IMG, ARTIFACTS]

pytestmark = pytest.mark.browser


@pytest.fixture
def site_with_editor(transactional_db):
    ensure_tree_root()  # an earlier live-server test's flush removed Wagtail's root page
    home = make_home()
    # The demo site's registry, so the preview looks like an editor's would.
    for record in json.loads(ORGANISATIONS.read_text("utf-8")):
        make_organisation(record["name"], aliases="\n".join(record["aliases"]))
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "x")
    user.set_password("correct horse")
    user.save()
    # The admin in English, so the screenshot reads in one language.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return home


def log_in(page, live_server) -> None:
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", "correct horse")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))


def preview_seed(page, live_server) -> None:
    page.goto(f"{live_server.url}/admin/dossiers/import/")
    page.set_input_files("input[name=source_file]", str(SEED))
    page.click("footer button[type=submit]")
    page.wait_for_selector("#dossier-import-preview")


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


def test_editor_corrects_the_reading_by_keyboard_and_the_page_keeps_it(
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
            preview_seed(page, live_server)
            assert page.locator("[data-section]").count() == 10

            # Two misreadings, fixed by keyboard alone: focus a part's role and type the first
            # letter of the role wanted (the only option starting with it).
            for line, role, typed in ((33, "debris", "N"), (27, "paragraph", "P")):
                select = page.locator(f"#dossier-role-{line}")
                select.focus()
                with page.expect_response(re.compile(r"/import/correct/$")):
                    page.keyboard.type(typed)
                page.wait_for_selector(f"tr[data-reading-line='{line}'].is-hinted")
                # The script read the source again in place and kept the focus where it was.
                assert page.evaluate("document.activeElement.id") == f"dossier-role-{line}"
                assert page.locator(f"#dossier-role-{line}").input_value() == role

            assert page.locator("[data-section]").count() == 9
            assert page.locator("[data-hints-applied]").get_attribute("data-hints-applied") == "2"
            assert page.locator("#dossier-import-status").inner_text() != ""
            violations = axe_violations(page, tags=None)
            assert violations == [], [
                (v["id"], [n["target"] for n in v["nodes"]]) for v in violations
            ]
            reading = page.locator("#dossier-import-reading-section")
            reading.scroll_into_view_if_needed()
            for folder in SCREENSHOTS:
                folder.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS[0] / "admin-import-corrections.png"))

            page.click("footer button[type=submit]")
            page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))

            # The same source again: the kept corrections are applied without asking.
            preview_seed(page, live_server)
            assert page.locator("[data-hints-remembered]").is_visible()
            assert page.locator("[data-section]").count() == 9
            assert page.locator("tr.is-hinted").count() == 2
        finally:
            browser.close()

    body = json.dumps(list(DossierPage.objects.get().body.raw_data))
    assert "Groep film debat klein" not in body
    sections = [b for b in DossierPage.objects.get().body.raw_data if b["type"] == "section"]
    assert len(sections) == 9
