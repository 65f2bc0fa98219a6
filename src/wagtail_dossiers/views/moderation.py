"""Moderation in the admin: review a submission, approve it into a card or reject it.

The listing is in ``modeladmin.py``; these views are the app's own, so that mail and
the listing link to one review page whatever admin framework lists the submissions.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..blocks import InitiativeBlock
from ..models import InitiativeSubmission
from ..submissions import moderation
from ..submissions.cards import card_block, find_section
from ..submissions.forms import ApproveForm, RejectForm
from ..submissions.permissions import user_can_moderate


class ReviewView(WagtailAdminTemplateMixin, TemplateView):
    """The submission, the card as it will look, and the approve and reject forms."""

    template_name = "wagtail_dossiers/admin/submission_review.html"
    page_title = _("Review a submission")
    header_icon = "mail"
    approve_form = reject_form = None

    def dispatch(self, request, pk):
        if not user_can_moderate(request.user):
            raise PermissionDenied
        self.submission = get_object_or_404(InitiativeSubmission, pk=pk)
        self.draft = moderation.draft_of(self.submission)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.submission.title

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission, user = self.submission, self.request.user
        card = card_block(submission)
        block = InitiativeBlock()
        context.update(
            submission=submission,
            draft=self.draft,
            section=find_section(self.draft, submission.section_block_id),
            card_html=block.render(block.to_python(card["value"])),
            approve_form=self.approve_form or ApproveForm(submission, self.draft),
            reject_form=self.reject_form or RejectForm(),
            can_approve=moderation.can_approve(user, submission),
            can_publish=moderation.can_publish(user, submission),
        )
        return context

    def post(self, request, pk):
        action = request.POST.get("action", "")
        try:
            if action in ("approve", "publish"):
                return self._approve(publish=action == "publish")
            if action == "reject":
                return self._reject()
        except moderation.ModerationError as error:
            messages.error(request, str(error))
        return self.get(request, pk)

    def _approve(self, *, publish: bool):
        form = self.approve_form = ApproveForm(self.submission, self.draft, self.request.POST)
        if not form.is_valid():
            return self.get(self.request, self.submission.pk)
        approved = moderation.approve(
            self.submission,
            self.request.user,
            section_id=form.cleaned_data["section"],
            organisation=form.cleaned_data["organisation"],
            create_organisation=form.cleaned_data["create_organisation"],
            publish=publish,
        )
        if not approved:
            messages.info(self.request, gettext("This submission was approved already."))
        elif publish:
            messages.success(self.request, gettext("Approved: the card is on the published page."))
        else:
            messages.success(
                self.request, gettext("Approved: the card is in a new draft of the page.")
            )
        return redirect(self._url())

    def _reject(self):
        form = self.reject_form = RejectForm(self.request.POST)
        if not form.is_valid():
            return self.get(self.request, self.submission.pk)
        moderation.reject(self.submission, self.request.user, form.cleaned_data["reason"])
        messages.success(self.request, gettext("Rejected: the submitter is told why."))
        return redirect(self._url())

    def _url(self) -> str:
        return reverse("wagtail_dossiers_submissions:review", args=[self.submission.pk])


app_name = "wagtail_dossiers_submissions"
urlpatterns = [path("<int:pk>/", ReviewView.as_view(), name="review")]
