"""Every use of wagtail-modeladmin in one module, so moving to Wagtail's own
``SnippetViewSet``/``ModelViewSet`` later is a one-file change."""

from django.contrib.admin import EmptyFieldListFilter, RelatedOnlyFieldListFilter, display
from django.urls import reverse, reverse_lazy
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.models import ReferenceIndex
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.menus import ModelAdminMenuItem
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register
from wagtail_modeladmin.views import InspectView

from .models import ImportRun, InitiativeSubmission, Organisation
from .permissions import user_can_import
from .submissions.permissions import user_can_moderate


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
    list_display = ("source", "status", "page", "user", "started_at", "warnings")
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
        "error",
    )

    @display(description=_("Source"), ordering="source_name")
    def source(self, obj):
        # The file's name, as on the run's page: the command keeps the path it was given.
        return obj.get_source_name_display()

    @display(description=_("Warnings"))
    def warnings(self, obj):
        return obj.warning_count

    def get_extra_attrs_for_field_col(self, obj, field_name):
        # Status words whole (`Bijgewerkt`, not `Bijgewer|kt`) in a narrow column.
        return {"style": "white-space: nowrap"} if field_name == "status" else {}


class SubmissionPermissionHelper(PermissionHelper):
    """Listed and reviewed by moderators (the permission policy); never added or edited by
    hand, so what a visitor sent stays what they sent."""

    def user_can_list(self, user):
        return user_can_moderate(user)

    def user_can_inspect_obj(self, user, obj):
        return user_can_moderate(user)

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False


class SubmissionButtonHelper(ButtonHelper):
    """ "Review" leads to the app's own review page (approve, reject), not an inspect view."""

    def inspect_button(self, pk, classnames_add=None, classnames_exclude=None):
        button = super().inspect_button(pk, classnames_add, classnames_exclude)
        button.update(
            url=reverse("wagtail_dossiers_submissions:review", args=[pk]),
            label=_("Review"),
            title=_("Review this submission"),
        )
        return button


class SubmissionsMenuItem(ModelAdminMenuItem):
    """The menu label counts what waits: "Submissions (3)"."""

    def render_component(self, request):
        component = super().render_component(request)
        pending = InitiativeSubmission.objects.pending().count()
        if pending:
            component.label = gettext("Submissions (%(count)d pending)") % {"count": pending}
        return component


class SubmissionAdmin(ModelAdmin):
    model = InitiativeSubmission
    menu_label = _("Submissions")
    menu_icon = "mail"
    menu_order = 200
    list_display = (
        "title",
        "organisation_name",
        "page",
        "section_heading",
        "status",
        "submitted_at",
    )
    list_filter = ("status", ("page", RelatedOnlyFieldListFilter))
    search_fields = ("title", "organisation_name", "text")
    permission_helper_class = SubmissionPermissionHelper
    button_helper_class = SubmissionButtonHelper
    inspect_view_enabled = True

    def get_menu_item(self, order=None):
        return SubmissionsMenuItem(self, order or self.get_menu_order())


class ImportDossierMenuItem(MenuItem):
    """Shown to users who may add a dossier page somewhere (the page permission policy)."""

    def is_shown(self, request):
        return user_can_import(request.user)


class DossiersAdminGroup(ModelAdminGroup):
    menu_label = _("Dossiers")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (OrganisationAdmin, SubmissionAdmin, ImportRunAdmin)

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


def register_modeladmin() -> None:
    """Put the Dossiers group in the admin menu (called once, from ``wagtail_hooks``)."""
    modeladmin_register(DossiersAdminGroup)
