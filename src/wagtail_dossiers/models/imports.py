"""A log of every import: what came in, what it became, and the report for the editor."""

from pathlib import PurePath

import swapper
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

swapper.set_app_prefix("wagtailcore", "wagtail")


class ImportRun(models.Model):
    class Status(models.TextChoices):
        RUNNING = "running", _("Running or interrupted")
        CREATED = "created", _("Created")
        UPDATED = "updated", _("Updated")
        UNCHANGED = "unchanged", _("Unchanged")
        SKIPPED = "skipped", _("Skipped")
        FAILED = "failed", _("Failed")

    source_name = models.CharField(_("source"), max_length=500)
    source_key = models.CharField(_("source key"), max_length=255, db_index=True)
    source_hash = models.CharField(_("SHA-256 of the source"), max_length=64, blank=True)
    source_format = models.CharField(_("format"), max_length=10, blank=True)
    page = models.ForeignKey(
        swapper.get_model_name("wagtailcore", "Page"),
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    published = models.BooleanField(_("published"), default=False)
    counts = models.JSONField(_("counts"), default=dict, blank=True)
    report = models.JSONField(_("report"), default=dict, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("import run")
        verbose_name_plural = _("import runs")

    def __str__(self) -> str:
        return f"{self.get_source_name_display()} ({self.get_status_display()})"

    def get_source_name_display(self) -> str:
        """The source as an editor knows it: the file's name, not the path it was read from."""
        return PurePath(self.source_name).name or self.source_name

    def get_published_display(self) -> str:
        return gettext("yes") if self.published else gettext("no")

    @property
    def warning_count(self) -> int:
        return len(self.report.get("warnings", []))

    @property
    def unplaced_count(self) -> int:
        return len(self.report.get("unplaced", []))


class ImportHints(models.Model):
    """The corrections an editor made to the reading of a source, kept with the source's key
    so that every later import of it applies them again (``importing.hints``)."""

    source_key = models.CharField(_("source key"), max_length=255, unique=True)
    hints = models.JSONField(_("corrections"), default=list, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("import corrections")
        verbose_name_plural = _("import corrections")

    def __str__(self) -> str:
        return self.source_key
