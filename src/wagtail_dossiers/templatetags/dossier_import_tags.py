"""Template tags of the import screens."""

from django import template

from ..importing.messages import counts_shown, describe, warning_groups

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
