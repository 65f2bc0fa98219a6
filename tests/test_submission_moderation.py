"""Moderators review submissions in the admin, approve them into cards or reject them."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import GroupPagePermission, ModelLogEntry

from tests.utils import card, make_dossier, make_organisation, make_submission, section
from wagtail_dossiers.models import InitiativeSubmission, Organisation

HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def okra(db):
    return make_organisation("Okra", website="https://www.okra.be")


@pytest.fixture
def dossier(home, okra):
    return make_dossier(
        home,
        title="Lokale verkiezingen",
        accepts_submissions=True,
        body=[
            section("Sectoren in actie", [card("Okra roept senioren op.", organisations=[okra])]),
            section("Maar even goed dorpen", []),
        ],
    )


def moderator(django_user_model, username="moderator", *, page=None, publish=False, moderate=True):
    """A user in a group that may moderate and edit (and, if asked, publish) ``page``."""
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "x")
    group = Group.objects.create(name=f"group of {username}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    if moderate:
        group.permissions.add(Permission.objects.get(codename="moderate_initiativesubmission"))
    if page is not None:
        permissions = ["change_page"] + (["publish_page"] if publish else [])
        for codename in permissions:
            GroupPagePermission.objects.create(
                group=group, page=page, permission=Permission.objects.get(codename=codename)
            )
    user.groups.add(group)
    return user


def review_url(submission) -> str:
    return reverse("wagtail_dossiers_submissions:review", args=[submission.pk])


def approve(client, submission, section_id, action="approve", **data):
    return client.post(review_url(submission), {"action": action, "section": section_id, **data})


def refused(response) -> bool:
    """Wagtail's admin answers a PermissionDenied with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def draft_of(page):
    page.refresh_from_db()
    return page.get_latest_revision_as_object()


def items_of(page, index):
    return page.body[index].value["items"]


@pytest.mark.django_db
def test_approve_puts_the_card_in_the_chosen_section_in_one_new_draft_revision(
    client, dossier, okra, django_user_model
):
    submission = make_submission(dossier, dossier.body[0].id, organisation=okra)
    client.force_login(moderator(django_user_model, page=dossier))
    revisions = dossier.revisions.count()

    response = approve(client, submission, dossier.body[1].id)

    assert response.status_code == 302
    dossier.refresh_from_db()
    assert dossier.revisions.count() == revisions + 1
    assert dossier.has_unpublished_changes
    assert len(items_of(dossier, 1)) == 0  # the live page is unchanged
    draft = dossier.get_latest_revision_as_object()
    [new_card] = items_of(draft, 1)
    assert len(items_of(draft, 0)) == 1
    assert new_card.block_type == "initiative"
    assert new_card.value["title"] == "Stemklaar in de wijk"
    assert list(new_card.value["organisations"]) == [okra]
    [link] = new_card.value["links"]
    assert (link.href(), link.text()) == ("https://www.okra.be/stemklaar", "okra.be")
    submission.refresh_from_db()
    assert submission.status == "approved"
    assert submission.card_block_id == new_card.id
    assert submission.section_block_id == dossier.body[1].id
    assert submission.moderator.username == "moderator"
    assert submission.decided_at is not None


@pytest.mark.django_db
def test_approve_and_publish_puts_the_card_on_the_live_page(client, dossier, django_user_model):
    submission = make_submission(dossier, dossier.body[0].id)
    client.force_login(moderator(django_user_model, page=dossier, publish=True))

    approve(client, submission, dossier.body[0].id, action="publish")

    dossier.refresh_from_db()
    assert not dossier.has_unpublished_changes
    assert len(items_of(dossier, 0)) == 2
    assert "Stemklaar in de wijk" in client.get(dossier.url).content.decode()


@pytest.mark.django_db
def test_without_publish_permission_approve_and_publish_is_refused(
    client, dossier, django_user_model
):
    submission = make_submission(dossier, dossier.body[0].id)
    client.force_login(moderator(django_user_model, page=dossier, publish=False))
    page = client.get(review_url(submission)).content.decode()
    assert 'value="publish"' not in page
    assert 'value="approve"' in page

    response = approve(client, submission, dossier.body[0].id, action="publish")

    assert refused(response)
    dossier.refresh_from_db()
    assert len(items_of(dossier, 0)) == 1
    assert InitiativeSubmission.objects.get().status == "pending"


@pytest.mark.django_db
def test_reject_keeps_the_reason_and_tells_the_submitter(client, dossier, django_user_model):
    submission = make_submission(dossier, dossier.body[0].id)
    client.force_login(moderator(django_user_model))
    revisions = dossier.revisions.count()

    client.post(review_url(submission), {"action": "reject", "reason": "Geen lokale actie."})

    submission.refresh_from_db()
    assert submission.status == "rejected"
    assert submission.rejection_reason == "Geen lokale actie."
    assert dossier.revisions.count() == revisions
    [message] = mail.outbox
    assert message.to == ["an@example.org"]
    assert "Geen lokale actie." in message.body


@pytest.mark.django_db
def test_the_submitter_is_told_of_an_approval(client, dossier, django_user_model):
    submission = make_submission(dossier, dossier.body[0].id)
    client.force_login(moderator(django_user_model, page=dossier))
    approve(client, submission, dossier.body[0].id)
    [message] = mail.outbox
    assert message.to == ["an@example.org"]
    assert "Stemklaar in de wijk" in message.subject


@pytest.mark.django_db
def test_both_decisions_are_in_wagtails_audit_log(client, dossier, django_user_model):
    approved = make_submission(dossier, dossier.body[0].id)
    rejected = make_submission(dossier, dossier.body[0].id, title="Iets anders")
    client.force_login(moderator(django_user_model, page=dossier))
    approve(client, approved, dossier.body[0].id)
    client.post(review_url(rejected), {"action": "reject", "reason": "Dubbel."})
    actions = set(ModelLogEntry.objects.values_list("action", "object_id", "user__username"))
    assert actions >= {
        ("wagtail_dossiers.approve_submission", str(approved.pk), "moderator"),
        ("wagtail_dossiers.reject_submission", str(rejected.pk), "moderator"),
    }


@pytest.mark.django_db
def test_a_user_without_the_permission_is_refused(client, dossier, django_user_model):
    submission = make_submission(dossier, dossier.body[0].id)
    client.force_login(moderator(django_user_model, page=dossier, publish=True, moderate=False))

    assert refused(client.get(review_url(submission)))
    assert refused(approve(client, submission, dossier.body[0].id))
    assert refused(client.post(review_url(submission), {"action": "reject", "reason": "Nee."}))
    assert refused(client.get(reverse("wagtail_dossiers_initiativesubmission_modeladmin_index")))
    assert InitiativeSubmission.objects.get().status == "pending"


@pytest.mark.django_db
def test_approving_twice_never_adds_two_cards(client, dossier, django_user_model):
    submission = make_submission(dossier, dossier.body[0].id)
    client.force_login(moderator(django_user_model, page=dossier, publish=True))

    approve(client, submission, dossier.body[0].id, action="publish")
    approve(client, submission, dossier.body[0].id, action="publish")
    # Even reset to pending by hand, its card is recognised in the body.
    InitiativeSubmission.objects.filter(pk=submission.pk).update(status="pending")
    approve(client, submission, dossier.body[0].id, action="publish")

    assert len(items_of(draft_of(dossier), 0)) == 2
    assert len(items_of(dossier, 0)) == 2


@pytest.mark.django_db
def test_a_submission_whose_section_was_removed_says_so_and_goes_into_another(
    client, dossier, django_user_model
):
    submission = make_submission(dossier, "a-removed-section", section_heading="Weg")
    client.force_login(moderator(django_user_model, page=dossier))

    soup = BeautifulSoup(client.get(review_url(submission)).content, "html.parser")
    assert soup.select_one("[data-section-removed]")
    assert soup.select_one("select[name=section] option[selected]")["value"] == ""
    response = approve(client, submission, "a-removed-section")
    assert response.status_code == 200  # the form again, with the error
    assert InitiativeSubmission.objects.get().status == "pending"

    approve(client, submission, dossier.body[1].id)
    assert len(items_of(draft_of(dossier), 1)) == 1


@pytest.mark.django_db
def test_a_new_organisation_is_created_when_the_moderator_confirms_it(
    client, dossier, django_user_model
):
    submission = make_submission(
        dossier, dossier.body[0].id, organisation_name="Buurtwerk De Schakel"
    )
    client.force_login(moderator(django_user_model, page=dossier))
    approve(client, submission, dossier.body[0].id, create_organisation="on")
    organisation = Organisation.objects.get(name="Buurtwerk De Schakel")
    [_, new_card] = items_of(draft_of(dossier), 0)
    assert list(new_card.value["organisations"]) == [organisation]


@pytest.mark.django_db
def test_the_listing_filters_by_status_and_the_menu_counts_the_pending(
    client, dossier, django_user_model
):
    make_submission(dossier, dossier.body[0].id, title="Wacht nog")
    make_submission(dossier, dossier.body[0].id, title="Al beslist", status="rejected")
    client.force_login(moderator(django_user_model, page=dossier))
    index = reverse("wagtail_dossiers_initiativesubmission_modeladmin_index")
    pending = client.get(index, {"status__exact": "pending"}).content.decode()
    assert "Wacht nog" in pending and "Al beslist" not in pending
    by_page = client.get(index, {"page__id__exact": dossier.pk})
    assert by_page.status_code == 200
    assert (
        "Inzendingen (1 te beoordelen)" in client.get(reverse("wagtailadmin_home")).content.decode()
    )


@pytest.mark.django_db
def test_hostile_text_stays_inert_in_the_admin_and_on_the_published_page(
    client, dossier, django_user_model
):
    submission = make_submission(
        dossier, dossier.body[0].id, title=HOSTILE, text=HOSTILE, organisation_name=HOSTILE
    )
    client.force_login(moderator(django_user_model, page=dossier, publish=True))

    for url in (
        review_url(submission),
        reverse("wagtail_dossiers_initiativesubmission_modeladmin_index"),
    ):
        html = client.get(url).content.decode()
        assert "<script>alert(1)" not in html and "<img src=x" not in html, url
        assert "&lt;script&gt;" in html, url

    approve(client, submission, dossier.body[0].id, action="publish")
    client.logout()
    html = client.get(dossier.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert "<script>alert(1)" not in html and "onerror=alert" not in str(soup.select("img"))
    cards = soup.select("article.dossiers-card")
    assert any("<script>alert(1)</script>" in c.get_text() for c in cards)
