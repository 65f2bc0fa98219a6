"""The dossier page type: where it may live, what it shows above its title, its children
and how Wagtail search finds it."""

import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, InfoPage
from tests.utils import block, card, make_dossier, make_home, make_organisation, section
from wagtail_dossiers.models import DossierPage


class DossierPagePlacementTests(WagtailPageTestCase):
    def test_a_dossier_page_can_be_created_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, DossierPage)

    def test_a_dossier_page_can_hold_child_dossier_pages(self):
        self.assertCanCreateAt(DossierPage, DossierPage)

    def test_a_dossier_page_only_allows_dossier_pages_below_it(self):
        self.assertAllowedSubpageTypes(DossierPage, {DossierPage})

    def test_a_dossier_page_cannot_be_created_at_the_tree_root(self):
        root = Page.get_first_root_node()
        self.assertFalse(DossierPage.can_create_at(root))


def children_heading() -> str:
    """The heading above a hub's list of child dossiers, in the site's language."""
    with translation.override(settings.LANGUAGE_CODE):
        return gettext("Pages in this dossier")


@pytest.mark.django_db
def test_dossier_label_is_the_hub_pages_title_when_a_hub_is_chosen(home):
    hub = make_dossier(home, title="Verkiezingen 2024")
    page = make_dossier(hub, title="Lokale verkiezingen", dossier_hub=hub, dossier_name="Oude naam")
    assert page.dossier_label == "Verkiezingen 2024"


@pytest.mark.django_db
def test_dossier_label_falls_back_to_the_dossier_name_without_a_hub(home):
    page = make_dossier(home, title="Lokale verkiezingen", dossier_name="Oriëntatiekader 2024")
    assert page.dossier_label == "Oriëntatiekader 2024"


@pytest.mark.django_db
def test_dossier_label_is_empty_without_hub_or_name(home):
    assert make_dossier(home, title="Lokale verkiezingen").dossier_label == ""


@pytest.mark.django_db
def test_a_child_dossier_links_its_label_to_the_hub_page(client, home):
    hub = make_dossier(home, title="Verkiezingen 2024")
    page = make_dossier(hub, title="Lokale verkiezingen", dossier_hub=hub)
    html = client.get(page.url).content.decode()
    assert f'<a href="{hub.url}">Verkiezingen 2024</a>' in html


@pytest.mark.django_db
def test_a_hub_dossier_lists_its_live_child_dossiers_only(client, home):
    hub = make_dossier(home, title="Verkiezingen 2024")
    lokaal = make_dossier(hub, title="Lokale verkiezingen", dossier_hub=hub)
    vlaams = make_dossier(hub, title="Vlaamse verkiezingen", dossier_hub=hub)
    make_dossier(hub, title="Europese verkiezingen (concept)", publish=False)

    response = client.get(hub.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert children_heading() in html
    assert f'<a href="{lokaal.url}">Lokale verkiezingen</a>' in html
    assert f'<a href="{vlaams.url}">Vlaamse verkiezingen</a>' in html
    assert "Europese verkiezingen" not in html


@pytest.mark.django_db
def test_a_dossier_without_children_shows_no_child_list(client, home):
    page = make_dossier(home, title="Lokale verkiezingen")
    assert children_heading() not in client.get(page.url).content.decode()


@pytest.mark.django_db
def test_an_info_page_under_home_renders(client, home):
    info = home.add_child(instance=InfoPage(title="Over ons", slug="over-ons"))
    response = client.get(info.url)
    assert response.status_code == 200
    assert re.search(r"<h1\b[^>]*>Over ons</h1>", response.content.decode())


def _dossiers_with_cards():
    """Two published dossiers: only the first has the game card and names Okra."""
    home = make_home()
    okra = make_organisation("Okra", website="https://www.okra.be")
    found = make_dossier(
        home,
        title="Lokale verkiezingen",
        body=[
            section(
                "Sectoren in actie",
                [card("Een laagdrempelig kiesspel voor senioren.", organisations=[okra])],
            ),
            block("contact", {"name": "Elke Verhaeghe"}),
        ],
    )
    other = make_dossier(
        home,
        title="Armoede",
        body=[section("Acties", [card("Een buurtrestaurant opent de deuren.")])],
    )
    return found, other


@pytest.mark.django_db
def test_search_finds_a_dossier_by_the_text_of_a_card():
    found, other = _dossiers_with_cards()
    assert list(DossierPage.objects.search("kiesspel")) == [found]
    assert list(DossierPage.objects.search("buurtrestaurant")) == [other]


@pytest.mark.django_db
def test_search_finds_a_dossier_by_the_name_of_an_organisation_chosen_on_a_card():
    found, _other = _dossiers_with_cards()
    assert list(DossierPage.objects.search("Okra")) == [found]


@pytest.mark.django_db
def test_search_finds_nothing_for_words_on_no_dossier():
    _dossiers_with_cards()
    assert list(DossierPage.objects.search("klimaatcrisis")) == []


@pytest.mark.django_db
def test_search_leaves_out_unpublished_changes_when_searching_live_pages():
    found, _other = _dossiers_with_cards()
    found.body = [section("Nieuw", [card("Een geheime vergadering.")])]
    found.save_revision()  # a draft: the live page and its index stay as they were
    assert list(DossierPage.objects.live().search("geheime")) == []
    assert list(DossierPage.objects.live().search("kiesspel")) == [found]
