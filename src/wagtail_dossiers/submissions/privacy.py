"""Forgetting submitters: their name and e-mail are kept only as long as the setting says."""

from __future__ import annotations

from django.utils import timezone

from ..conf import get_setting
from ..models import InitiativeSubmission


def erase_contacts(days: int | None = None, *, dry_run: bool = False) -> int:
    """Blank the name and e-mail of submissions decided more than ``days`` days ago.

    Args:
        days: defaults to ``WAGTAIL_DOSSIERS["SUBMISSION_RETENTION_DAYS"]``.
        dry_run: count them without erasing.

    Returns:
        How many submissions were (or would be) erased.
    """
    if days is None:
        days = get_setting("SUBMISSION_RETENTION_DAYS")
    due = InitiativeSubmission.objects.due_for_erasure(days)
    if dry_run:
        return due.count()
    return due.update(name="", email="", erased_at=timezone.now())
