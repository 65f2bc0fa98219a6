"""On a site with a custom base page model: the mixin, the migrations and the importer."""

import io

import pytest
import swapper
from django.core.management import call_command
from wagtail.models import Site

from tests.custom_page.models import DossierPage, HomePage
from tests.paths import SEED
from wagtail_dossiers import models as dossier_models


@pytest.fixture
def home(db):
    Page = swapper.load_model("wagtailcore", "Page")
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Thuis", slug="thuis"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    return home


def test_the_base_page_model_is_swapped():
    assert swapper.get_model_name("wagtailcore", "Page") == "basepage.BasePage"
    # The app's own concrete page only exists on sites that keep Wagtail's Page.
    assert not hasattr(dossier_models, "DossierPage")


@pytest.mark.django_db
def test_the_import_creates_the_sites_own_dossier_page_and_it_renders(home, client):
    call_command(
        "import_dossier",
        str(SEED),
        parent=str(home.pk),
        publish=True,
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    page = DossierPage.objects.get()
    assert page.get_parent().pk == home.pk
    assert page.importance is None  # a field of the site's own base page
    assert len(page.body) == 11  # 10 sections and the contact
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Sectoren in actie" in response.content.decode()


@pytest.mark.django_db
def test_the_import_log_points_at_the_base_page(home):
    call_command(
        "import_dossier", str(SEED), parent="/", stdout=io.StringIO(), stderr=io.StringIO()
    )
    run = dossier_models.ImportRun.objects.get()
    assert run.page.specific.__class__ is DossierPage
