"""Load the demo: a home page, the organisations, an admin login, the seed dossier
(which accepts submissions)."""

import json
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from wagtail.models import Page, Site

from home.models import HomePage
from wagtail_dossiers.models import Organisation

HERE = Path(__file__).resolve().parents[2]
SEED = HERE.parents[2] / "shared" / "seed" / "lokale-verkiezingen-2024.txt"


class Command(BaseCommand):
    help = "Load the demo site: organisations, an admin user and the seed dossier, published."

    def add_arguments(self, parser):
        parser.add_argument("--seed", default=str(SEED), help="The legacy dossier to import.")

    def handle(self, *args, seed, **options):
        home = self._home()
        self._organisations()
        password = self._admin()
        call_command(
            "import_dossier",
            seed,
            parent=str(home.pk),
            publish=True,
            user="admin",
            stdout=self.stdout,
            stderr=self.stderr,
        )
        home.refresh_from_db()  # treebeard reads the child count from the instance
        page = home.get_children().live().last()
        if page:
            self._accept_submissions(page.specific)
        base = settings.WAGTAILADMIN_BASE_URL
        self.stdout.write(self.style.SUCCESS("\nThe demo is ready."))
        self.stdout.write(f"  Admin:   {base}/admin/  user: admin  password: {password}")
        if page:
            self.stdout.write(f"  Dossier: {base}{page.url}")

    def _home(self) -> HomePage:
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(instance=HomePage(title="Dossiers", slug="dossiers-home"))
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": home,
                "site_name": "wagtail-dossiers demo",
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
