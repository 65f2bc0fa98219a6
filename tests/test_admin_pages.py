"""An editor composes a dossier page in the Wagtail admin and the public sees it."""

from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.utils import make_home, make_organisation
from wagtail_dossiers.blocks import RICH_TEXT_FEATURES
from wagtail_dossiers.models import DossierPage


def text(html: str) -> str:
    """Rich text as the editor's widget posts it."""
    return rich_text(html, features=RICH_TEXT_FEATURES)


def list_items(values: list) -> dict:
    """ListBlock form data: the same count/order/deleted bookkeeping as a stream."""
    data = {
        str(index): {"value": value, "deleted": "", "order": str(index)}
        for index, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


def link(url: str, label: str = "") -> dict:
    return {"label": label, "url": url, "page": ""}


def dossier_form(title: str, organisation, *, card_link: dict, publish: bool = True) -> dict:
    """The add form as the editor submits it: a section with one card, then a contact."""
    card = {
        "title": "Kiesspel",
        "text": text("<p>Een laagdrempelig kiesspel voor senioren.</p>"),
        "organisations": str(organisation.pk),  # one field: the chosen ids, comma-separated
        "links": list_items([card_link]),
        "image": {"image": "", "alt_text": "", "caption": ""},
    }
    data = nested_form_data(
        {
            "title": title,
            "slug": "lokale-verkiezingen",
            "dossier_hub": "",
            "dossier_name": "Oriëntatiekader 2024",
            "header_image": "",
            "header_image_alt": "",
            "intro": text("<p>Lokale verkiezingen beroeren onze sectoren.</p>"),
            "body": streamfield(
                [
                    (
                        "section",
                        {
                            "heading": "Sectoren in actie",
                            "intro": text(""),
                            "items": streamfield([("initiative", card)]),
                        },
                    ),
                    (
                        "contact",
                        {
                            "name": "Elke Verhaeghe",
                            "role": "Stafmedewerker",
                            "email": "elke@example.org",
                            "phone": "",
                            "action_label": "Mail Elke",
                            "action_link": "",
                        },
                    ),
                ]
            ),
            "comments": inline_formset([]),
        }
    )
    if publish:
        data["action-publish"] = "action-publish"
    return data


# The one field of the first card's organisations, as the add form posts it.
CARD_ORGANISATIONS = "body-0-value-items-0-value-organisations"


def card_errors(response) -> dict:
    """The errors the editor sees on the first card, by field."""
    body_error = response.context["form"].errors.as_data()["body"][0].as_json_data()
    section = body_error["blockErrors"][0]["blockErrors"]
    return section["items"]["blockErrors"][0]["blockErrors"]


def card_link_errors(response) -> dict:
    """The errors the editor sees on the first card's first link, by field."""
    return card_errors(response)["links"]["blockErrors"][0]["blockErrors"]


class AddDossierPageTests(WagtailTestUtils, TestCase):
    def setUp(self):
        self.home = make_home()
        self.okra = make_organisation("Okra", website="https://www.okra.be")
        self.add_url = reverse(
            "wagtailadmin_pages:add", args=("wagtail_dossiers", "dossierpage", self.home.pk)
        )

    def add(self, data):
        return self.client.post(self.add_url, data)

    def test_the_add_dossier_page_form_opens_under_the_home_page(self):
        self.login()
        response = self.client.get(self.add_url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'name="dossier_name"')
        # The body's block definitions reach the editor's StreamField widget.
        self.assertContains(response, "call_to_action")

    def test_a_published_dossier_page_is_live_and_shows_its_card_and_organisation(self):
        self.login()
        form = dossier_form(
            "Lokale verkiezingen",
            self.okra,
            card_link=link("https://www.okra.be/kiesspel", "Lees meer"),
        )

        response = self.add(form)

        self.assertRedirects(response, reverse("wagtailadmin_explore", args=(self.home.pk,)))
        page = DossierPage.objects.child_of(self.home).get(slug="lokale-verkiezingen")
        self.assertTrue(page.live)
        self.assertFalse(page.has_unpublished_changes)
        public = self.client.get(page.url)
        self.assertEqual(public.status_code, 200)
        self.assertContains(public, "Een laagdrempelig kiesspel voor senioren.")
        self.assertContains(public, '<a href="/organisaties/okra/">Okra</a>', html=True)
        self.assertContains(public, 'href="https://www.okra.be/kiesspel"')
        self.assertContains(public, "Elke Verhaeghe")
        self.assertContains(public, "Oriëntatiekader 2024")

    def test_the_stored_body_keeps_the_chosen_organisation_and_link(self):
        self.login()
        self.add(dossier_form("Lokale verkiezingen", self.okra, card_link=link("mailto:a@b.be")))
        page = DossierPage.objects.get(slug="lokale-verkiezingen")
        section = page.body[0]
        card = section.value["items"][0]
        self.assertEqual(section.block_type, "section")
        self.assertEqual(card.block_type, "initiative")
        self.assertEqual(list(card.value["organisations"]), [self.okra])
        self.assertEqual(card.value["links"][0].href(), "mailto:a@b.be")
        self.assertEqual(page.body[1].block_type, "contact")

    def test_several_organisations_chosen_in_the_one_field_are_kept_in_their_order(self):
        self.login()
        orbit = make_organisation("Orbit")
        form = dossier_form("Lokale verkiezingen", self.okra, card_link=link("mailto:a@b.be"))
        form[CARD_ORGANISATIONS] = f"{orbit.pk},{self.okra.pk}"
        self.add(form)
        page = DossierPage.objects.get(slug="lokale-verkiezingen")
        card = page.body[0].value["items"][0]
        self.assertEqual(card.value["organisations"], [orbit, self.okra])
        stored = page.body.raw_data[0]["value"]["items"][0]["value"]["organisations"]
        self.assertEqual(stored, [orbit.pk, self.okra.pk])

    def test_an_organisation_id_that_names_none_is_refused_and_nothing_is_created(self):
        self.login()
        form = dossier_form("Lokale verkiezingen", self.okra, card_link=link("mailto:a@b.be"))
        form[CARD_ORGANISATIONS] = f"{self.okra.pk},{self.okra.pk + 100}"
        response = self.add(form)
        self.assertEqual(response.status_code, 200)
        [message] = card_errors(response)["organisations"]["messages"]
        self.assertIn(str(self.okra.pk + 100), message)
        self.assertFalse(DossierPage.objects.filter(slug="lokale-verkiezingen").exists())

    def test_the_edit_view_gives_the_card_its_organisations_chooser(self):
        self.login()
        self.add(dossier_form("Lokale verkiezingen", self.okra, card_link=link("mailto:a@b.be")))
        page = DossierPage.objects.get(slug="lokale-verkiezingen")
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "wagtail_dossiers/js/organisations-chooser.js")
        self.assertContains(response, "wagtail_dossiers.widgets.OrganisationsChooser")

    def test_a_javascript_link_is_refused_and_nothing_is_created(self):
        self.login()
        pages_before = Page.objects.count()
        form = dossier_form(
            "Lokale verkiezingen", self.okra, card_link=link("javascript:alert(1)", "Klik")
        )

        response = self.add(form)

        self.assertEqual(response.status_code, 200)
        self.assertEqual(list(card_link_errors(response)), ["url"])
        self.assertEqual(Page.objects.count(), pages_before)
        self.assertFalse(DossierPage.objects.filter(slug="lokale-verkiezingen").exists())

    def test_a_javascript_link_is_refused_in_a_draft_too(self):
        self.login()
        form = dossier_form(
            "Lokale verkiezingen",
            self.okra,
            card_link=link("JaVaScRiPt:alert(1)"),
            publish=False,
        )
        response = self.add(form)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(list(card_link_errors(response)), ["url"])
        self.assertFalse(DossierPage.objects.filter(slug="lokale-verkiezingen").exists())


class EditorsGroupTests(WagtailTestUtils, TestCase):
    """A member of Wagtail's default "Editors" group: may add pages, not publish them."""

    def setUp(self):
        self.home = make_home()
        self.okra = make_organisation("Okra", website="https://www.okra.be")
        self.editor = self.create_user("redacteur", password="password")
        self.editor.groups.add(Group.objects.get(name="Editors"))
        self.client.force_login(self.editor)
        self.add_url = reverse(
            "wagtailadmin_pages:add", args=("wagtail_dossiers", "dossierpage", self.home.pk)
        )

    def test_an_editor_can_open_the_add_dossier_page_form(self):
        self.assertEqual(self.client.get(self.add_url).status_code, 200)

    def test_an_editor_can_choose_organisations_in_the_chooser(self):
        response = self.client.get(reverse("wagtail_dossiers_organisation_chooser:choose"))
        self.assertEqual(response.status_code, 200)
        self.assertIn("Okra", response.json()["html"])

    def test_an_editors_dossier_page_is_saved_as_a_draft_awaiting_a_moderator(self):
        form = dossier_form(
            "Lokale verkiezingen",
            self.okra,
            card_link=link("https://www.okra.be/kiesspel"),
        )

        response = self.client.post(self.add_url, form)

        page = DossierPage.objects.get(slug="lokale-verkiezingen")
        self.assertRedirects(response, reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        self.assertFalse(page.live)
        draft = page.get_latest_revision_as_object()
        card = draft.body[0].value["items"][0].value
        self.assertEqual(list(card["organisations"]), [self.okra])
        self.assertEqual(self.client.get(page.url).status_code, 404)
