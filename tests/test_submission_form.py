"""The public form at ``<page URL>submit/``: what it stores, what it refuses, what it mails."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from django.test import override_settings

from tests.utils import block, card, make_dossier, make_organisation, section, submission_data
from wagtail_dossiers.models import InitiativeSubmission

HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()  # the rate limit and the page fragments
    yield
    cache.clear()


@pytest.fixture
def okra(db):
    return make_organisation("Okra", aliases="Okra vzw\nOKRA-Trefpunt 55+")


@pytest.fixture
def dossier(home, okra):
    return make_dossier(
        home,
        title="Lokale verkiezingen",
        accepts_submissions=True,
        body=[
            section("Sectoren in actie", [card("Okra roept senioren op.", organisations=[okra])]),
            section("Maar even goed dorpen", []),
            block(
                "call_to_action",
                {"text": "Laat ze ons weten.", "link": {"label": "", "url": "", "page": None}},
            ),
        ],
    )


def section_id(page, index: int = 0) -> str:
    return page.body[index].id


def submit_url(page) -> str:
    return page.url + "submit/"


def post(client, page, **overrides):
    return client.post(submit_url(page), submission_data(section_id(page), **overrides))


def errors_of(response) -> dict[str, str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        p["id"].removeprefix("id_").removesuffix("_error"): p.get_text(" ", strip=True)
        for p in soup.select(".dossiers-submit__error")
    }


@pytest.mark.django_db
def test_the_form_offers_the_pages_sections_and_suggests_the_registrys_names(client, dossier):
    response = client.get(submit_url(dossier))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    options = [(o["value"], o.get_text()) for o in soup.select("select[name=section] option")]
    assert options == [
        (section_id(dossier, 0), "Sectoren in actie"),
        (section_id(dossier, 1), "Maar even goed dorpen"),
    ]
    suggestions = [o["value"] for o in soup.select("datalist#dossiers-organisations option")]
    assert suggestions == ["Okra", "Okra vzw", "OKRA-Trefpunt 55+"]
    for name in ("organisation", "title", "text", "link", "name", "email", "consent"):
        assert soup.select_one(f"[name={name}]"), name


@pytest.mark.django_db
def test_a_valid_submission_is_stored_pending_with_its_organisation_matched(client, dossier, okra):
    response = post(client, dossier, organisation="Okra vzw", section=section_id(dossier, 1))
    assert response.status_code == 200
    assert "Bedankt voor je initiatief" in response.content.decode()
    submission = InitiativeSubmission.objects.get()
    assert submission.status == "pending"
    assert submission.page_id == dossier.pk
    assert submission.section_block_id == section_id(dossier, 1)
    assert submission.section_heading == "Maar even goed dorpen"
    assert submission.organisation == okra
    assert submission.organisation_name == "Okra vzw"
    assert submission.link == "https://www.okra.be/stemklaar"
    assert (submission.name, submission.email) == ("An Peeters", "an@example.org")


@pytest.mark.django_db
def test_a_submission_changes_nothing_on_the_page(client, dossier):
    revisions = dossier.revisions.count()
    post(client, dossier)
    dossier.refresh_from_db()
    assert dossier.revisions.count() == revisions
    assert len(dossier.body[0].value["items"]) == 1
    assert "Stemklaar" not in client.get(dossier.url).content.decode()


@pytest.mark.django_db
def test_an_unknown_organisation_is_stored_as_written_without_a_match(client, dossier):
    post(client, dossier, organisation="Buurtwerk De Schakel")
    submission = InitiativeSubmission.objects.get()
    assert submission.organisation is None
    assert submission.organisation_name == "Buurtwerk De Schakel"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "link",
    ["javascript:alert(1)", "ftp://example.org/file", "mailto:an@example.org", "data:text/html,x"],
)
def test_a_link_that_is_not_http_or_https_is_refused(client, dossier, link):
    response = post(client, dossier, link=link)
    assert response.status_code == 200
    assert "link" in errors_of(response)
    assert not InitiativeSubmission.objects.exists()


@pytest.mark.django_db
def test_the_link_is_optional(client, dossier):
    post(client, dossier, link="")
    assert InitiativeSubmission.objects.get().link == ""


@pytest.mark.django_db
def test_a_text_longer_than_1500_characters_is_refused(client, dossier):
    response = post(client, dossier, text="a" * 1501)
    assert "text" in errors_of(response)
    assert not InitiativeSubmission.objects.exists()
    post(client, dossier, text="a" * 1500)
    assert InitiativeSubmission.objects.count() == 1


@pytest.mark.django_db
def test_consent_a_name_and_a_valid_email_are_required(client, dossier):
    response = post(client, dossier, consent="", name="", email="not-an-address")
    assert {"consent", "name", "email"} <= set(errors_of(response))
    assert not InitiativeSubmission.objects.exists()


@pytest.mark.django_db
def test_an_error_is_announced_and_tied_to_its_field(client, dossier):
    response = post(client, dossier, title="")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("[role=alert]")
    field = soup.select_one("[name=title]")
    assert field["aria-invalid"] == "true"
    assert "id_title_error" in field["aria-describedby"].split()


@pytest.mark.django_db
def test_a_section_that_is_not_on_the_page_is_refused(client, dossier):
    response = post(client, dossier, section="not-a-block-id")
    assert "section" in errors_of(response)


@pytest.mark.django_db
def test_a_robot_that_fills_in_the_honeypot_is_thanked_and_nothing_is_stored(client, dossier):
    response = post(client, dossier, fax_number="+32 2 555 01 01")
    assert response.status_code == 200
    assert "Bedankt voor je initiatief" in response.content.decode()
    assert not InitiativeSubmission.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
@override_settings(WAGTAIL_DOSSIERS={"SUBMISSIONS_PER_HOUR": 2})
def test_the_rate_limit_stops_a_client_after_the_set_number_an_hour(client, dossier):
    assert post(client, dossier).status_code == 200
    assert post(client, dossier).status_code == 200
    response = post(client, dossier)
    assert response.status_code == 429
    assert "over een uur opnieuw" in response.content.decode()
    assert InitiativeSubmission.objects.count() == 2
    # Another address is not held back.
    other = client.post(
        submit_url(dossier), submission_data(section_id(dossier)), REMOTE_ADDR="192.0.2.7"
    )
    assert other.status_code == 200
    assert InitiativeSubmission.objects.count() == 3


@pytest.mark.django_db
def test_the_default_rate_limit_is_five_an_hour(client, dossier):
    statuses = [post(client, dossier).status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]


@pytest.mark.django_db
def test_a_page_that_does_not_accept_submissions_answers_404_at_submit(client, home):
    page = make_dossier(home, title="Gesloten", body=[section("Thema", [])])
    assert client.get(page.url + "submit/").status_code == 404
    assert client.post(page.url + "submit/", submission_data(page.body[0].id)).status_code == 404
    assert not InitiativeSubmission.objects.exists()


@pytest.mark.django_db
def test_the_page_itself_still_answers_at_its_own_url(client, dossier):
    assert client.get(dossier.url).status_code == 200


@pytest.mark.django_db
def test_a_call_to_action_without_a_link_leads_to_the_form(client, dossier):
    soup = BeautifulSoup(client.get(dossier.url).content, "html.parser")
    link = soup.select_one(".dossiers-cta a")
    assert link["href"] == submit_url(dossier)
    assert link.get_text() == "Laat het ons weten"


@pytest.mark.django_db
def test_a_call_to_action_without_a_link_has_no_button_when_submissions_are_off(client, home):
    page = make_dossier(
        home,
        body=[
            block(
                "call_to_action",
                {"text": "Laat het ons weten.", "link": {"label": "", "url": "", "page": None}},
            )
        ],
    )
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    assert soup.select_one(".dossiers-cta a") is None


@pytest.mark.django_db
def test_the_form_is_in_english_under_en(client, dossier):
    dutch_url = submit_url(dossier)  # before a request under /en/ makes English active
    dutch = client.get(dutch_url).content.decode()
    english = client.get("/en" + dutch_url).content.decode()
    assert "Stuur je initiatief in" in dutch and "Submit your initiative" not in dutch
    assert "Submit your initiative" in english


@pytest.mark.django_db
def test_hostile_text_stays_inert_on_the_thank_you_page(client, dossier):
    response = post(client, dossier, title=HOSTILE, organisation=HOSTILE, text=HOSTILE)
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select("main script") == [] and soup.select("main img") == []
    assert "&lt;script&gt;" in html
    assert InitiativeSubmission.objects.get().title == HOSTILE  # stored as given


@pytest.mark.django_db
def test_the_submitter_gets_a_receipt_and_moderators_a_notice(client, dossier, django_user_model):
    django_user_model.objects.create_superuser("moderator", "moderator@example.org", "x")
    django_user_model.objects.create_user("reader", "reader@example.org", "x")
    post(client, dossier)
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {"an@example.org", "moderator@example.org"}
    receipt = by_recipient["an@example.org"]
    assert "Stemklaar in de wijk" in receipt.subject
    assert "An Peeters" in receipt.body
    notice = by_recipient["moderator@example.org"]
    submission = InitiativeSubmission.objects.get()
    assert f"/admin/dossiers/submissions/{submission.pk}/" in notice.body
    assert "Lokale verkiezingen" in notice.body
