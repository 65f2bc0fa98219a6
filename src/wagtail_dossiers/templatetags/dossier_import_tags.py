"""Template tags of the import screens."""

from django import template

from ..importing.messages import describe

register = template.Library()


@register.filter
def import_warning(warning) -> str:
    """A warning of an import report (stored or fresh) in the editor's language."""
    return describe(warning)
