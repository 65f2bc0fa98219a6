"""Approve a submission into a card, or reject it: permission, revision, audit log, mail."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from ..models import InitiativeSubmission, Organisation
from . import mail
from .cards import card_block, find_section, has_block, with_card
from .permissions import user_can_moderate

APPROVE = "wagtail_dossiers.approve_submission"
REJECT = "wagtail_dossiers.reject_submission"


class ModerationError(Exception):
    """A decision that cannot be taken, with the reason for the moderator."""


def draft_of(submission: InitiativeSubmission):
    """The page as its latest revision has it: a card goes into what editors see."""
    return submission.page.specific.get_latest_revision_as_object()


def can_approve(user, submission: InitiativeSubmission) -> bool:
    page = submission.page.specific
    return user_can_moderate(user) and page.permissions_for_user(user).can_edit()


def can_publish(user, submission: InitiativeSubmission) -> bool:
    page = submission.page.specific
    return can_approve(user, submission) and page.permissions_for_user(user).can_publish()


def approve(
    submission: InitiativeSubmission,
    user,
    *,
    section_id: str,
    organisation: Organisation | None = None,
    create_organisation: bool = False,
    publish: bool = False,
) -> bool:
    """Put the submission's card at the end of section ``section_id`` in a new revision.

    Approving an approved submission changes nothing: the card's id derives from the
    submission, and a body that holds it already gets no second one.

    Returns:
        Whether this call approved it (False: it was approved already).

    Raises:
        PermissionDenied: the user may not moderate, edit the page or (``publish``) publish it.
        ModerationError: the submission was rejected, or the section is not on the page.
    """
    if not can_approve(user, submission) or (publish and not can_publish(user, submission)):
        raise PermissionDenied
    with transaction.atomic():
        submission = InitiativeSubmission.objects.select_for_update().get(pk=submission.pk)
        if submission.status == submission.Status.APPROVED:
            return False
        if submission.status == submission.Status.REJECTED:
            raise ModerationError(_("This submission was rejected already."))
        draft = draft_of(submission)
        if find_section(draft, section_id) is None:
            raise ModerationError(_("That section is no longer on the page: choose another."))
        if create_organisation:
            organisation = _new_organisation(submission.organisation_name)
        card = card_block(submission, organisation)
        if not has_block(draft, card["id"]):
            draft.body = with_card(draft, section_id, card)
            revision = draft.save_revision(user=user, log_action=True)
            if publish:
                revision.publish(user=user)
        submission.status = submission.Status.APPROVED
        submission.organisation = organisation
        submission.section_block_id = section_id
        submission.card_block_id = card["id"]
        _decided(submission, user)
        log(submission, APPROVE, user=user, data={"page": draft.pk, "published": publish})
    mail.send_decision(submission)
    return True


def reject(submission: InitiativeSubmission, user, reason: str) -> None:
    """Reject a pending submission, keeping the reason (which the submitter is sent)."""
    if not user_can_moderate(user):
        raise PermissionDenied
    with transaction.atomic():
        submission = InitiativeSubmission.objects.select_for_update().get(pk=submission.pk)
        if not submission.is_pending:
            raise ModerationError(_("This submission was decided already."))
        submission.status = submission.Status.REJECTED
        submission.rejection_reason = reason
        _decided(submission, user)
        log(submission, REJECT, user=user, data={"page": submission.page_id})
    mail.send_decision(submission)


def _decided(submission: InitiativeSubmission, user) -> None:
    submission.moderator = user
    submission.decided_at = timezone.now()
    submission.save()


def _new_organisation(name: str) -> Organisation:
    name = " ".join(name.split())
    existing = Organisation.objects.filter(name__iexact=name).first()
    return existing or Organisation.objects.create(name=name)
