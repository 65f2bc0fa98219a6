"""Import from the admin: upload or paste → preview (nothing written) → confirm → page editor.

The preview runs the command's pipeline (``prepare_import``) and keeps what it read for the
confirmation, which writes it (``write_import``). Who may do what is Wagtail's page
permission policy: adding under the chosen parent, editing the page an update replaces,
publishing.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from ..forms import ConfirmImportForm, ImportForm, SignedSource
from ..importing import ImportFailed, PreparedImport, preview_cache, write_import
from ..importing.plan import ImportPlan, plan_import
from ..importing.preview import build_preview, corrected_hints
from ..models import ImportRun
from ..permissions import importable_parents, parent_problem, user_can_import
from ..viewsets import organisation_chooser_viewset
from .name_actions import NameActionIncomplete, apply_name_action


def signed_source(request) -> SignedSource | None:
    """The signed source a preview posted back, or None with the reason in the messages."""
    form = ConfirmImportForm(request.POST, user=request.user)
    if not form.is_valid():
        for error in form.errors.get("source", [gettext("The form was incomplete.")]):
            messages.error(request, error)
        return None
    return form.cleaned_data["source"]


def source_parent(user, source: SignedSource):
    """The page the source goes under, if ``user`` may still add there; else ``ImportFailed``."""
    parent = importable_parents(user).filter(pk=source.parent_id).first()
    if parent is None:
        raise ImportFailed(gettext("You may no longer create a dossier page there."))
    return parent


class ImportPermissionMixin:
    """Only for users who may add a dossier page somewhere; Wagtail's admin turns the
    refusal into a message and a redirect to the dashboard."""

    def dispatch(self, request, *args, **kwargs):
        if not user_can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ImportView(ImportPermissionMixin, WagtailAdminTemplateMixin, FormView):
    """Step 1 (the form) and step 2 (the preview, nothing written)."""

    form_class = ImportForm
    template_name = "wagtail_dossiers/admin/import_form.html"
    preview_template_name = "wagtail_dossiers/admin/import_preview.html"
    page_title = _("Import a dossier")
    header_icon = "upload"
    plan: ImportPlan | None = None

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_initial(self):
        parents = importable_parents(self.request.user)
        wanted = self.request.GET.get("parent", "")
        parent = parents.filter(pk=wanted).first() if wanted.isdigit() else None
        if parent is None:
            # By default the root page of the site the editor works on, when allowed.
            site = Site.find_for_request(self.request)
            parent = parents.filter(pk=site.root_page_id).first() if site else None
        return {"parent_page": parent}

    def get_page_subtitle(self):
        return self.plan.prepared.page_fields["title"] if self.plan else ""

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items]
        if self.plan:
            items.append(
                {"url": reverse("wagtail_dossiers_import:start"), "label": self.page_title}
            )
            items.append({"url": "", "label": _("Preview"), "sublabel": self.get_page_subtitle()})
        else:
            items.append({"url": "", "label": self.page_title})
        return items

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        context["media"] = form.media
        context["form_is_multipart"] = True
        context["action_url"] = reverse("wagtail_dossiers_import:start")
        context["submit_button_label"] = _("Preview")
        context["submit_button_active_label"] = _("Reading the dossier…")
        return context

    def form_valid(self, form):
        data = form.cleaned_data
        source = SignedSource(
            name=form.source_name,
            data=form.source_data,
            key="",
            # Pasted text is already text: an encoding applies to files only.
            encoding=data["encoding"] if form.source_name else "",
            title=data["title"],
            parent_id=data["parent_page"].pk,
            publish=bool(data.get("publish")),
            user_id=self.request.user.pk,
        )
        try:
            plan = plan_import(self.request.user, source, data["parent_page"])
        except ImportFailed as error:
            form.add_error(form.source_field, str(error))
            return self.form_invalid(form)
        token = plan.source.dumps()
        # The token comes back as an ordinary form field, under Django's request body limit.
        body_limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if body_limit is not None and len(token) > body_limit - 4096:
            form.add_error(
                form.source_field,
                _(
                    "This dossier is too large to preview here; "
                    "import it with manage.py import_dossier."
                ),
            )
            return self.form_invalid(form)
        return self.render_preview(plan, token)

    def render_preview(self, plan: ImportPlan, token: str):
        """Step 2: what the confirmation would store, with the reading an editor can correct."""
        self.plan = plan
        preview_cache.keep(token, plan.prepared)  # for the confirmation: one parse, not two
        self.template_name = self.preview_template_name
        confirm = ConfirmImportForm(initial={"source": token}, user=self.request.user)
        preview = build_preview(plan, self.request.user)
        context = self.get_context_data(form=confirm, plan=plan, preview=preview)
        # The alias actions choose the organisation with Wagtail's chooser, as cards do.
        context["media"] = confirm.media + organisation_chooser_viewset.widget_class().media
        context["action_url"] = reverse("wagtail_dossiers_import:confirm")
        context["correct_url"] = reverse("wagtail_dossiers_import:correct")
        context["form_is_multipart"] = False
        return self.render_to_response(context)


class CorrectImportView(ImportView):
    """Step 2 again, with the editor's corrections: each part's role as the preview's
    selects say. A changed role becomes a hint (``importing.hints``); "as the importer reads
    it" drops one. The source travels signed, as to the confirmation."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        source = signed_source(request)
        if source is None:
            return redirect("wagtail_dossiers_import:start")
        try:
            parent = source_parent(request.user, source)
            try:
                done = apply_name_action(request.user, source, request.POST)
            except PermissionError:
                done = None
                messages.error(request, gettext("You may not add or change organisations."))
            except NameActionIncomplete as problem:
                done = None
                messages.warning(request, str(problem))
            if done:
                messages.success(request, done)
            source.hints = corrected_hints(source, request.POST)
            preview_cache.take(request.POST["source"])  # read again with the corrections
            plan = plan_import(request.user, source, parent.specific)
        except ImportFailed as error:
            messages.error(request, str(error))
            return redirect("wagtail_dossiers_import:start")
        return self.render_preview(plan, plan.source.dumps())


class ConfirmImportView(ImportPermissionMixin, View):
    """Step 3: the preview's reading (read again if the cache lost it), then the write; the
    editor lands in the page editor."""

    http_method_names = ["post"]

    def post(self, request):
        source = signed_source(request)
        if source is None:
            return redirect("wagtail_dossiers_import:start")
        try:
            parent = source_parent(request.user, source)
            problem = parent_problem(request.user, parent)
            if problem:
                raise ImportFailed(str(problem))
            kept = preview_cache.take(request.POST["source"])
            plan = plan_import(request.user, source, parent.specific, kept)
            run = write_import(
                plan.prepared,
                parent.specific,
                publish=plan.publish,
                user=request.user,
                on_existing="update",
            )
        except ImportFailed as error:
            messages.error(request, str(error))
            return redirect("wagtail_dossiers_import:start")
        messages.success(request, success_message(run, plan.prepared))
        return redirect("wagtailadmin_pages:edit", run.page.pk)


# Keyed by (created, published).
SUCCESS_MESSAGES = {
    (True, False): _('"%(title)s" is created as a draft: %(sections)s, %(cards)s.'),
    (True, True): _('"%(title)s" is created and live: %(sections)s, %(cards)s.'),
    (False, False): _('"%(title)s" has a new draft: %(sections)s, %(cards)s.'),
    (False, True): _('"%(title)s" is updated and live: %(sections)s, %(cards)s.'),
}


def success_message(run: ImportRun, prepared: PreparedImport) -> str:
    created = run.status == ImportRun.Status.CREATED
    counts = prepared.counts
    message = str(SUCCESS_MESSAGES[created, run.published]) % {
        "title": run.page.get_admin_display_title(),
        "sections": ngettext("%d section", "%d sections", counts["sections"]) % counts["sections"],
        "cards": ngettext("%d card", "%d cards", counts["cards"]) % counts["cards"],
    }
    if counts["warnings"]:
        message += (
            " "
            + ngettext(
                "%d warning waits in the import history: an image to choose or a name to check.",
                "%d warnings wait in the import history: images to choose, names to check.",
                counts["warnings"],
            )
            % counts["warnings"]
        )
    return message


app_name = "wagtail_dossiers_import"
urlpatterns = [
    path("", ImportView.as_view(), name="start"),
    path("correct/", CorrectImportView.as_view(), name="correct"),
    path("confirm/", ConfirmImportView.as_view(), name="confirm"),
]
