"""An editor imports a legacy dossier from the Wagtail admin: upload or paste, preview, confirm."""

from __future__ import annotations

import copy
import json
import re

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, RequestFactory, SimpleTestCase, TestCase, override_settings
from django.urls import reverse
from django.utils.html import strip_tags
from wagtail.models import GroupPagePermission, Page
from wagtail.test.utils import WagtailTestUtils

from tests.expected import (
    CARDS,
    CARDS_PER_SECTION,
    CONTACT_NAME,
    DOSSIER_LABEL,
    HEADER_IMAGE_ALT,
    HEADINGS,
    TITLE,
)
from tests.paths import FILES, SEED
from tests.test_import_command import SEED_ORGANISATIONS, dry_run
from tests.utils import make_dossier, make_home, make_organisation
from wagtail_dossiers.forms import SignedSource
from wagtail_dossiers.importing.changes import compare
from wagtail_dossiers.modeladmin import ImportDossierMenuItem
from wagtail_dossiers.models import DossierPage, ImportHints, ImportRun, Organisation

START = "/admin/dossiers/import/"
CONFIRM = "/admin/dossiers/import/confirm/"


def upload(path=SEED, name=None, content=None) -> SimpleUploadedFile:
    data = path.read_bytes() if content is None else content
    return SimpleUploadedFile(name or path.name, data, content_type="application/octet-stream")


# The admin speaks the site's language (Dutch); these tests read its English messages.
@override_settings(LANGUAGE_CODE="en")
class ImportTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        for name, alias in SEED_ORGANISATIONS.items():
            make_organisation(name, aliases=alias)

    def setUp(self):
        self.user = self.login()

    def preview(self, **data):
        data.setdefault("parent_page", self.home.pk)
        return self.client.post(START, data)

    def preview_seed(self, **data):
        return self.preview(source_file=upload(), **data)

    def confirm(self, preview_response):
        token = preview_response.context["form"].initial["source"]
        return self.client.post(CONFIRM, {"source": token})

    def assertNothingCreated(self):
        self.assertFalse(DossierPage.objects.exists())
        self.assertFalse(ImportRun.objects.exists())


class TestImportSteps(ImportTestCase):
    def test_the_form_offers_upload_paste_parent_title_and_publish(self):
        response = self.client.get(START)
        self.assertEqual(response.status_code, 200)
        self.assertTemplateUsed(response, "wagtail_dossiers/admin/import_form.html")
        form = response.context["form"]
        for name in ("source_file", "source_text", "parent_page", "title", "publish"):
            self.assertIn(name, form.fields)
        self.assertEqual(form.initial["parent_page"].pk, self.home.pk)
        self.assertContains(response, 'enctype="multipart/form-data"')
        self.assertContains(response, "csrfmiddlewaretoken")

    def test_uploading_the_seed_previews_ten_sections_and_45_cards(self):
        response = self.preview_seed()
        self.assertEqual(response.status_code, 200)
        self.assertTemplateUsed(response, "wagtail_dossiers/admin/import_preview.html")
        preview = response.context["preview"]
        self.assertEqual(preview["counts"]["sections"], len(HEADINGS))
        self.assertEqual(preview["counts"]["cards"], CARDS)
        sections = [b for b in preview["body"] if b["type"] == "section"]
        self.assertEqual([s["cards"] for s in sections], CARDS_PER_SECTION)
        content = response.content.decode()
        self.assertEqual(content.count("data-section>"), len(HEADINGS))
        self.assertEqual(content.count("data-card>"), CARDS)
        self.assertEqual(response.context["plan"].action, "create")
        self.assertContains(response, TITLE)
        self.assertContains(response, DOSSIER_LABEL)
        self.assertContains(response, HEADER_IMAGE_ALT)
        self.assertContains(response, CONTACT_NAME)
        self.assertContains(response, "https://www.ikstemook.be")
        self.assertNothingCreated()

    def test_the_preview_shows_organisations_as_chips_and_unknown_names_as_warnings(self):
        response = self.preview_seed()
        self.assertContains(response, 'class="w-status w-status--primary"')
        self.assertContains(response, "Avansa Limburg")
        self.assertContains(response, 'data-warnings="unknown_organisation"')
        self.assertContains(response, "Slim Geregeld")
        # Warnings point at their source line, and that line is highlighted.
        self.assertContains(response, 'href="#source-line-19"')
        self.assertContains(response, '<tr id="source-line-19" class="is-flagged">')
        # Text that could not be placed is shown with its line.
        self.assertContains(response, 'href="#source-line-5"')

    def test_pasted_text_previews_like_an_upload(self):
        response = self.preview(source_text=SEED.read_text("utf-8"))
        self.assertEqual(response.status_code, 200)
        preview = response.context["preview"]
        self.assertEqual(
            (preview["counts"]["sections"], preview["counts"]["cards"]), (len(HEADINGS), CARDS)
        )
        # Pasted text has no file name: its title identifies the source.
        plan = response.context["plan"]
        self.assertEqual(plan.prepared.source_key, "lokale-verkiezingen-onze-sectoren-in-actie")
        self.assertNothingCreated()

    def test_confirm_creates_a_draft_and_an_import_run_and_opens_the_page_editor(self):
        response = self.confirm(self.preview_seed())
        page = DossierPage.objects.get()
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        self.assertRedirects(response, edit_url, fetch_redirect_response=False)
        self.assertFalse(page.live)
        self.assertEqual(page.get_parent().pk, self.home.pk)
        self.assertEqual(page.source_key, "lokale-verkiezingen-2024")
        self.assertEqual(page.revisions.count(), 1)
        run = ImportRun.objects.get()
        self.assertEqual((run.status, run.user, run.page_id), ("created", self.user, page.pk))
        self.assertFalse(run.published)
        self.assertEqual(run.counts["cards"], CARDS)

        editor = self.client.get(response.url)
        self.assertEqual(editor.status_code, 200)
        messages = [str(m) for m in editor.context["messages"]]
        self.assertTrue(any("is created as a draft" in m for m in messages), messages)

    def test_confirm_with_publish_publishes(self):
        self.confirm(self.preview_seed(publish="on"))
        page = DossierPage.objects.get()
        self.assertTrue(page.live)
        self.assertTrue(ImportRun.objects.get().published)

    def test_pasted_text_confirms_too(self):
        self.confirm(self.preview(source_text=SEED.read_text("utf-8"), title="Verkiezingen"))
        page = DossierPage.objects.get()
        self.assertEqual((page.title, page.source_key), ("Verkiezingen", "verkiezingen"))

    def test_a_second_import_of_an_unchanged_source_changes_nothing_and_says_so(self):
        self.confirm(self.preview_seed())
        response = self.preview_seed()
        plan = response.context["plan"]
        self.assertEqual(plan.action, "update")
        self.assertFalse(plan.changes.has_changes)
        self.assertContains(response, 'data-action-kind="update"')
        self.assertContains(response, 'data-changes="none"')

        self.confirm(response)
        page = DossierPage.objects.get()
        self.assertEqual(page.revisions.count(), 1)  # no new revision for the same content
        self.assertEqual(
            list(ImportRun.objects.order_by("pk").values_list("status", flat=True)),
            ["created", "unchanged"],
        )

    def test_a_second_import_of_a_changed_source_is_an_update_with_a_new_revision(self):
        self.confirm(self.preview_seed())
        changed = SEED.read_bytes().replace(b"Sectoren in actie", b"Onze sectoren in actie")
        response = self.preview(source_file=upload(content=changed))
        self.assertTrue(response.context["plan"].changes.has_changes)
        self.confirm(response)
        self.assertEqual(DossierPage.objects.get().revisions.count(), 2)
        self.assertEqual(
            list(ImportRun.objects.order_by("pk").values_list("status", flat=True)),
            ["created", "updated"],
        )

    def test_an_update_preview_lists_sections_and_cards_added_removed_and_changed(self):
        self.confirm(self.preview_seed())
        lines = SEED.read_text("utf-8").splitlines()
        card = next(i for i, line in enumerate(lines) if "Okra roept senioren" in line)
        del lines[card]
        heading = lines.index("Maar even goed 'dorpen'")
        lines[heading + 1 : heading + 1] = ["• Een nieuw initiatief van Okra in het dorp."]
        changed = "\n".join(lines).encode("utf-8")

        response = self.preview(source_file=upload(content=changed))
        counts = response.context["plan"].changes.counts
        self.assertEqual(counts["cards_added"], 1)
        self.assertEqual(counts["cards_removed"], 1)
        self.assertEqual(counts["sections_changed"], 2)
        self.assertContains(response, 'data-section-change="changed"', count=2)
        self.assertContains(response, "Een nieuw initiatief van Okra in het dorp.")

        self.confirm(response)
        self.assertEqual(DossierPage.objects.count(), 1)

    def test_cancel_keeps_nothing(self):
        response = self.preview_seed()
        self.assertContains(response, f'href="{START}" class="button button-secondary')
        self.assertEqual(self.client.get(START).status_code, 200)
        self.assertNothingCreated()

    def test_hostile_html_is_neutralised_in_the_preview(self):
        response = self.preview(source_file=upload(FILES / "hostile.html"))
        self.assertEqual(response.status_code, 200)
        body = response.content.decode().split('id="dossier-import-preview"', 1)[1]
        body = body.split('id="dossier-import-source', 1)[0]
        self.assertNotIn("<script", body)
        self.assertNotIn("onload=", body)
        self.assertNotIn('href="javascript:', body)
        self.assertNotIn('src="javascript:', body)
        self.assertNotIn("<iframe", body)

    def test_the_format_is_sniffed_from_the_content_not_the_extension(self):
        html = (FILES / "legacy-export.html").read_bytes()
        response = self.preview(source_file=upload(name="export.txt", content=html))
        self.assertEqual(response.context["plan"].prepared.format, "html")


class TestPermissions(ImportTestCase):
    def setUp(self):
        self.client.logout()

    def editor(self, *permissions: str, page=None) -> object:
        group = Group.objects.create(name="Editors " + "-".join(permissions))
        for permission in permissions:
            GroupPagePermission.objects.create(
                group=group, page=page or self.home, permission_type=permission
            )
        user = self.create_user("editor", password="password", permissions=["access_admin"])
        user.groups.add(group)
        self.login(username="editor")
        return user

    def test_anonymous_visitors_are_sent_to_the_admin_login(self):
        for response in (self.client.get(START), self.client.post(CONFIRM, {"source": "x"})):
            self.assertEqual(response.status_code, 302)
            self.assertTrue(response.url.startswith(reverse("wagtailadmin_login")))

    def test_a_user_who_may_not_add_pages_gets_403_and_no_menu_item(self):
        user = self.editor()
        # Wagtail's admin turns PermissionDenied into a message and a redirect home.
        home = reverse("wagtailadmin_home")
        self.assertRedirects(self.client.get(START), home, fetch_redirect_response=False)
        response = self.client.post(START, {"source_file": upload(), "parent_page": self.home.pk})
        self.assertRedirects(response, home, fetch_redirect_response=False)
        response = self.client.post(CONFIRM, {"source": "x"})
        self.assertRedirects(response, home, fetch_redirect_response=False)
        request = RequestFactory().get("/admin/")
        request.user = user
        self.assertFalse(ImportDossierMenuItem("Import", START).is_shown(request))
        self.assertNotContains(self.client.get(reverse("wagtailadmin_home")), START)
        self.assertNothingCreated()

    def test_posts_without_a_csrf_token_are_refused(self):
        self.editor("add")
        client = Client(enforce_csrf_checks=True)
        client.login(username="editor", password="password")
        response = client.post(START, {"source_file": upload(), "parent_page": self.home.pk})
        self.assertEqual(response.status_code, 403)
        self.assertNothingCreated()

    def test_an_editor_who_may_add_sees_the_menu_item(self):
        self.editor("add")
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, START)

    def test_a_parent_where_the_user_may_not_add_is_a_form_error(self):
        other = make_dossier(self.home, title="Another dossier")
        self.editor("add", page=other)
        response = self.preview_seed()
        self.assertEqual(response.status_code, 200)
        self.assertFormError(
            response.context["form"],
            "parent_page",
            'You do not have permission to create a page under "Home".',
        )
        self.assertFalse(DossierPage.objects.exclude(pk=other.pk).exists())
        self.assertFalse(ImportRun.objects.exists())

    def test_a_user_who_may_add_but_not_publish_gets_a_draft_even_when_asking_to_publish(self):
        self.editor("add")
        self.assertNotIn("publish", self.client.get(START).context["form"].fields)
        response = self.preview_seed(publish="on")
        # The posted value is ignored: the field is not offered to this user.
        self.assertFalse(response.context["plan"].publish)
        self.confirm(response)
        page = DossierPage.objects.get()
        self.assertFalse(page.live)
        self.assertFalse(ImportRun.objects.get().published)

    def test_a_forged_publish_request_is_still_a_draft(self):
        user = self.editor("add")
        token = SignedSource(
            name="lokale-verkiezingen-2024.txt",
            data=SEED.read_bytes(),
            key="",
            encoding="",
            title="",
            parent_id=self.home.pk,
            publish=True,
            user_id=user.pk,
        ).dumps()
        self.client.post(CONFIRM, {"source": token})
        self.assertFalse(DossierPage.objects.get().live)

    def test_a_user_who_may_publish_can_publish(self):
        self.editor("add", "publish")
        self.assertIn("publish", self.client.get(START).context["form"].fields)
        self.confirm(self.preview_seed(publish="on"))
        self.assertTrue(DossierPage.objects.get().live)

    def test_an_update_of_a_page_the_user_may_not_edit_is_refused(self):
        page = make_dossier(self.home, title="Imported by someone else")
        page.source_key = "lokale-verkiezingen-2024"
        page.save()
        self.editor("add")
        response = self.preview_seed()
        self.assertIn("you may not edit it", str(response.context["form"].errors))
        self.assertEqual(DossierPage.objects.count(), 1)
        self.assertFalse(ImportRun.objects.exists())

    def test_a_tampered_or_foreign_token_is_refused(self):
        user = self.editor("add")
        response = self.preview_seed()
        token = response.context["form"].initial["source"]
        self.client.post(CONFIRM, {"source": token[:-3] + "abc"})
        foreign = SignedSource(
            name="x.txt",
            data=SEED.read_bytes(),
            key="",
            encoding="",
            title="",
            parent_id=self.home.pk,
            publish=False,
            user_id=user.pk + 1,
        ).dumps()
        response = self.client.post(CONFIRM, {"source": foreign}, follow=True)
        self.assertContains(response, "another user")
        self.assertNothingCreated()


class TestBadInput(ImportTestCase):
    def assertSourceError(self, response, fragment: str, field: str = "source_file"):
        self.assertEqual(response.status_code, 200)
        self.assertTemplateUsed(response, "wagtail_dossiers/admin/import_form.html")
        errors = " ".join(response.context["form"].errors.get(field, []))
        self.assertIn(fragment, errors)
        self.assertNothingCreated()

    @override_settings(WAGTAIL_DOSSIERS={"MAX_UPLOAD_SIZE": 1000})
    def test_a_file_over_the_size_limit_is_a_clear_error(self):
        self.assertSourceError(self.preview_seed(), "the limit is 1000")

    @override_settings(WAGTAIL_DOSSIERS={"MAX_UPLOAD_SIZE": 1000})
    def test_pasted_text_over_the_size_limit_is_a_clear_error(self):
        response = self.preview(source_text=SEED.read_text("utf-8"))
        self.assertSourceError(response, "the limit is 1000", field="source_text")

    @override_settings(WAGTAIL_DOSSIERS={"MAX_UPLOAD_SIZE": 5 * 1024 * 1024})
    def test_a_file_one_byte_over_the_limit_is_told_in_bytes(self):
        response = self.preview(source_file=upload(content=b"x" * (5 * 1024 * 1024 + 1)))
        self.assertSourceError(response, "5,242,881 bytes; the limit is 5,242,880 bytes")

    @override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=20_000)
    def test_the_paste_field_says_the_limit_that_applies_to_pasted_text(self):
        # Django refuses a form body over DATA_UPLOAD_MAX_MEMORY_SIZE before any view runs
        # (HTTP 400), so pasted text is held to the lower of the two limits.
        field = self.client.get(START).context["form"].fields["source_text"]
        self.assertIn("at most 19.5\xa0KB", str(field.help_text))
        self.assertEqual(field.widget.attrs["maxlength"], "20000")

    def test_an_empty_file_is_a_clear_error(self):
        response = self.preview(source_file=upload(FILES / "empty.txt"))
        self.assertTrue(response.context["form"].has_error("source_file", "empty"))
        self.assertNothingCreated()

    def test_a_whitespace_only_file_is_a_clear_error(self):
        response = self.preview(source_file=upload(FILES / "whitespace-only.txt"))
        self.assertSourceError(response, "only whitespace")

    def test_a_binary_file_is_a_clear_error(self):
        response = self.preview(source_file=upload(FILES / "not-text.bin"))
        self.assertSourceError(response, "does not look like text")

    def test_an_undecodable_file_is_a_clear_error(self):
        data = "Titel\n\n• Een kaart".encode() + b"\x81\x8d\x8f\x90\x9d\xff\xfe"
        response = self.preview(source_file=upload(name="broken.txt", content=data))
        self.assertSourceError(response, "encoding")

    def test_a_wrong_encoding_is_a_form_error(self):
        response = self.preview(source_file=upload(), encoding="no-such-codec")
        self.assertSourceError(response, "Unknown encoding", field="encoding")

    def test_no_source_or_two_sources_is_a_form_error(self):
        response = self.preview()
        self.assertIn("Upload a file or paste", str(response.context["form"].non_field_errors()))
        response = self.preview(source_file=upload(), source_text="• iets")
        self.assertIn("not both", str(response.context["form"].non_field_errors()))
        self.assertNothingCreated()

    def test_a_parent_that_cannot_hold_a_dossier_is_a_form_error(self):
        root = Page.get_first_root_node()
        response = self.preview_seed(parent_page=root.pk)
        self.assertIn("root", str(response.context["form"].errors["parent_page"]))
        self.assertNothingCreated()


# ------------------------------------------------------------------ the diff, without a DB


def section(heading, *cards):
    return {
        "type": "section",
        "id": f"s-{heading}",
        "value": {"heading": heading, "intro": "", "items": list(cards)},
    }


def card(card_id, text, title=""):
    return {
        "type": "initiative",
        "id": card_id,
        "value": {"title": title, "text": f"<p>{text}</p>", "organisations": [], "links": []},
    }


class TestChanges(SimpleTestCase):
    old = [
        section("A", card("1", "one"), card("2", "two")),
        section("B", card("3", "three")),
        {"type": "contact", "id": "c", "value": {"name": "Elke"}},
    ]

    def test_identical_bodies_have_no_changes(self):
        self.assertFalse(compare(self.old, copy.deepcopy(self.old)).has_changes)

    def test_sections_and_cards_added_removed_and_changed(self):
        new = [
            section("A", card("1", "one, better"), card("4", "four")),
            section("C", card("5", "five")),
            {"type": "contact", "id": "c", "value": {"name": "Elke"}},
        ]
        changes = compare(self.old, new)
        by_heading = {s.heading: s for s in changes.sections}
        self.assertEqual(by_heading["A"].status, "changed")
        self.assertEqual(by_heading["A"].cards_changed, ["one, better"])
        self.assertEqual(by_heading["A"].cards_added, ["four"])
        self.assertEqual(by_heading["A"].cards_removed, ["two"])
        self.assertEqual((by_heading["B"].status, by_heading["C"].status), ("removed", "added"))
        self.assertEqual(changes.counts["cards_added"], 2)
        self.assertEqual(changes.counts["cards_removed"], 2)

    def test_a_card_resaved_by_the_editor_is_recognised_by_its_text(self):
        resaved = copy.deepcopy(self.old)
        resaved[0]["value"]["items"][0]["id"] = "editor-made"
        resaved[0]["value"]["items"][0]["value"]["text"] = '<p data-block-key="x1">one</p>'
        self.assertFalse(compare(resaved, self.old).has_changes)

    def test_changed_page_fields_are_named(self):
        changes = compare(
            self.old, self.old, {"title": "Old", "intro": ""}, {"title": "New", "intro": ""}
        )
        self.assertEqual(changes.fields_changed, ["title"])


@override_settings(LANGUAGE_CODE="nl")
class TestTheReportInDutch(ImportTestCase):
    """The warnings an editor must act on are in the admin's language, fresh and stored."""

    def test_the_preview_and_the_import_history_say_the_warnings_in_dutch(self):
        response = self.preview_seed()
        alt = "Groep film debat klein"
        wanted = (
            f"Kies het afbeeldingsbestand voor de afbeelding met alt-tekst “{alt}”: "
            "de export bewaarde alleen de alt-tekst."
        )
        self.assertContains(response, wanted)
        self.assertNotContains(response, "Choose the image file")
        # Counts in Dutch plurals: the seed has one call to action and one contact.
        self.assertContains(response, "<strong>1</strong> oproep</li>", html=False)
        self.assertContains(response, "<strong>1</strong> contactpersoon</li>", html=False)
        self.confirm(response)
        run = ImportRun.objects.get()
        # The report keeps the code and its parameters, so it can be said in any language.
        stored = [w for w in run.report["warnings"] if w["code"] == "image_missing"]
        self.assertIn({"alt": alt, "src": ""}, [w["params"] for w in stored])
        inspect = reverse("wagtail_dossiers_importrun_modeladmin_inspect", args=(run.pk,))
        self.assertContains(self.client.get(inspect), wanted)

    def test_a_report_stored_before_warnings_had_parameters_shows_its_sentence(self):
        from wagtail_dossiers.importing.messages import describe

        old = {"line": 3, "code": "image_missing", "message": "Choose the image file for …"}
        self.assertEqual(describe(old), "Choose the image file for …")


def card_words(card: dict) -> str:
    """A card's words as a reader reads them: its title (derived from its first sentence),
    then its text without markup."""
    text = strip_tags(card["value"]["text"])
    return f"{card['value']['title']} {text}".strip()


class TestCorrections(ImportTestCase):
    """An editor corrects the reading in the preview; the correction goes with the import."""

    CORRECT = "/admin/dossiers/import/correct/"

    def correct(self, response, **roles):
        """Post the preview back with some parts' roles changed (line number → role)."""
        data = {"source": response.context["form"].initial["source"]}
        for part in response.context["preview"]["reading"]:
            line = part["line"]
            data[f"read-{line}"] = part["role"]
            data[f"text-{line}"] = part["text"]
            data[f"role-{line}"] = part["role"] if part["hinted"] else ""
        data.update({f"role-{line}": role for line, role in roles.items()})
        return self.client.post(self.CORRECT, data)

    def test_the_preview_shows_each_part_its_role_and_why(self):
        response = self.preview_seed()
        reading = {part["line"]: part for part in response.context["preview"]["reading"]}
        self.assertEqual(reading[33]["role"], "image")
        self.assertEqual(reading[33]["text"], "Groep film debat klein")
        self.assertTrue(reading[33]["reason"])
        self.assertContains(response, 'name="role-33"')
        self.assertContains(response, 'formaction="/admin/dossiers/import/correct/"')

    def test_a_correction_reads_the_source_again_and_the_confirmation_keeps_it(self):
        first = self.preview_seed()
        self.assertEqual(first.context["preview"]["counts"]["sections"], 10)
        corrected = self.correct(first, **{"33": "debris", "27": "paragraph"})
        self.assertEqual(corrected.status_code, 200)
        preview = corrected.context["preview"]
        # The must-show: nine sections, the alt text only in the unplaced list.
        self.assertEqual(preview["counts"]["sections"], 9)
        self.assertIn("Groep film debat klein", [u.text for u in preview["unplaced"]])
        self.assertEqual([h["line"] for h in preview["hints"]], [27, 33])
        self.assertContains(corrected, 'data-hints-applied="2"')
        self.confirm(corrected)
        page = DossierPage.objects.get()
        headings = [b.value["heading"] for b in page.body if b.block_type == "section"]
        self.assertEqual(len(headings), 9)
        self.assertNotIn("Lokaal debat stimuleren", headings)
        # Read as an image, the line would be an image block waiting for its file.
        self.assertNotIn("Groep film debat klein", json.dumps(list(page.body.raw_data)))
        self.assertIn("Groep film debat klein", json.dumps(ImportRun.objects.get().report))

    def first_section_cards(self, response) -> list[str]:
        section = response.context["preview"]["body"][0]
        return [card_words(item) for item in section["items"] if item["type"] == "initiative"]

    def test_joins_the_previous_part_merges_two_cards_into_one(self):
        first = self.preview_seed()
        before = self.first_section_cards(first)
        self.assertIn("Het kan ook iets luchtiger", before[0])
        self.assertIn("De kieswetgeving is gewijzigd", before[1])
        merged = self.correct(first, **{"13": "continue"})
        after = self.first_section_cards(merged)
        self.assertEqual(len(after), len(before) - 1)
        self.assertIn("Het kan ook iets luchtiger", after[0])
        self.assertIn("De kieswetgeving is gewijzigd", after[0])
        self.assertEqual(merged.context["preview"]["counts"]["cards"], CARDS - 1)

    def test_starts_a_new_card_here_makes_a_card_of_a_part_read_otherwise(self):
        closing = "Meer weten? Het secretariaat helpt je graag verder via info@voorbeeld.be."
        first = self.preview(source_file=upload(FILES / "vrije-tijd-voor-iedereen.txt"))
        body = first.context["preview"]["body"]
        # Misread: the last section's text, after its cards.
        self.assertEqual([i["type"] for i in body[-1]["items"]][-1], "paragraph")
        cards = len([i for i in body[-1]["items"] if i["type"] == "initiative"])
        split = self.correct(first, **{"28": "card"})
        body = split.context["preview"]["body"]
        last_cards = [i for i in body[-1]["items"] if i["type"] == "initiative"]
        self.assertEqual(len(last_cards), cards + 1)
        self.assertEqual(card_words(last_cards[-1]), closing)
        self.assertEqual([i["type"] for i in body[-1]["items"]][-1], "initiative")

    def test_a_forced_heading_opens_a_section_and_the_lines_after_it_are_read_again(self):
        first = self.preview_seed()
        cards = self.first_section_cards(first)
        forced = self.correct(first, **{"14": "heading"})
        body = forced.context["preview"]["body"]
        self.assertEqual(forced.context["preview"]["counts"]["sections"], 11)
        self.assertTrue(body[1]["value"]["heading"].startswith("Niet-Belgische kiezers"))
        # The card after it now belongs to the new section, not to the first.
        self.assertEqual(self.first_section_cards(forced), cards[:2])
        self.assertIn("Okra bezorgt", card_words(body[1]["items"][0]))

    def test_choosing_as_the_importer_reads_it_drops_a_correction(self):
        corrected = self.correct(self.preview_seed(), **{"33": "debris"})
        self.assertEqual(len(corrected.context["preview"]["hints"]), 1)
        dropped = self.correct(corrected, **{"33": ""})
        self.assertEqual(dropped.context["preview"]["hints"], [])
        self.assertEqual(dropped.context["preview"]["counts"]["sections"], 10)

    def test_a_tampered_token_is_refused_and_nothing_is_read(self):
        response = self.client.post(self.CORRECT, {"source": "forged", "role-33": "debris"})
        self.assertRedirects(response, START)
        self.assertNothingCreated()


class TestCorrectionsKept(TestCorrections):
    """Corrections are kept with the source's key and applied again at every later import."""

    def test_a_re_import_applies_the_kept_corrections_even_when_the_lines_moved(self):
        self.confirm(self.correct(self.preview_seed(), **{"33": "debris", "27": "paragraph"}))
        kept = ImportHints.objects.get(source_key="lokale-verkiezingen-2024")
        self.assertEqual(sorted(h["role"] for h in kept.hints), ["debris", "paragraph"])
        # The source changed since: a paragraph more above the first section, so the lines
        # of the corrections moved two down.
        moved = SEED.read_bytes().replace(
            b"\nSectoren in actie", b"\nEen zin die er later bij kwam.\n\nSectoren in actie"
        )
        response = self.preview(source_file=upload(content=moved))
        preview = response.context["preview"]
        self.assertTrue(preview["hints_remembered"])
        self.assertContains(response, "data-hints-remembered")
        self.assertEqual(preview["counts"]["sections"], 9)
        self.assertEqual(response.context["plan"].prepared.hints_applied, [29, 35])

    def test_the_import_run_lists_the_corrections_kept_for_its_source(self):
        self.confirm(self.correct(self.preview_seed(), **{"33": "debris"}))
        run = ImportRun.objects.get()
        url = reverse("wagtail_dossiers_importrun_modeladmin_inspect", args=(run.pk,))
        response = self.client.get(url)
        self.assertContains(response, "data-kept-corrections")
        self.assertInHTML(
            "<tr><td>33</td><td>Groep film debat klein</td><td>Not part of the page</td></tr>",
            response.content.decode(),
        )

    def test_dropping_a_kept_correction_drops_it_for_good(self):
        self.confirm(self.correct(self.preview_seed(), **{"33": "debris"}))
        again = self.preview_seed()
        self.assertEqual(len(again.context["preview"]["hints"]), 1)
        self.confirm(self.correct(again, **{"33": ""}))
        self.assertFalse(ImportHints.objects.exists())
        self.assertEqual(self.preview_seed().context["preview"]["counts"]["sections"], 10)

    def test_the_command_applies_the_corrections_kept_by_the_admin(self):
        self.confirm(self.correct(self.preview_seed(), **{"33": "debris", "27": "paragraph"}))
        (result,) = dry_run(SEED)
        self.assertEqual(result["report"]["counts"]["sections"], 9)
        self.assertEqual(sorted(h["line"] for h in result["hints"]["applied"]), [27, 33])


class TestImportHistoryForPeople(ImportTestCase):
    """An import run's page says what the import made and what to check, as an editor reads."""

    def test_the_run_shows_counts_yes_or_no_the_file_name_and_warnings_by_what_to_do(self):
        from tests.test_import_command import run_import

        run_import(SEED, parent=str(self.home.pk))
        run = ImportRun.objects.get()
        self.assertIn("/", run.source_name)  # the command keeps the path it was given
        url = reverse("wagtail_dossiers_importrun_modeladmin_inspect", args=(run.pk,))
        response = self.client.get(url)
        html = response.content.decode()
        self.assertInHTML("<tr><th scope='row'>Sections</th><td>10</td></tr>", html)
        self.assertInHTML("<tr><th scope='row'>Cards</th><td>45</td></tr>", html)
        self.assertNotIn("{&#x27;sections&#x27;", html)  # no raw dict
        self.assertContains(response, SEED.name)
        self.assertNotContains(response, str(SEED.parent))
        self.assertRegex(html, r"Published\s*</dt>\s*<dd>\s*no\s*</dd>")
        self.assertContains(response, 'data-warnings="image_missing"')
        self.assertContains(response, "Images waiting for a file (2)")
        self.assertContains(response, reverse("wagtailadmin_pages:edit", args=(run.page_id,)))

    def test_each_warning_links_to_the_card_it_concerns_in_the_page_editor(self):
        self.confirm(self.preview_seed())
        run = ImportRun.objects.get()
        body = list(run.page.specific.body.raw_data)
        (section, card) = next(
            (section, card)
            for section in body
            if section["type"] == "section"
            for card in section["value"]["items"]
            if "SAAMO" in card["value"].get("text", "")
        )
        url = reverse("wagtail_dossiers_importrun_modeladmin_inspect", args=(run.pk,))
        html = self.client.get(url).content.decode()
        edit = reverse("wagtailadmin_pages:edit", args=(run.page_id,))
        # Wagtail's editor scrolls to the element its `data-contentpath` attributes spell.
        card_link = f"{edit}#:w:contentpath=body.{section['id']}.items.{card['id']}"
        row = html[html.index("“SAAMO”") :].split("</tr>")[0]
        self.assertIn(f'href="{card_link}"', row)
        # The header image is a field of the page, not a block.
        header = html[html.index("“header handjes”") :].split("</tr>")[0]
        self.assertIn(f'href="{edit}#:w:contentpath=header_image"', header)

    def test_a_report_stored_before_warnings_had_places_links_to_the_page_editor(self):
        self.confirm(self.preview_seed())
        run = ImportRun.objects.get()
        for warning in run.report["warnings"]:
            warning.pop("contentpath", None)
        run.save(update_fields=["report"])
        url = reverse("wagtail_dossiers_importrun_modeladmin_inspect", args=(run.pk,))
        response = self.client.get(url)
        self.assertNotContains(response, "contentpath=")
        edit = reverse("wagtailadmin_pages:edit", args=(run.page_id,))
        self.assertContains(response, f'href="{edit}">open the page editor</a>')

    @override_settings(LANGUAGE_CODE="nl")
    def test_the_history_names_its_columns_in_dutch_and_shows_file_names(self):
        from tests.test_import_command import run_import

        run_import(SEED, parent=str(self.home.pk))
        response = self.client.get(reverse("wagtail_dossiers_importrun_modeladmin_index"))
        html = response.content.decode()
        headers = re.findall(r"<th[^>]*>(.*?)</th>", html, flags=re.S)
        labels = [re.sub(r"<[^>]+>|\s+", " ", h).strip() for h in headers]
        self.assertIn("Bron", labels)
        self.assertIn("Waarschuwingen", labels)
        self.assertNotIn("Warning count", html)
        self.assertContains(response, SEED.name)
        self.assertNotContains(response, str(SEED.parent))

    def test_the_history_keeps_status_words_whole(self):
        self.confirm(self.preview_seed())
        response = self.client.get(reverse("wagtail_dossiers_importrun_modeladmin_index"))
        self.assertContains(response, 'style="white-space: nowrap"')


class TestUnknownNames(ImportTestCase):
    """A name the preview reports as a possible organisation is fixed where it is seen."""

    CORRECT = TestCorrections.CORRECT

    def unknown(self, response) -> dict[str, int]:
        groups = response.context["preview"]["warning_groups"]
        return {
            w["params"]["name"]: w["line"]
            for g in groups
            if g["code"] == "unknown_organisation"
            for w in g["warnings"]
        }

    def act(self, response, **data):
        post = {"source": response.context["form"].initial["source"], **data}
        return self.client.post(self.CORRECT, post)

    def test_create_the_organisation_and_the_card_shows_it(self):
        first = self.preview_seed()
        line = self.unknown(first)["SAAMO"]
        response = self.act(first, **{"organisation-create": f"{line}:SAAMO"})
        self.assertContains(response, "The organisation “SAAMO” was created.")
        self.assertTrue(Organisation.objects.filter(name="SAAMO").exists())
        self.assertNotIn("SAAMO", self.unknown(response))
        chips = [c for b in response.context["preview"]["body"] for c in b.get("items", [])]
        self.assertTrue(any("SAAMO" in c.get("organisations", []) for c in chips))

    def test_the_website_is_taken_from_a_link_on_the_same_line_that_spells_the_name(self):
        source = (
            "Titel\n\nSectie\n\n"
            "• Het Buurtwerk Zuidrand opent een repair café, zie www.buurtwerkzuidrand.be.\n"
        ).encode()
        first = self.preview(source_file=upload(content=source, name="buurt.txt"))
        line = self.unknown(first)["Buurtwerk Zuidrand"]
        self.act(first, **{"organisation-create": f"{line}:Buurtwerk Zuidrand"})
        created = Organisation.objects.get(name="Buurtwerk Zuidrand")
        self.assertEqual(created.website, "https://www.buurtwerkzuidrand.be/")

    def test_add_a_name_as_an_alias_of_an_existing_organisation(self):
        okra = Organisation.objects.get(name="Okra")
        first = self.preview_seed()
        self.assertIn("VLORA", self.unknown(first))
        response = self.act(
            first,
            **{"organisation-alias": "7", "alias-name-7": "VLORA", "alias-target-7": str(okra.pk)},
        )
        self.assertIn("VLORA", Organisation.objects.get(pk=okra.pk).alias_list)
        self.assertNotIn("VLORA", self.unknown(response))

    def test_the_alias_target_is_chosen_with_wagtails_organisation_chooser(self):
        response = self.preview_seed()
        rows = self.unknown(response)
        chooser = reverse("wagtail_dossiers_organisation_chooser:choose")
        # One chooser per unknown name, its value posted with the preview's form.
        self.assertContains(response, f'data-chooser-url="{chooser}"', count=len(rows))
        self.assertContains(
            response,
            '<input type="hidden" name="alias-target-1" id="dossier-alias-1" form="w-editor-form">',
            html=True,
        )
        self.assertContains(response, "wagtailadmin/js/chooser-widget.js")

    def test_without_javascript_the_plain_list_adds_the_alias(self):
        okra = Organisation.objects.get(name="Okra")
        first = self.preview_seed()
        self.assertContains(first, 'name="alias-choice-1"')
        # No organisation is chosen before the editor chooses one.
        self.assertContains(first, '<option value="">—</option>', count=len(self.unknown(first)))
        response = self.act(
            first,
            **{
                "organisation-alias": "3",
                "alias-name-3": "VLORA",
                "alias-target-3": "",  # the chooser's input, left empty without JavaScript
                "alias-choice-3": str(okra.pk),
            },
        )
        self.assertIn("VLORA", Organisation.objects.get(pk=okra.pk).alias_list)
        self.assertNotIn("VLORA", self.unknown(response))

    def test_an_alias_of_no_organisation_says_so_and_changes_nothing(self):
        first = self.preview_seed()
        aliases = {o.pk: o.aliases for o in Organisation.objects.all()}
        response = self.act(
            first, **{"organisation-alias": "3", "alias-name-3": "VLORA", "alias-target-3": ""}
        )
        self.assertContains(response, "Choose the organisation that “VLORA” is an alias of.")
        self.assertEqual({o.pk: o.aliases for o in Organisation.objects.all()}, aliases)
        self.assertIn("VLORA", self.unknown(response))

    def test_not_an_organisation_silences_the_name_for_this_source_and_is_kept(self):
        first = self.preview_seed()
        line = self.unknown(first)["Internationale Vrouwendag"]
        response = self.act(first, **{"organisation-ignore": f"{line}:Internationale Vrouwendag"})
        self.assertNotIn("Internationale Vrouwendag", self.unknown(response))
        self.assertIn(
            {"line": line, "text": "Internationale Vrouwendag", "role": "not_organisation"},
            response.context["preview"]["hints"],
        )
        self.confirm(response)
        again = self.preview_seed()
        self.assertNotIn("Internationale Vrouwendag", self.unknown(again))

    def test_a_user_who_may_not_manage_organisations_gets_no_actions_and_no_change(self):
        group = Group.objects.create(name="Page editors")
        GroupPagePermission.objects.create(group=group, page=self.home, permission_type="add")
        editor = self.create_user("editor", password="password", permissions=["access_admin"])
        editor.groups.add(group)
        self.login(username="editor")
        first = self.preview_seed()
        self.assertNotContains(first, "data-name-actions")
        self.act(first, **{"organisation-create": "1:SAAMO"})
        self.assertFalse(Organisation.objects.filter(name="SAAMO").exists())


# A small page and what the preview says of its parts: a line standing alone above a list is
# a heading; in HTML a marked heading, whose reason names its level.
SMALL_TEXT = (
    "Lokale verkiezingen\n\nSectoren in actie\n\n"
    "• Okra roept senioren op om te gaan stemmen.\n"
    "• Vief organiseert een debat in elke gemeente.\n"
)
SMALL_HTML = (
    "<h1>Lokale verkiezingen</h1><h2>Sectoren in actie</h2>"
    "<p>Okra roept senioren op om te gaan stemmen in hun gemeente.</p>"
)


class TestWhyInTheEditorsLanguage(ImportTestCase):
    """The preview says why it read each part as it did, in the admin's language."""

    def why(self, source: str) -> str:
        """The reason the preview gives for reading “Sectoren in actie” as a heading."""
        response = self.preview(source_text=source)
        (part,) = [
            p for p in response.context["preview"]["reading"] if p["text"] == "Sectoren in actie"
        ]
        self.assertEqual(part["role"], "heading")
        self.assertContains(response, f"<td>{part['reason']}</td>", html=True)
        return part["reason"]

    def test_the_reasons_are_english_under_english(self):
        self.assertEqual(self.why(SMALL_TEXT), "stands alone above a list")
        self.assertEqual(self.why(SMALL_HTML), "a level 2 heading")

    @override_settings(LANGUAGE_CODE="nl")
    def test_the_reasons_are_dutch_under_dutch(self):
        self.assertEqual(self.why(SMALL_TEXT), "staat op zichzelf boven een lijst")
        self.assertEqual(self.why(SMALL_HTML), "een titel van niveau 2")
