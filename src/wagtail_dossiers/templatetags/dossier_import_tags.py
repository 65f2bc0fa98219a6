"""Template tags of the import screens."""

from django import template
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from ..importing.hints import stored_hints
from ..importing.messages import counts_shown, describe, warning_groups
from ..importing.preview import ROLE_LABELS
from ..viewsets import organisation_chooser_viewset

register = template.Library()


@register.filter
def import_warning(warning) -> str:
    """A warning of an import report (stored or fresh) in the editor's language."""
    return describe(warning)


@register.filter
def import_counts(counts) -> list:
    """The counts of an import report, labelled, in a fixed order."""
    return counts_shown(counts or {})


@register.filter
def import_warning_groups(warnings) -> list:
    """The warnings of a stored report, grouped by what to do, in the editor's language."""
    return warning_groups(list(warnings or []))


@register.simple_tag
def kept_corrections(source_key: str) -> list[dict]:
    """The corrections kept for a source (applied at its next import), with role labels."""
    labels = {**ROLE_LABELS, "not_organisation": _("Not an organisation")}
    return [
        {**hint, "role_label": labels.get(hint["role"], hint["role"])}
        for hint in stored_hints(source_key)
    ]


@register.simple_tag
def organisation_chooser(name: str, id: str, form: str = "w-editor-form") -> SafeString:
    """Wagtail's organisation chooser (the one cards use) as a field of ``form``: the
    preview's controls stand outside the form element and join it by ``form="…"``."""
    widget = organisation_chooser_viewset.widget_class()
    return widget.render(name, None, attrs={"id": id, "form": form})
