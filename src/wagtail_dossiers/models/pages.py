"""The dossier page: behaviour in a mixin, so a site can put it on its own base page."""

import swapper
from django.conf import settings
from django.db import models
from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.http import escape_leading_slashes
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.search import index

from ..blocks import RICH_TEXT_FEATURES, DossierBodyBlock
from ..filters import DossierFilter, clean_filter_query

swapper.set_app_prefix("wagtailcore", "wagtail")


class DossierPageMixin(RoutablePageMixin, models.Model):
    """Fields and behaviour of a dossier page, for any base page model.

    A site on Wagtail's own ``Page`` uses ``DossierPage``; a site with a custom base
    page defines ``class DossierPage(DossierPageMixin, BasePage)`` and composes the
    panels and search fields from the ``dossier_*`` lists below. The page answers at
    ``submit/`` too (``RoutablePageMixin``) when it accepts submissions.
    """

    dossier_hub = models.ForeignKey(
        swapper.get_model_name("wagtailcore", "Page"),
        verbose_name=_("dossier page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The dossier's overview page, when the site has one. Shown above the title."),
    )
    dossier_name = models.CharField(
        _("dossier name"),
        max_length=255,
        blank=True,
        help_text=_(
            "The dossier this page belongs to, e.g. 'Orientation framework local elections "
            "2024'. Shown above the title; used when no dossier page is chosen."
        ),
    )
    header_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("header image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    header_image_alt = models.CharField(
        _("header image alt text"),
        max_length=255,
        blank=True,
        help_text=_("What the header image shows, for people who cannot see it."),
    )
    intro = RichTextField(_("intro"), blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(DossierBodyBlock(), blank=True, verbose_name=_("body"))
    source_key = models.CharField(
        _("import source"),
        max_length=255,
        blank=True,
        db_index=True,
        editable=False,
        help_text=_("Set by the importer: importing the same source again updates this page."),
    )
    accepts_submissions = models.BooleanField(
        _("accepts submissions"),
        default=False,
        help_text=_(
            "Let organisations send in their initiatives through a form on this page. "
            "Editors review each one under Dossiers → Submissions before it becomes a card."
        ),
    )

    dossier_content_panels = [
        MultiFieldPanel(
            [FieldPanel("dossier_hub"), FieldPanel("dossier_name")],
            heading=_("Dossier"),
        ),
        MultiFieldPanel(
            [FieldPanel("header_image"), FieldPanel("header_image_alt")],
            heading=_("Header image"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("accepts_submissions"),
    ]
    dossier_search_fields = [
        index.SearchField("dossier_name"),
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("header_image_alt"),
        index.FilterField("source_key"),
    ]
    dossier_api_fields = [
        APIField("dossier_hub"),
        APIField("dossier_name"),
        APIField("header_image"),
        APIField("header_image_alt"),
        APIField("intro"),
        APIField("body"),
    ]

    dossier_template = "wagtail_dossiers/dossier_page.html"

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        # Wagtail names a page's template after its own app and model; a site's
        # subclass falls back on the app's template until it provides one.
        return [super().get_template(request, *args, **kwargs), self.dossier_template]

    @classmethod
    def can_create_at(cls, parent) -> bool:
        # Never at the tree root, where no site serves it.
        return super().can_create_at(parent) and not parent.is_root()

    @property
    def dossier_label(self) -> str:
        """The name shown above the title: the hub page's title, else the stored name."""
        if self.dossier_hub_id and self.dossier_hub:
            return self.dossier_hub.title
        return self.dossier_name

    def get_child_dossiers(self):
        """Live, public child dossier pages, for a dossier that is a hub of others."""
        return self.get_children().live().public().type(type(self)).specific()

    @property
    def dossier_language(self) -> str:
        """The language the page is written in: its locale's, whatever the UI speaks."""
        return self.locale.language_code

    def get_dossier_translations(self) -> list:
        """The page in every language it is live and public in, itself included; empty
        when there is no other (so no ``hreflang`` is claimed for a page alone)."""
        if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            return []
        pages = list(
            self.get_translations(inclusive=True)
            .live()
            .public()
            .select_related("locale")
            .order_by("locale__language_code")
        )
        return pages if len(pages) > 1 else []

    @property
    def submit_url(self) -> str:
        """Where the submission form answers, or "" when the page accepts none."""
        if not self.accepts_submissions or not self.url:
            return ""
        return self.url + self.reverse_subpage("submit")

    @path("submit/", name="submit")
    def submit_route(self, request):
        from ..views.submit import submit

        return submit(request, self)

    def serve(self, request, view=None, *args, **kwargs):
        # Empty filter fields (a form sent without JavaScript) go to the clean URL, so
        # that the address a reader shares or bookmarks is ``?organisation=okra``.
        query = clean_filter_query(request.GET)
        is_index = view is None or getattr(view, "__name__", "") == "index_route"
        if is_index and query is not None and not getattr(request, "is_preview", False):
            location = escape_leading_slashes(request.path)
            return HttpResponseRedirect(location + (f"?{query}" if query else ""))
        return super().serve(request, view, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["dossier_filter"] = DossierFilter(
            self, request.GET, use_cache=not getattr(request, "is_preview", False)
        )
        context["child_dossiers"] = self.get_child_dossiers()
        context["dossier_translations"] = self.get_dossier_translations()
        context["dossier_submit_url"] = self.submit_url
        # The UI around the content speaks the request's language; where it differs
        # from the page's, the templates mark each part with its own ``lang``.
        ui_language = translation.get_language() or ""
        context["dossier_language"] = self.dossier_language
        context["dossier_ui_language"] = (
            ui_language if ui_language.lower() != self.dossier_language.lower() else ""
        )
        return context


if not swapper.is_swapped("wagtailcore", "Page"):
    from wagtail.models import Page

    class DossierPage(DossierPageMixin, Page):  # noqa: DJ008 (Page has __str__)
        content_panels = Page.content_panels + DossierPageMixin.dossier_content_panels
        search_fields = Page.search_fields + DossierPageMixin.dossier_search_fields
        api_fields = DossierPageMixin.dossier_api_fields

        subpage_types = ["wagtail_dossiers.DossierPage"]

        class Meta:
            verbose_name = _("dossier page")
            verbose_name_plural = _("dossier pages")
