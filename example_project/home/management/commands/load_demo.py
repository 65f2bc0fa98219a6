"""Load the demo: a home page, the organisations, an admin login, the seed dossier
(which accepts submissions) and a second, smaller dossier naming some of the same
organisations, so that an organisation's page lists cards from two dossiers."""

import io
import json
import secrets
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site

from home.models import HomePage
from wagtail_dossiers.models import ImportRun, Organisation

HERE = Path(__file__).resolve().parents[2]
SEED = HERE.parents[2] / "shared" / "seed" / "lokale-verkiezingen-2024.txt"
MORE_DOSSIERS = sorted((HERE / "fixtures" / "dossiers").glob("*.txt"))


class Command(BaseCommand):
    help = "Load the demo site: organisations, an admin user and two dossiers, published."

    def add_arguments(self, parser):
        parser.add_argument("--seed", default=str(SEED), help="The legacy dossier to import.")

    def handle(self, *args, seed, **options):
        home = self._home()
        self._organisations()
        password = self._admin()
        # The import's own table names tree paths and counts; the summary below says
        # what a visitor of the demo needs, and where the warnings are read.
        report = io.StringIO()
        sources = [seed, *map(str, MORE_DOSSIERS)]
        call_command(
            "import_dossier",
            *sources,
            parent=str(home.pk),
            publish=True,
            user="admin",
            stdout=report,
            stderr=self.stderr,
        )
        home.refresh_from_db()  # treebeard reads the child count from the instance
        dossiers = list(home.get_children().live().specific().order_by("path"))
        if len(dossiers) < len(sources):
            self.stderr.write(report.getvalue())  # a source failed: the import says why
        seed_page = next((p for p in dossiers if p.source_key == Path(seed).stem), None)
        if seed_page:
            self._accept_submissions(seed_page)
        self._summary(password, dossiers)

    def _summary(self, password: str, dossiers: list) -> None:
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        runs = {
            run.page_id: run
            for run in ImportRun.objects.filter(page__in=dossiers).order_by("started_at")
        }
        with translation.override(settings.LANGUAGE_CODE):
            organisations = reverse("wagtail_dossiers:organisation_index")
            history = reverse("wagtail_dossiers_importrun_modeladmin_index")
        write = self.stdout.write
        write(self.style.SUCCESS(f"\nThe demo is ready: {base}/"))
        write(f"  Admin:          {base}/admin/  (user admin, password {password})")
        for page in dossiers:
            run = runs.get(page.pk)
            warnings = f"  ({run.warning_count} import warnings)" if run else ""
            write(f"  Dossier:        {base}{page.url}{warnings}")
        write(f"  Organisations:  {base}{organisations}")
        write(f"  Import history: {base}{history}  (admin: Dossiers → Import history)")

    def _home(self) -> HomePage:
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(instance=HomePage(title="Dossiers", slug="dossiers-home"))
        # The Site on the host and port the demo serves (the Makefile passes them in
        # WAGTAILADMIN_BASE_URL), so that full URLs (the API's html_url) are right.
        served = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": served.hostname or "localhost",
                "port": served.port or (443 if served.scheme == "https" else 80),
                "root_page": home,
                "site_name": settings.WAGTAIL_SITE_NAME,
            },
        )
        # Wagtail's initial "Welcome" page is not needed once the home page is the root.
        Page.objects.filter(depth=2, content_type__model="page").exclude(pk=home.pk).delete()
        return home

    def _accept_submissions(self, page) -> None:
        """The demo dossier takes submissions, so its call to action leads to the form."""
        if not page.accepts_submissions:
            page = page.get_latest_revision_as_object()
            page.accepts_submissions = True
            page.save_revision(user=get_user_model().objects.get(username="admin")).publish()

    def _organisations(self) -> None:
        records = json.loads((HERE / "fixtures" / "organisations.json").read_text("utf-8"))
        for record in records:
            Organisation.objects.update_or_create(
                name=record["name"],
                defaults={
                    "aliases": "\n".join(record["aliases"]),
                    "website": record["website"],
                    "description": record["description"],
                },
            )
        self.stdout.write(f"{len(records)} organisations loaded.")

    def _admin(self) -> str:
        """A fresh password on every run, so the printed login always works."""
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(
            username="admin", defaults={"email": "admin@example.org"}
        )
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        return password
