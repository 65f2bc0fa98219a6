"""The public form at ``<page URL>submit/``: send an initiative, get a thank-you page."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation

from ..conf import get_setting
from ..models import InitiativeSubmission
from ..submissions import mail, ratelimit
from ..submissions.cards import sections_of
from ..submissions.forms import SubmissionForm
from ..submissions.organisations import match_organisation, suggestions

FORM_TEMPLATE = "wagtail_dossiers/submit.html"
THANKS_TEMPLATE = "wagtail_dossiers/submit_thanks.html"


def submit(request: HttpRequest, page) -> HttpResponse:
    """The form (GET), or the thank-you page once a submission is stored (POST).

    What the honeypot or the rate limit stops is not stored: a robot gets the thank-you
    page all the same, a person over the limit a page saying when to try again.
    """
    if not page.accepts_submissions or not sections_of(page):
        raise Http404
    form = SubmissionForm(page, request.POST or None)
    # The page's own context, so that a site's ``dossier_base_template`` applies here too.
    context = page.get_context(request)
    context.update(
        form=form,
        organisation_suggestions=suggestions(),
        retention_days=get_setting("SUBMISSION_RETENTION_DAYS"),
    )
    if request.method != "POST":
        return TemplateResponse(request, FORM_TEMPLATE, context)
    if form.is_robot:
        return TemplateResponse(request, THANKS_TEMPLATE, context)
    if ratelimit.is_limited(request):
        context["rate_limited"] = True
        return TemplateResponse(request, FORM_TEMPLATE, context, status=429)
    if not form.is_valid():
        return TemplateResponse(request, FORM_TEMPLATE, context)
    submission = _store(form, page)
    ratelimit.count(request)
    mail.send_receipt(submission)
    mail.notify_moderators(submission)
    context["submission"] = submission
    return TemplateResponse(request, THANKS_TEMPLATE, context)


def _store(form: SubmissionForm, page) -> InitiativeSubmission:
    data = form.cleaned_data
    return InitiativeSubmission.objects.create(
        page=page,
        section_block_id=data["section"],
        section_heading=form.section_heading(),
        organisation_name=data["organisation"],
        organisation=match_organisation(data["organisation"]),
        title=data["title"],
        text=data["text"],
        link=data["link"],
        name=data["name"],
        email=data["email"],
        language=translation.get_language() or "",
    )
