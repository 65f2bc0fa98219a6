"""Every use of wagtail-modeladmin in one module, so moving to Wagtail's own
``SnippetViewSet``/``ModelViewSet`` later is a one-file change."""

from django.contrib.admin import EmptyFieldListFilter
from django.urls import reverse_lazy
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.models import ReferenceIndex
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup
from wagtail_modeladmin.views import InspectView

from .forms import user_can_import
from .models import ImportRun, Organisation


class DossiersInspectView(InspectView):
    """Field labels as the admin writes them elsewhere: ``Name``, not the model's ``name``."""

    def get_field_label(self, field_name, field=None):
        return capfirst(super().get_field_label(field_name, field))


class OrganisationInspectView(DossiersInspectView):
    """Adds the pages that name the organisation, from Wagtail's reference index."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        references = ReferenceIndex.get_references_to(self.instance).group_by_source_object()
        context["referencing_objects"] = [obj for obj, _refs in references]
        return context


class OrganisationAdmin(ModelAdmin):
    model = Organisation
    menu_label = _("Organisations")
    menu_icon = "group"
    menu_order = 100
    list_display = ("name", "slug", "website")
    # "Has a logo" or not: filtering on the logo itself would list every image of the site.
    list_filter = (("logo", EmptyFieldListFilter),)
    search_fields = ("name", "aliases", "description")
    inspect_view_enabled = True
    inspect_view_class = OrganisationInspectView
    inspect_view_fields = ("name", "slug", "aliases", "website", "logo", "description")
    inspect_template_name = "wagtail_dossiers/modeladmin/organisation_inspect.html"
    form_fields_exclude = ()


class ReadOnlyPermissionHelper(PermissionHelper):
    """Import runs are a log: they can be read, never added or changed by hand."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class ImportRunAdmin(ModelAdmin):
    model = ImportRun
    menu_label = _("Import history")
    menu_icon = "history"
    menu_order = 300
    list_display = ("source_name", "status", "page", "user", "started_at", "warning_count")
    list_filter = ("status", "source_format", "started_at")
    search_fields = ("source_name",)
    permission_helper_class = ReadOnlyPermissionHelper
    inspect_view_enabled = True
    inspect_view_class = DossiersInspectView
    inspect_template_name = "wagtail_dossiers/modeladmin/importrun_inspect.html"
    inspect_view_fields = (
        "source_name",
        "source_key",
        "source_hash",
        "source_format",
        "page",
        "user",
        "started_at",
        "finished_at",
        "status",
        "published",
        "counts",
        "error",
    )


class ImportDossierMenuItem(MenuItem):
    """Shown to users who may add a dossier page somewhere (the page permission policy)."""

    def is_shown(self, request):
        return user_can_import(request.user)


class DossiersAdminGroup(ModelAdminGroup):
    menu_label = _("Dossiers")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (OrganisationAdmin, ImportRunAdmin)

    def get_submenu_items(self):
        items = super().get_submenu_items()
        items.append(
            ImportDossierMenuItem(
                _("Import a dossier"),
                reverse_lazy("wagtail_dossiers_import:start"),
                name="import-dossier",
                icon_name="upload",
                order=len(items) + 1,
            )
        )
        return items
