"""Initiatives that member organisations send in through a dossier's form, and their fate."""

from __future__ import annotations

import swapper
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .organisations import Organisation

swapper.set_app_prefix("wagtailcore", "wagtail")


class InitiativeSubmissionQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=InitiativeSubmission.Status.PENDING)

    def due_for_erasure(self, days: int):
        """Decided more than ``days`` days ago and still holding the submitter's contact."""
        cutoff = timezone.now() - timezone.timedelta(days=days)
        return self.exclude(status=InitiativeSubmission.Status.PENDING).filter(
            decided_at__lte=cutoff, erased_at__isnull=True
        )


class InitiativeSubmission(models.Model):
    """One submitted initiative. Its text is text: stored as given, escaped wherever shown."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    page = models.ForeignKey(
        swapper.get_model_name("wagtailcore", "Page"),
        verbose_name=_("dossier"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    section_block_id = models.CharField(_("section block id"), max_length=64)
    # What the submitter chose, kept for when the section is renamed or removed since.
    section_heading = models.CharField(_("section"), max_length=255, blank=True)
    organisation_name = models.CharField(_("organisation as written"), max_length=255)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=255)
    text = models.TextField(_("text"))
    link = models.URLField(_("link"), max_length=500, blank=True)
    name = models.CharField(_("name"), max_length=255, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    card_block_id = models.CharField(_("card block id"), max_length=64, blank=True)
    erased_at = models.DateTimeField(_("contact details erased at"), null=True, blank=True)

    objects = InitiativeSubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        permissions = [("moderate_initiativesubmission", _("Can moderate submissions"))]

    def __str__(self) -> str:
        return self.title

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING
