"""An organisations endpoint for Wagtail's API v2: the registry, each record with its
public page and, in the detail view, the initiatives that name it.

A site registers it beside its pages endpoint::

    api_router.register_endpoint("organisations", OrganisationsAPIViewSet)
"""

from __future__ import annotations

from rest_framework.fields import Field
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.serializers import BaseSerializer
from wagtail.api.v2.views import BaseAPIViewSet

from .mentions import mentions_of
from .models import Organisation


def _absolute(request, url: str) -> str | None:
    return request.build_absolute_uri(url) if url else None


class OrganisationHtmlUrlField(Field):
    """``meta.html_url``: the organisation's public page, or ``null`` on a site without it."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, organisation):
        return _absolute(self.context["request"], organisation.get_absolute_url())


class OrganisationInitiativesField(Field):
    """The cards that name the organisation on published dossier pages, by dossier and
    section, each with the URL of its anchor (``mentions.mentions_of``)."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, organisation):
        request = self.context["request"]
        return [
            {
                "page": {
                    "id": dossier.page.pk,
                    "title": dossier.page.title,
                    "html_url": _absolute(request, dossier.url),
                },
                "sections": [
                    {
                        "heading": section.heading,
                        "anchor": section.anchor,
                        "initiatives": [
                            {
                                "id": card.block_id,
                                "title": card.title,
                                "html_url": _absolute(request, card.url),
                            }
                            for card in section.cards
                        ],
                    }
                    for section in dossier.sections
                ],
            }
            for dossier in mentions_of(organisation, request)
        ]


class OrganisationSerializer(BaseSerializer):
    html_url = OrganisationHtmlUrlField(read_only=True)
    initiatives = OrganisationInitiativesField(read_only=True)


class OrganisationsAPIViewSet(BaseAPIViewSet):
    """``/api/v2/organisations/``: the registry, searchable and ordered by name."""

    base_serializer_class = OrganisationSerializer
    filter_backends = [FieldsFilter, OrderingFilter, SearchFilter]
    body_fields = BaseAPIViewSet.body_fields + [
        "name",
        "slug",
        "website",
        "description",
        "logo",
        "initiatives",
    ]
    meta_fields = BaseAPIViewSet.meta_fields + ["html_url"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "name",
        "slug",
        "website",
        "html_url",
    ]
    nested_default_fields = BaseAPIViewSet.nested_default_fields + ["name", "html_url"]
    # One query per organisation: given for one record at a time only.
    detail_only_fields = ["initiatives"]
    name = "organisations"
    model = Organisation

    def get_queryset(self):
        return Organisation.objects.select_related("logo").order_by("name")
