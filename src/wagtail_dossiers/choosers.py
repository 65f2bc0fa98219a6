"""Choosing a card's organisations in one field, several at a time.

Wagtail 8 chooses several records at once only in ``MultipleChooserPanel`` (an inline panel
of model relations); a StreamField block gets one chooser per ``ListBlock`` item, and every
item costs the page editor a list child with its own buttons and a chooser widget. This
field is one hidden input of ids and one button that opens the organisation chooser's own
modal in its multiple mode (``ChooserViewSet`` serves it), so a card costs one field.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.staticfiles import versioned_static
from wagtail.admin.telepath import register
from wagtail.admin.telepath.widgets import WidgetAdapter

from .models import Organisation


class OrganisationsChooser(forms.Widget):
    """A hidden input of comma-separated ids, the chosen names, a "Choose organisations" button."""

    template_name = "wagtail_dossiers/widgets/organisations_chooser.html"

    @cached_property
    def chooser(self):
        """The single organisation chooser, whose modal this widget opens for several."""
        from .viewsets import organisation_chooser_viewset

        return organisation_chooser_viewset.widget_class()

    def format_value(self, value) -> str:
        return ",".join(str(getattr(item, "pk", item)) for item in value or [])

    def value_from_datadict(self, data, files, name) -> list[str]:
        return [part.strip() for part in (data.get(name) or "").split(",") if part.strip()]

    def value_omitted_from_data(self, data, files, name) -> bool:
        return name not in data

    def get_value_data(self, value) -> list[dict]:
        """What the editor's script shows for each chosen organisation: id, name, edit URL."""
        return [
            self.chooser.get_value_data_from_instance(item)
            for item in value or []
            if isinstance(item, Organisation)
        ]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["chosen"] = self.get_value_data(value)
        return context

    @property
    def media(self):
        return forms.Media(
            js=[versioned_static("wagtail_dossiers/js/organisations-chooser.js")],
            css={"all": [versioned_static("wagtail_dossiers/css/organisations-chooser.css")]},
        )


class OrganisationsChooserAdapter(WidgetAdapter):
    """Packs the widget's HTML with the single chooser, whose ``openModal`` it calls."""

    js_constructor = "wagtail_dossiers.widgets.OrganisationsChooser"

    def js_args(self, widget):
        return [widget.render("__NAME__", None, attrs={"id": "__ID__"}), widget.chooser]


register(OrganisationsChooserAdapter(), OrganisationsChooser)


class OrganisationsField(forms.Field):
    """Organisations in the order chosen, each once; an id that names none is an error."""

    widget = OrganisationsChooser
    default_error_messages = {"invalid": _("“%(value)s” is not an organisation id.")}

    def to_python(self, value) -> list[Organisation]:
        if value in self.empty_values:
            return []
        if isinstance(value, str):
            value = value.split(",")
        chosen: list[Organisation | int] = []
        for item in value:
            if isinstance(item, Organisation) and item.pk is not None:
                chosen.append(item)  # already fetched (a page's bulk_to_python): no query
                continue
            try:
                chosen.append(int(str(item).strip()))
            except ValueError:
                raise ValidationError(
                    self.error_messages["invalid"], code="invalid", params={"value": item}
                ) from None
        ids = [item for item in chosen if isinstance(item, int)]
        found = Organisation.objects.in_bulk(ids) if ids else {}
        unknown = [str(pk) for pk in dict.fromkeys(ids) if pk not in found]
        if unknown:
            message = ngettext(
                "No organisation has the id %(ids)s.",
                "No organisations have the ids %(ids)s.",
                len(unknown),
            )
            raise ValidationError(message, code="unknown", params={"ids": ", ".join(unknown)})
        organisations: dict[int, Organisation] = {}
        for item in chosen:
            organisation = found[item] if isinstance(item, int) else item
            organisations.setdefault(organisation.pk, organisation)
        return list(organisations.values())
