from wagtail.models import Page


class HomePage(Page):
    """The example site's root page: it may hold dossier pages."""

    subpage_types = ["wagtail_dossiers.DossierPage", "home.InfoPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from wagtail_dossiers.models import DossierPage, Organisation

        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().public()
        context["dossiers"] = DossierPage.objects.child_of(self).live().public()
        context["others"] = children.not_type(DossierPage)
        context["organisations"] = Organisation.objects.only("name", "slug")
        return context


class InfoPage(Page):
    """A plain page that holds no children: where a dossier page cannot be created."""

    subpage_types: list[str] = []
    template = "home/home_page.html"  # the same title-and-children page as the home page
