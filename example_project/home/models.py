from wagtail.models import Page


class HomePage(Page):
    """The example site's root page: it may hold dossier pages."""

    subpage_types = ["wagtail_dossiers.DossierPage"]
    max_count = 1
