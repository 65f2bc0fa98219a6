"""The page editor's rich text: Wagtail's Draftail, mounted when needed, unless told not to."""

from django.test import override_settings
from wagtail.admin.telepath import JSContext
from wagtail.admin.widgets import AdminAutoHeightTextInput

from wagtail_dossiers.blocks import InitiativeBlock, ParagraphBlock
from wagtail_dossiers.draftail import LazyDraftailRichTextArea


def packed(widget) -> dict:
    return JSContext().pack(widget)


def test_a_card_text_and_a_paragraph_get_the_lazy_draftail_with_the_blocks_features():
    for block in (ParagraphBlock(), InitiativeBlock().child_blocks["text"]):
        widget = block.field.widget
        assert type(widget) is LazyDraftailRichTextArea
        assert widget.features == ["bold", "italic", "link", "ol", "ul"]
        assert packed(widget)["_type"] == "wagtail_dossiers.widgets.LazyDraftailRichTextArea"
        assert packed(widget)["_args"][-1] is True
        assert "wagtail_dossiers/js/lazy-draftail.js" in str(widget.media)
        assert "wagtailadmin/js/draftail.js" in str(widget.media)


@override_settings(WAGTAIL_DOSSIERS={"LAZY_RICH_TEXT": False})
def test_the_setting_off_mounts_every_editor_at_once():
    assert packed(ParagraphBlock().field.widget)["_args"][-1] is False


@override_settings(
    WAGTAILADMIN_RICH_TEXT_EDITORS={
        "default": {"WIDGET": "wagtail.admin.widgets.AdminAutoHeightTextInput"}
    }
)
def test_a_site_with_its_own_editor_keeps_it():
    assert type(ParagraphBlock().field.widget) is AdminAutoHeightTextInput
