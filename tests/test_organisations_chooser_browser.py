"""In the page editor, an editor chooses several organisations for a card in one go."""

import re

import pytest

from tests.browser import chromium, ensure_tree_root, log_in, make_editor
from tests.utils import card, make_dossier, make_home, make_organisation, section
from wagtail_dossiers.models import DossierPage

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture
def dossier(transactional_db):
    ensure_tree_root()  # an earlier live-server test's flush removed Wagtail's root page
    okra = make_organisation("Okra")
    for name in ("Orbit", "Avansa Limburg"):
        make_organisation(name)
    body = [section("Sectoren in actie", [card("Een kiesspel.", organisations=[okra])])]
    make_editor()
    return make_dossier(make_home(), title="Lokale verkiezingen", body=body)


def chosen_names(field) -> list[str]:
    return field.locator("[data-dossiers-organisations-name]").all_inner_texts()


def test_an_editor_chooses_two_more_organisations_at_once_and_removes_one(
    browser, dossier, live_server
):
    from playwright.sync_api import expect

    def check(page):
        log_in(page, live_server)
        page.goto(f"{live_server.url}/admin/pages/{dossier.pk}/edit/")
        field = page.locator("[data-dossiers-organisations]")
        expect(field).to_have_count(1)
        assert chosen_names(field) == ["Okra"]

        field.get_by_role("button", name="Choose organisations").click()
        modal = page.locator(".modal-dialog")
        modal.locator("input[title='Select Orbit']").check()
        modal.locator("input[title='Select Avansa Limburg']").check()
        modal.locator("input[title='Select Okra']").check()  # already chosen: kept once
        modal.get_by_role("button", name="Confirm selection").click()
        expect(modal).to_have_count(0)
        assert sorted(chosen_names(field)) == ["Avansa Limburg", "Okra", "Orbit"]

        field.get_by_role("button", name="Remove Okra").click()
        assert sorted(chosen_names(field)) == ["Avansa Limburg", "Orbit"]
        page.get_by_role("button", name="Save draft").click()
        page.wait_for_url(re.compile(rf"/admin/pages/{dossier.pk}/edit/$"))
        expect(page.locator("[data-dossiers-organisations-name]")).to_have_count(2)

    browser.in_page(check)
    draft = DossierPage.objects.get(pk=dossier.pk).get_latest_revision_as_object()
    [initiative] = draft.body[0].value["items"]
    assert sorted(org.name for org in initiative.value["organisations"]) == [
        "Avansa Limburg",
        "Orbit",
    ]
