"""A submitter's name and e-mail stay with the editors, and only for as long as the setting says."""

import io
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from tests.utils import make_dossier, make_submission, section
from wagtail_dossiers.models import InitiativeSubmission
from wagtail_dossiers.submissions.moderation import approve

NAME, EMAIL = "Griet Submitter-Uniek", "griet.uniek@example.org"


@pytest.fixture
def published_card(home, django_user_model):
    """A dossier with an approved, published submission on it."""
    cache.clear()
    page = make_dossier(home, accepts_submissions=True, body=[section("Thema", [])])
    submission = make_submission(page, page.body[0].id, name=NAME, email=EMAIL)
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    approve(submission, admin, section_id=page.body[0].id, publish=True)
    page.refresh_from_db()
    return page


@pytest.mark.django_db
def test_the_name_and_email_never_appear_on_the_public_page(client, published_card):
    html = client.get(published_card.url).content.decode()
    assert "Stemklaar in de wijk" in html
    assert NAME not in html and EMAIL not in html


@pytest.mark.django_db
def test_the_name_and_email_never_appear_in_the_api(client, published_card):
    response = client.get(f"/api/v2/pages/{published_card.pk}/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Stemklaar in de wijk" in body
    assert NAME not in body and EMAIL not in body


def decided(days_ago: int, page, **fields):
    submission = make_submission(page, page.body[0].id, status="rejected", **fields)
    InitiativeSubmission.objects.filter(pk=submission.pk).update(
        decided_at=timezone.now() - timedelta(days=days_ago)
    )
    return submission


@pytest.mark.django_db
def test_the_command_erases_contacts_90_days_after_the_decision(home):
    page = make_dossier(home, body=[section("Thema", [])])
    old = decided(91, page)
    recent = decided(89, page)
    pending = make_submission(page, page.body[0].id)
    out = io.StringIO()

    call_command("erase_submission_contacts", stdout=out)

    assert "1 inzending gewist." in out.getvalue()
    old.refresh_from_db(), recent.refresh_from_db(), pending.refresh_from_db()
    assert (old.name, old.email) == ("", "") and old.erased_at is not None
    assert old.title == "Stemklaar in de wijk"  # the initiative itself stays
    assert recent.email == "an@example.org" and pending.email == "an@example.org"


@pytest.mark.django_db
@override_settings(WAGTAIL_DOSSIERS={"SUBMISSION_RETENTION_DAYS": 10})
def test_the_retention_follows_the_setting_and_a_dry_run_erases_nothing(home):
    page = make_dossier(home, body=[section("Thema", [])])
    submission = decided(11, page)
    out = io.StringIO()
    call_command("erase_submission_contacts", "--dry-run", stdout=out)
    assert "1 inzending zou gewist worden." in out.getvalue()
    submission.refresh_from_db()
    assert submission.email == "an@example.org"
    call_command("erase_submission_contacts", stdout=io.StringIO())
    submission.refresh_from_db()
    assert submission.email == ""
