"""An import that runs past its time budget stops with a clear message and writes nothing.

No clock is mocked and no time is measured: a budget of 0 has run out at the first check of
every import, however fast the machine, and a budget of an hour never runs out on these
inputs, however slow.
"""

from __future__ import annotations

import io

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.test import override_settings

from tests.paths import SEED
from tests.test_admin_import import START, ImportTestCase, upload
from tests.test_import_command import run_import
from wagtail_dossiers.importer import formats
from wagtail_dossiers.importer.budget import BudgetExceeded, checkpoint, time_budget
from wagtail_dossiers.models import DossierPage, ImportRun

NO_TIME = {"IMPORT_TIME_BUDGET": 0}
AN_HOUR = {"IMPORT_TIME_BUDGET": 3600}

# Slow for its size: 100 KB of unclosed list items, some ten thousand blocks to classify.
UNCLOSED_ITEMS = ("<h1>Lange lijst</h1><ul>" + "<li>een punt " * 7_000).encode()
SOURCES = {
    "text": "Titel\n\nSectie\n\n • Een kaart over de gemeente en haar raad.\n",
    "html": "<h1>Titel</h1><h2>Sectie</h2><ul><li>Een kaart over de gemeente.</li></ul>",
    "markdown": "# Titel\n\n## Sectie\n\n- Een kaart over de gemeente en haar raad.\n",
}


def test_outside_a_budget_nothing_is_ever_stopped():
    checkpoint()
    with time_budget(None):
        checkpoint()


def test_an_inner_budget_cannot_extend_the_outer_one():
    with time_budget(0), time_budget(3600), pytest.raises(BudgetExceeded) as stop:
        checkpoint()
    assert stop.value.seconds == 0


@pytest.mark.parametrize("fmt", sorted(SOURCES))
def test_no_reader_mistakes_a_budget_run_out_for_odd_input(fmt):
    # A reader falls back to plain paragraphs on anything unforeseen; a stop is not that.
    with time_budget(0), pytest.raises(BudgetExceeded):
        formats.parse(SOURCES[fmt], fmt)


@pytest.mark.django_db
@override_settings(WAGTAIL_DOSSIERS=NO_TIME)
def test_a_budget_of_nothing_stops_every_source_of_the_command_and_writes_nothing(home, tmp_path):
    paths = []
    for fmt, content in SOURCES.items():
        paths.append(tmp_path / f"dossier-{fmt}.{'md' if fmt == 'markdown' else fmt[:4]}")
        paths[-1].write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match="3 of 3 source"):
        run_import(*paths, parent=str(home.pk))
    assert not DossierPage.objects.exists() and not ImportRun.objects.exists()


@pytest.mark.django_db
@override_settings(LANGUAGE_CODE="en")
def test_the_command_reports_the_stop_as_that_sources_failure(home, tmp_path):
    slow = tmp_path / "lange-lijst.html"
    slow.write_bytes(UNCLOSED_ITEMS)
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_dossier", str(slow), parent=str(home.pk), time_budget=0, stdout=out, stderr=out
        )
    assert (
        f"{slow}: stopped after its time budget of 0 seconds; nothing was written."
        in out.getvalue()
    )
    assert not DossierPage.objects.exists()


@pytest.mark.django_db
@override_settings(WAGTAIL_DOSSIERS=NO_TIME)
def test_a_large_budget_on_the_command_line_lets_the_slow_source_through(home, tmp_path):
    slow = tmp_path / "lange-lijst.html"
    slow.write_bytes(UNCLOSED_ITEMS)
    run_import(slow, parent=str(home.pk), time_budget=3600)
    assert DossierPage.objects.get().title == "Lange lijst"


class TestAdminBudget(ImportTestCase):
    def test_a_preview_past_its_budget_is_a_form_error_and_writes_nothing(self):
        with override_settings(WAGTAIL_DOSSIERS=NO_TIME):
            response = self.preview(
                source_file=upload(name="lange-lijst.html", content=UNCLOSED_ITEMS)
            )
        self.assertEqual(response.status_code, 200)
        self.assertFormError(
            response.context["form"],
            "source_file",
            "lange-lijst.html: stopped after its time budget of 0 seconds; nothing was "
            "written. Import a smaller file, or raise the time budget.",
        )
        self.assertNothingCreated()

    def test_pasted_text_past_its_budget_is_a_form_error_too(self):
        with override_settings(WAGTAIL_DOSSIERS=NO_TIME):
            response = self.preview(source_text=SOURCES["text"])
        [error] = response.context["form"].errors["source_text"]
        self.assertIn("stopped after its time budget of 0 seconds", error)
        self.assertNothingCreated()

    def test_the_confirmation_writes_what_the_preview_read_without_reading_again(self):
        preview = self.preview_seed()
        # With no time at all, any reading would stop: the confirmation writes all the same.
        with override_settings(WAGTAIL_DOSSIERS=NO_TIME):
            response = self.confirm(preview)
        page = DossierPage.objects.get()
        self.assertRedirects(response, f"/admin/pages/{page.pk}/edit/")
        self.assertEqual(
            page.get_latest_revision_as_object().body.get_prep_value(),
            preview.context["plan"].prepared.body,
        )

    def test_a_confirmation_that_must_read_again_keeps_the_budget_and_writes_nothing(self):
        preview = self.preview_seed()
        cache.clear()  # another process, or a restart: the preview's reading is gone
        with override_settings(WAGTAIL_DOSSIERS=NO_TIME):
            response = self.confirm(preview)
        self.assertRedirects(response, START)
        [message] = [str(m) for m in response.wsgi_request._messages]
        self.assertIn(f"{SEED.name}: stopped after its time budget of 0 seconds", message)
        self.assertNothingCreated()

    def test_a_large_budget_stops_nothing(self):
        with override_settings(WAGTAIL_DOSSIERS=AN_HOUR):
            preview = self.preview(
                source_file=upload(name="lange-lijst.html", content=UNCLOSED_ITEMS)
            )
            self.confirm(preview)
        self.assertEqual(DossierPage.objects.get().title, "Lange lijst")
