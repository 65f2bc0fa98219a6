"""Mail about submissions: moderators hear of a new one, the submitter of its receipt and fate.

Each mail is two translated templates under ``wagtail_dossiers/mail/`` (``<name>_subject.txt``
and ``<name>.txt``), rendered in the language of whoever reads it, sent through Django's
mail API. Mail that cannot be sent is logged: it never loses the submission.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.admin.utils import get_admin_base_url
from wagtail.users.models import UserProfile

from .permissions import submission_permission_policy

logger = logging.getLogger(__name__)


def _send(name: str, context: dict, to: list[str], language: str) -> None:
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = " ".join(
            render_to_string(f"wagtail_dossiers/mail/{name}_subject.txt", context).split()
        )
        body = render_to_string(f"wagtail_dossiers/mail/{name}.txt", context)
    try:
        send_mail(subject, body, None, to)
    except Exception:  # a mail server down must not lose what was stored
        logger.exception("Could not send the %s mail about a submission", name)


def _context(submission) -> dict:
    page = submission.page.specific
    review = reverse("wagtail_dossiers_submissions:review", args=[submission.pk])
    return {
        "submission": submission,
        "page": page,
        "page_url": page.full_url or "",
        "review_url": (get_admin_base_url() or "") + review,
    }


def notify_moderators(submission) -> None:
    """Tell every active user who may moderate (superusers included) who has an address."""
    context = _context(submission)
    for user in submission_permission_policy.users_with_permission("moderate"):
        if user.email:
            language = UserProfile.get_for_user(user).get_preferred_language()
            _send("submission_moderators", context, [user.email], language)


def send_receipt(submission) -> None:
    if submission.email:
        _send("submission_receipt", _context(submission), [submission.email], submission.language)


def send_decision(submission) -> None:
    if submission.email:
        name = f"submission_{submission.status}"
        _send(name, _context(submission), [submission.email], submission.language)
