"""A site on a custom base page model, building its dossier page from the app's mixin.

The base page is Wagtail's own test example of one (``wagtail.test.basepage``),
whose migrations bootstrap a swapped page model correctly.
"""

from wagtail.test.basepage.models import BasePage

from wagtail_dossiers.models import DossierPageMixin


class HomePage(BasePage):
    subpage_types = ["custom_page.DossierPage"]


class DossierPage(DossierPageMixin, BasePage):
    content_panels = BasePage.content_panels + DossierPageMixin.dossier_content_panels
    search_fields = BasePage.search_fields + DossierPageMixin.dossier_search_fields
    api_fields = DossierPageMixin.dossier_api_fields
    subpage_types = ["custom_page.DossierPage"]
