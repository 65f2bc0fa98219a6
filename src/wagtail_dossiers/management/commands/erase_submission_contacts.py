"""Erase submitters' names and e-mail addresses a set number of days after the decision."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import ngettext

from ...submissions.privacy import erase_contacts


class Command(BaseCommand):
    help = (
        "Erase the name and e-mail address of everyone whose submission was decided more "
        "than WAGTAIL_DOSSIERS['SUBMISSION_RETENTION_DAYS'] days ago (90 unless set). "
        "Schedule it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, help="Days after the decision (overrides the setting)."
        )
        parser.add_argument("--dry-run", action="store_true", help="Count, erase nothing.")

    def handle(self, *args, days=None, dry_run=False, **options):
        if days is not None and days < 0:
            raise CommandError("--days cannot be negative.")
        count = erase_contacts(days, dry_run=dry_run)
        if dry_run:
            message = ngettext(
                "%(count)d submission would be erased.",
                "%(count)d submissions would be erased.",
                count,
            )
        else:
            message = ngettext(
                "%(count)d submission erased.", "%(count)d submissions erased.", count
            )
        self.stdout.write(message % {"count": count})
