from wagtail.models import Page


class HomePage(Page):
    """The example site's root page: it may hold dossier pages."""

    subpage_types = ["wagtail_dossiers.DossierPage", "home.InfoPage"]
    max_count = 1


class InfoPage(Page):
    """A plain page that holds no children: where a dossier page cannot be created."""

    subpage_types: list[str] = []
    template = "home/home_page.html"  # the same title-and-children page as the home page
