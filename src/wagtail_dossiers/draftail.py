"""Rich text in the page editor: Wagtail's Draftail, mounted when the field comes into view.

A dossier's cards each hold a rich text field, and Wagtail mounts a Draftail editor for
every one of them before the page editor can be used: at 500 cards that is a fifth of the
time (``docs/editor-performance.md``). This widget is Wagtail's own Draftail widget with
one difference in the browser: each field first shows its text, read-only, beside the
hidden input Draftail reads and writes, and becomes the real editor when it scrolls near
the viewport, is clicked or is focused. Until then the input posts the value it was given,
as an untouched Draftail editor posts it.

``WAGTAIL_DOSSIERS["LAZY_RICH_TEXT"] = False`` mounts every editor at once, as Wagtail does.
"""

from django.forms import Media
from django.utils.functional import cached_property
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.admin.rich_text.editors.draftail import DraftailRichTextAreaAdapter
from wagtail.admin.staticfiles import versioned_static
from wagtail.admin.telepath import register

from .conf import get_setting


class LazyDraftailRichTextArea(DraftailRichTextArea):
    """Draftail, with its text shown until the editor is needed (see the module)."""

    @cached_property
    def media(self):
        return super().media + Media(
            js=[versioned_static("wagtail_dossiers/js/lazy-draftail.js")],
            css={"all": [versioned_static("wagtail_dossiers/css/lazy-draftail.css")]},
        )


class LazyDraftailRichTextAreaAdapter(DraftailRichTextAreaAdapter):
    js_constructor = "wagtail_dossiers.widgets.LazyDraftailRichTextArea"

    def js_args(self, widget):
        return [*super().js_args(widget), bool(get_setting("LAZY_RICH_TEXT"))]


register(LazyDraftailRichTextAreaAdapter(), LazyDraftailRichTextArea)


def lazy(widget):
    """The lazy twin of Wagtail's own Draftail widget; any other editor a site set, unchanged."""
    if type(widget) is DraftailRichTextArea:
        return LazyDraftailRichTextArea(features=widget.features)
    return widget
