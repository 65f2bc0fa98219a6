"""Template tags of the dossier page."""

from django import template
from django.utils.safestring import SafeString

from ..structured_data import dossier_json_ld, json_ld_script

register = template.Library()


@register.simple_tag(takes_context=True)
def dossier_json_ld_script(context) -> SafeString:
    """The page's schema.org JSON-LD; needs ``page`` and ``dossier_filter`` in the context."""
    page, dossier_filter = context.get("page"), context.get("dossier_filter")
    if page is None or dossier_filter is None:
        return SafeString("")
    return json_ld_script(dossier_json_ld(page, dossier_filter, context.get("request")))
