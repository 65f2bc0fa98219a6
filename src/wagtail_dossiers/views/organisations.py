"""The public organisation pages: who an organisation is, and its cards across dossiers.

A site enables them by including ``wagtail_dossiers.urls`` (see
``docs/how-to/organisations.md``); chips on cards then link here.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from ..mentions import mentions_of
from ..models import Organisation
from ..structured_data import json_ld_script, organisation_page_json_ld

INDEX_TEMPLATE = "wagtail_dossiers/organisations/index.html"
DETAIL_TEMPLATE = "wagtail_dossiers/organisations/detail.html"


def organisation_index(request: HttpRequest) -> HttpResponse:
    """Every organisation of the registry, by name, each linking to its page."""
    organisations = Organisation.objects.only("name", "slug")
    return TemplateResponse(request, INDEX_TEMPLATE, {"organisations": organisations})


def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation.objects.select_related("logo"), slug=slug)
    dossiers = mentions_of(organisation, request)
    context = {
        "organisation": organisation,
        "dossiers": dossiers,
        "card_count": sum(dossier.card_count for dossier in dossiers),
        "json_ld": json_ld_script(organisation_page_json_ld(organisation, dossiers, request)),
    }
    return TemplateResponse(request, DETAIL_TEMPLATE, context)
