"""Wagtail admin viewsets of the app (Wagtail's own, not modeladmin)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.chooser import ChooserViewSet


class OrganisationChooserViewSet(ChooserViewSet):
    """The modal editors use to pick organisations on a card (search, pick, create)."""

    model = "wagtail_dossiers.Organisation"
    icon = "group"
    choose_one_text = _("Choose an organisation")
    choose_another_text = _("Choose another organisation")
    edit_item_text = _("Edit this organisation")
    form_fields = ["name", "aliases", "website", "description"]
    url_filter_parameters = []


organisation_chooser_viewset = OrganisationChooserViewSet("wagtail_dossiers_organisation_chooser")
