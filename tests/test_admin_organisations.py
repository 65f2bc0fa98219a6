"""Editors manage organisations, see where they are named, pick them in the chooser, and
read the import history without being able to change it."""

from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.test import TestCase
from django.urls import reverse
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils import WagtailTestUtils

from tests.utils import card, make_dossier, make_home, make_organisation, section
from wagtail_dossiers.models import ImportRun, Organisation

ORGANISATIONS = "wagtail_dossiers_organisation_modeladmin"
IMPORT_RUNS = "wagtail_dossiers_importrun_modeladmin"
CHOOSER = "wagtail_dossiers_organisation_chooser"


def organisation_form(**overrides) -> dict:
    data = {
        "name": "Vormingplus Vlaanderen",
        "slug": "",
        "aliases": "Vormingplus\nVP",
        "website": "https://www.vormingplus.be",
        "logo": "",
        "description": "Regionale centra voor vorming.",
    }
    return {**data, **overrides}


class OrganisationAdminTests(WagtailTestUtils, TestCase):
    def setUp(self):
        self.login()

    def test_an_editor_creates_an_organisation_and_its_slug_comes_from_the_name(self):
        response = self.client.post(reverse(f"{ORGANISATIONS}_create"), organisation_form())

        self.assertRedirects(response, reverse(f"{ORGANISATIONS}_index"))
        organisation = Organisation.objects.get(name="Vormingplus Vlaanderen")
        self.assertEqual(organisation.slug, "vormingplus-vlaanderen")
        self.assertEqual(organisation.alias_list, ["Vormingplus", "VP"])
        self.assertEqual(organisation.website, "https://www.vormingplus.be")

    def test_an_organisation_name_must_be_unique(self):
        make_organisation("Vormingplus Vlaanderen")
        response = self.client.post(reverse(f"{ORGANISATIONS}_create"), organisation_form())
        self.assertEqual(response.status_code, 200)
        self.assertIn("name", response.context["form"].errors)
        self.assertEqual(Organisation.objects.count(), 1)

    def test_an_editor_edits_an_organisation(self):
        okra = make_organisation("Okra", website="http://okra.be")
        response = self.client.post(
            reverse(f"{ORGANISATIONS}_edit", args=(okra.pk,)),
            organisation_form(name="Okra", slug="okra", website="https://www.okra.be", aliases=""),
        )
        self.assertRedirects(response, reverse(f"{ORGANISATIONS}_index"))
        okra.refresh_from_db()
        self.assertEqual(okra.website, "https://www.okra.be")
        self.assertEqual(okra.slug, "okra")

    def test_the_listing_shows_every_organisation(self):
        make_organisation("Okra")
        make_organisation("Vormingplus Vlaanderen")
        response = self.client.get(reverse(f"{ORGANISATIONS}_index"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Okra")
        self.assertContains(response, "Vormingplus Vlaanderen")

    def test_the_listing_finds_an_organisation_by_name(self):
        make_organisation("Okra")
        make_organisation("Vormingplus Vlaanderen")
        response = self.client.get(reverse(f"{ORGANISATIONS}_index"), {"q": "okra"})
        self.assertEqual(
            list(response.context["object_list"]), [Organisation.objects.get(name="Okra")]
        )

    def test_the_listing_finds_an_organisation_by_alias(self):
        make_organisation("Okra")
        vormingplus = make_organisation("Vormingplus Vlaanderen", aliases="VPV\nVorming+")
        response = self.client.get(reverse(f"{ORGANISATIONS}_index"), {"q": "Vorming+"})
        self.assertEqual(list(response.context["object_list"]), [vormingplus])

    def test_the_listing_filters_organisations_still_missing_a_logo(self):
        logo = Image.objects.create(title="Logo Okra", file=get_test_image_file())
        Image.objects.create(title="Groepsfoto", file=get_test_image_file())
        make_organisation("Okra", logo=logo)
        vormingplus = make_organisation("Vormingplus Vlaanderen")
        index_url = reverse(f"{ORGANISATIONS}_index")

        response = self.client.get(index_url, {"logo__isempty": "1"})

        self.assertEqual(list(response.context["object_list"]), [vormingplus])
        # The filter offers "has a logo or not", not a choice among all images of the site.
        self.assertNotContains(self.client.get(index_url), "Groepsfoto")


class OrganisationUsageTests(WagtailTestUtils, TestCase):
    """The inspect view tells an editor which dossier pages name an organisation."""

    def setUp(self):
        self.login()
        self.home = make_home()
        self.okra = make_organisation("Okra", website="https://www.okra.be")

    def inspect(self, organisation):
        return self.client.get(reverse(f"{ORGANISATIONS}_inspect", args=(organisation.pk,)))

    def test_the_inspect_view_lists_the_dossier_page_that_chose_the_organisation(self):
        page = make_dossier(
            self.home,
            title="Lokale verkiezingen",
            body=[section("Sectoren", [card("Kiesspel", organisations=[self.okra])])],
        )
        make_dossier(self.home, title="Armoede", body=[section("Acties", [card("Buurt")])])

        response = self.inspect(self.okra)

        self.assertEqual(response.status_code, 200)
        self.assertContains(
            response,
            f'<a href="{reverse("wagtailadmin_pages:edit", args=(page.pk,))}">'
            "Lokale verkiezingen</a>",
            html=True,
        )
        self.assertNotContains(response, "Armoede")
        self.assertContains(response, "https://www.okra.be")

    def test_the_inspect_view_labels_fields_with_a_capital_and_goes_back_to_the_list(self):
        # The admin speaks the site's language, Dutch, to a user who chose none.
        soup = BeautifulSoup(self.inspect(self.okra).content, "html.parser")
        labels = [" ".join(dt.get_text().split()) for dt in soup.select("dl dt")]
        self.assertEqual(
            labels, ["Naam", "Slug", "Andere namen", "Website", "Logo", "Korte beschrijving"]
        )
        back = soup.select_one("p.back a")
        self.assertEqual(back["href"], reverse(f"{ORGANISATIONS}_index"))
        self.assertEqual(" ".join(back.get_text().split()), "Terug naar de lijst van organisaties")

    def test_a_page_the_user_may_not_edit_is_named_without_an_edit_link(self):
        make_dossier(
            self.home,
            title="Lokale verkiezingen",
            body=[section("Sectoren", [card("Kiesspel", organisations=[self.okra])])],
        )
        # May manage organisations, but holds no permission on any page.
        registry_keeper = self.create_user("register", password="password")
        registry_keeper.user_permissions.add(
            Permission.objects.get(codename="access_admin"),
            Permission.objects.get(codename="change_organisation"),
        )
        self.client.force_login(registry_keeper)

        response = self.inspect(self.okra)

        self.assertEqual(response.status_code, 200)
        usage = self.get_soup(response.content).select_one("ul.dossiers-usage")
        self.assertEqual(usage.get_text(strip=True), "Lokale verkiezingen")
        self.assertIsNone(usage.select_one("a"))

    def test_the_inspect_view_says_so_when_no_page_names_the_organisation(self):
        make_dossier(self.home, title="Armoede", body=[section("Acties", [card("Buurt")])])
        response = self.inspect(self.okra)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(list(response.context["referencing_objects"]), [])
        self.assertNotContains(response, "Armoede")

    def test_a_page_that_names_the_organisation_twice_is_listed_once(self):
        make_dossier(
            self.home,
            title="Lokale verkiezingen",
            body=[
                section("Een", [card("Kiesspel", organisations=[self.okra])]),
                section("Twee", [card("Debat", organisations=[self.okra])]),
            ],
        )
        response = self.inspect(self.okra)
        self.assertEqual(response.content.decode().count(">Lokale verkiezingen</a>"), 1)


class OrganisationChooserTests(WagtailTestUtils, TestCase):
    def setUp(self):
        self.login()
        self.okra = make_organisation("Okra", aliases="Okra vzw")
        self.vormingplus = make_organisation("Vormingplus Vlaanderen", aliases="VPV")

    def test_the_chooser_lists_the_organisations(self):
        response = self.client.get(reverse(f"{CHOOSER}:choose"))
        self.assertEqual(response.status_code, 200)
        html = response.json()["html"]
        self.assertIn("Okra", html)
        self.assertIn("Vormingplus Vlaanderen", html)

    def test_the_chooser_finds_organisations_by_part_of_their_name(self):
        response = self.client.get(reverse(f"{CHOOSER}:choose_results"), {"q": "vorming"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(list(response.context["results"]), [self.vormingplus])

    def test_the_chooser_searches_organisations_by_alias(self):
        response = self.client.get(reverse(f"{CHOOSER}:choose_results"), {"q": "VPV"})
        self.assertEqual(list(response.context["results"]), [self.vormingplus])

    def test_choosing_an_organisation_returns_it_to_the_card(self):
        response = self.client.get(reverse(f"{CHOOSER}:chosen", args=(self.okra.pk,)))
        self.assertEqual(response.status_code, 200)
        result = response.json()["result"]
        self.assertEqual(result["id"], str(self.okra.pk))
        self.assertEqual(result["title"], "Okra")

    def test_an_editor_can_create_an_organisation_from_the_chooser(self):
        response = self.client.post(
            reverse(f"{CHOOSER}:create"),
            {"name": "De Ambrassade", "aliases": "", "website": "", "description": ""},
        )
        self.assertEqual(response.json()["step"], "chosen")
        self.assertEqual(Organisation.objects.get(name="De Ambrassade").slug, "de-ambrassade")


class ImportHistoryAdminTests(WagtailTestUtils, TestCase):
    def setUp(self):
        self.login()
        self.run = ImportRun.objects.create(
            source_name="lokale-verkiezingen-2024.txt",
            source_key="lokale-verkiezingen-2024",
            source_format="text",
            status=ImportRun.Status.CREATED,
            report={
                "warnings": [
                    {
                        "line": 12,
                        "code": "organisation_unmatched",
                        "message": "No organisation named 'Curieus' in the registry.",
                    }
                ],
                "unplaced": [{"line": 3, "text": "Deel deze pagina op Facebook"}],
            },
        )

    def test_the_import_history_lists_runs(self):
        response = self.client.get(reverse(f"{IMPORT_RUNS}_index"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "lokale-verkiezingen-2024.txt")

    def test_the_import_history_offers_no_way_to_add_a_run(self):
        response = self.client.get(reverse(f"{IMPORT_RUNS}_index"))
        self.assertNotContains(response, reverse(f"{IMPORT_RUNS}_create"))

    def test_a_run_cannot_be_added_by_hand(self):
        response = self.client.post(
            reverse(f"{IMPORT_RUNS}_create"), {"source_name": "x", "source_key": "x"}
        )
        # Wagtail answers a denied admin action with a redirect to the dashboard.
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.assertEqual(ImportRun.objects.count(), 1)

    def test_a_run_cannot_be_edited_or_deleted(self):
        edit = self.client.post(
            reverse(f"{IMPORT_RUNS}_edit", args=(self.run.pk,)), {"source_name": "changed"}
        )
        delete = self.client.post(reverse(f"{IMPORT_RUNS}_delete", args=(self.run.pk,)))
        self.assertRedirects(edit, reverse("wagtailadmin_home"))
        self.assertRedirects(delete, reverse("wagtailadmin_home"))
        self.run.refresh_from_db()
        self.assertEqual(self.run.source_name, "lokale-verkiezingen-2024.txt")

    def test_the_inspect_view_shows_the_warnings_and_the_unplaced_text(self):
        response = self.client.get(reverse(f"{IMPORT_RUNS}_inspect", args=(self.run.pk,)))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "organisation_unmatched")
        self.assertContains(response, "No organisation named &#x27;Curieus&#x27; in the registry.")
        self.assertContains(response, "<td>12</td>", html=True)
        self.assertContains(response, "Deel deze pagina op Facebook")
        self.assertContains(response, "<td>3</td>", html=True)

    def test_the_inspect_view_labels_fields_with_a_capital_and_goes_back_to_the_list(self):
        response = self.client.get(reverse(f"{IMPORT_RUNS}_inspect", args=(self.run.pk,)))
        soup = BeautifulSoup(response.content, "html.parser")
        labels = [" ".join(dt.get_text().split()) for dt in soup.select("dl dt")]
        self.assertEqual(labels[:3], ["Bron", "Bronsleutel", "SHA-256 van de bron"])
        self.assertTrue(all(label[0].isupper() for label in labels), labels)
        back = " ".join(soup.select_one("p.back a").get_text().split())
        self.assertEqual(back, "Terug naar de lijst van imports")

    def test_the_inspect_view_of_a_clean_run_says_nothing_was_lost(self):
        clean_run = ImportRun.objects.create(
            source_name="schoon.txt", source_key="schoon", report={"warnings": [], "unplaced": []}
        )
        response = self.client.get(reverse(f"{IMPORT_RUNS}_inspect", args=(clean_run.pk,)))
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, '<table class="listing">')
