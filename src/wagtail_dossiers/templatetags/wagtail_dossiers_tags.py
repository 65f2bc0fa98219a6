"""Template tags of the dossier page."""

from django import template
from django.utils.safestring import SafeString, mark_safe
from wagtail.rich_text import expand_db_html

from .. import filters
from ..structured_data import dossier_json_ld, json_ld_script

register = template.Library()


@register.simple_tag(takes_context=True)
def dossier_json_ld_script(context) -> SafeString:
    """The page's schema.org JSON-LD; needs ``page`` and ``dossier_filter`` in the context."""
    page, dossier_filter = context.get("page"), context.get("dossier_filter")
    if page is None or dossier_filter is None:
        return SafeString("")
    return json_ld_script(dossier_json_ld(page, dossier_filter, context.get("request")))


@register.filter
def dossier_richtext(value) -> SafeString:
    """A rich text value as HTML, its internal links expanded: what ``{{ value }}`` and
    ``|richtext`` give, without rendering Wagtail's wrapper template for every card."""
    if value is None:
        return SafeString("")
    source = getattr(value, "source", value)
    # Safe: rich text is editor HTML, stored after Wagtail's whitelist; what |richtext does.
    return mark_safe(expand_db_html(str(source)))


@register.filter
def dossier_section_is_empty(value) -> bool:
    """Whether a section value holds neither text nor items (``filters.section_is_empty``)."""
    return filters.section_is_empty(value)
