"""Wagtail admin viewsets of the app (Wagtail's own, not modeladmin)."""

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.forms.models import WagtailAdminModelForm, formfield_for_dbfield
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet

from .models import Organisation


class OrganisationSearchForm(BaseFilterForm):
    """Finds organisations by any part of their name or of one of their aliases.

    Wagtail's default chooser search autocompletes on the name only, so an editor typing
    an abbreviation the importer recognises (an alias such as 'VPV') would find nothing.
    """

    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Search")}),
        required=False,
    )

    def filter(self, objects: QuerySet) -> QuerySet:
        objects = super().filter(objects)
        query = " ".join((self.cleaned_data.get("q") or "").split())
        if query:
            objects = objects.filter(Q(name__icontains=query) | Q(aliases__icontains=query))
            self.is_searching = True
            self.search_query = query
        return objects


class OrganisationCreationForm(WagtailAdminModelForm):
    """The modal's "create" tab, on Wagtail's admin form base (admin widgets, https URLs)."""

    class Meta:
        model = Organisation
        fields = ["name", "aliases", "website", "description"]
        formfield_callback = formfield_for_dbfield


class OrganisationChooseView(ChooseView):
    filter_form_class = OrganisationSearchForm


class OrganisationChooseResultsView(ChooseResultsView):
    filter_form_class = OrganisationSearchForm


class OrganisationChooserViewSet(ChooserViewSet):
    """The modal editors use to pick organisations on a card (search, pick, create)."""

    model = Organisation
    icon = "group"
    choose_one_text = _("Choose an organisation")
    choose_another_text = _("Choose another organisation")
    edit_item_text = _("Edit this organisation")
    creation_form_class = OrganisationCreationForm
    url_filter_parameters = []
    choose_view_class = OrganisationChooseView
    choose_results_view_class = OrganisationChooseResultsView


organisation_chooser_viewset = OrganisationChooserViewSet("wagtail_dossiers_organisation_chooser")
