"""``manage.py import_dossier``: legacy dossiers (text or HTML) into dossier pages."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import swapper
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from wagtail_dossiers.conf import get_setting
from wagtail_dossiers.importer.budget import time_budget
from wagtail_dossiers.importing import ImportFailed, prepare_import, write_import
from wagtail_dossiers.importing.hints import HintsInvalid, hints_from, parse_hints, stored_hints
from wagtail_dossiers.importing.pipeline import FORMATS, source_key_for
from wagtail_dossiers.importing.writer import ON_EXISTING, check_parent


class Command(BaseCommand):
    help = (
        "Import legacy dossiers (plain text or HTML) as dossier pages: one page per source, "
        "updated rather than duplicated when the same source is imported again."
    )

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="+", metavar="SOURCE", help="Files to import.")
        parser.add_argument(
            "--parent",
            help="The parent page: an id, or a URL path on the default site ('/' is its root).",
        )
        parser.add_argument("--format", choices=FORMATS, default="auto")
        parser.add_argument(
            "--encoding", help="The files' encoding (default: UTF-8, else Windows-1252)."
        )
        parser.add_argument("--title", help="The page title, when the source has none.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Parse and validate only; write nothing."
        )
        parser.add_argument(
            "--json", action="store_true", help="With --dry-run: print the result as JSON."
        )
        parser.add_argument("--publish", action="store_true", help="Publish (default: a draft).")
        parser.add_argument("--user", help="Username recorded as the revision's author.")
        parser.add_argument("--on-existing", choices=ON_EXISTING, default="update")
        parser.add_argument(
            "--max-size",
            type=int,
            metavar="BYTES",
            help="The largest file to read (default: the MAX_UPLOAD_SIZE setting, 5 MB).",
        )
        parser.add_argument(
            "--time-budget",
            type=float,
            metavar="SECONDS",
            help="How long one source may take before it is stopped "
            "(default: the IMPORT_TIME_BUDGET setting, 20 seconds).",
        )
        parser.add_argument(
            "--hints",
            metavar="FILE",
            help="A JSON list of corrections, {line, text, role} each, applied to every source.",
        )

    def handle(self, *args, **options):
        if options["json"] and not options["dry_run"]:
            raise CommandError("--json goes with --dry-run.")
        dry_run = options["dry_run"]
        hints = self._hints(options["hints"])
        self.max_size = options["max_size"] or int(get_setting("MAX_UPLOAD_SIZE"))
        parent = None if dry_run else self._parent(options["parent"])
        user = self._user(options["user"])
        progress = self.stderr if options["json"] else self.stdout
        results, rows, failed = [], [], 0
        total = len(options["sources"])

        for number, source in enumerate(options["sources"], start=1):
            progress.write(f"[{number}/{total}] {source}")
            try:
                data = self._read(source)
                # The corrections kept from the source's last import, unless given.
                given = hints_from(stored_hints(source_key_for(source))) if hints is None else hints
                with time_budget(options["time_budget"]):  # None: the setting's
                    prepared = prepare_import(
                        data,
                        source_name=source,
                        format=options["format"],
                        encoding=options["encoding"],
                        title=options["title"],
                        hints=given,
                    )
                if dry_run:
                    results.append(prepared.as_json())
                    status, page = "dry run", "-"
                else:
                    check_parent(parent, source)
                    run = write_import(
                        prepared,
                        parent,
                        publish=options["publish"],
                        user=user,
                        on_existing=options["on_existing"],
                    )
                    status, page = run.status, f"{run.page.pk} {run.page.url_path}"
                counts = prepared.counts
                rows.append(
                    (source, page, counts["sections"], counts["cards"], counts["warnings"], status)
                )
            except (ImportFailed, DatabaseError) as error:
                # One source's failure (bad input, a locked or broken database) is reported
                # and the run goes on with the next: its page was rolled back whole.
                failed += 1
                message = (
                    str(error)
                    if isinstance(error, ImportFailed)
                    else (f"{source}: the database refused the write ({error}); nothing was saved.")
                )
                self.stderr.write(self.style.ERROR(message))
                rows.append((source, "-", "-", "-", "-", "failed"))
                results.append({"source": source, "error": message})

        if options["json"]:
            self.stdout.write(json.dumps(results, ensure_ascii=False, indent=2))
        self._summary(progress, rows)
        if failed:
            raise CommandError(f"{failed} of {total} source(s) failed.")

    def _read(self, source: str) -> bytes:
        """The file's bytes; only a regular file, and never more than ``--max-size`` of it,
        so that a FIFO, a device or a huge file is refused at once instead of read."""
        path = Path(source)
        try:
            status = path.stat()
        except FileNotFoundError as error:
            raise ImportFailed(f"{source}: no such file.") from error
        except OSError as error:
            raise ImportFailed(f"{source}: cannot be read ({error.strerror}).") from error
        if stat.S_ISDIR(status.st_mode):
            raise ImportFailed(f"{source}: is a directory, not a file.")
        if not stat.S_ISREG(status.st_mode):
            raise ImportFailed(f"{source}: not a regular file (a pipe or a device); give a file.")
        if status.st_size > self.max_size:
            raise ImportFailed(self._too_large(source, status.st_size))
        try:
            with path.open("rb") as file:
                data = file.read(self.max_size + 1)
        except OSError as error:
            raise ImportFailed(f"{source}: cannot be read ({error.strerror}).") from error
        if len(data) > self.max_size:  # it grew while being read
            raise ImportFailed(self._too_large(source, len(data)))
        return data

    def _too_large(self, source: str, size: int) -> str:
        return (
            f"{source}: {size:,} bytes, over the limit of {self.max_size:,} bytes; "
            "pass --max-size to raise it."
        )

    def _hints(self, path: str | None) -> list | None:
        """The hints of ``--hints``; None without it (each source then gets its stored ones)."""
        if not path:
            return None
        try:
            return parse_hints(Path(path).read_bytes())
        except OSError as error:
            raise CommandError(f"{path}: cannot be read ({error.strerror}).") from error
        except HintsInvalid as error:
            raise CommandError(f"{path}: {error}.") from error

    def _parent(self, value: str | None):
        if not value:
            raise CommandError("--parent is required (a page id or a URL path such as '/').")
        Page = swapper.load_model("wagtailcore", "Page")
        if value.isdigit():
            page = Page.objects.filter(pk=int(value)).first()
        else:
            from wagtail.models import Site

            site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
            if site is None:
                raise CommandError("There is no default site to resolve --parent against.")
            path = site.root_page.url_path + value.strip("/")
            page = Page.objects.filter(url_path=path.rstrip("/") + "/").first()
        if page is None:
            raise CommandError(f"--parent {value}: no such page.")
        return page

    def _user(self, username: str | None):
        if not username:
            return None
        try:
            return get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist as error:
            raise CommandError(f"--user {username}: no such user.") from error

    def _summary(self, out, rows) -> None:
        header = ("source", "page", "sections", "cards", "warnings", "status")
        table = [header, *[tuple(str(c) for c in row) for row in rows]]
        widths = [max(len(row[i]) for row in table) for i in range(len(header))]
        out.write("")
        for row in table:
            out.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
