"""StreamField blocks of a dossier page.

The block type names (``section``, ``initiative``, ``paragraph``, ``image``,
``call_to_action``, ``contact``) are part of the public JSON (API, importer output)
and stay stable. Nesting stays shallow on purpose: the Wagtail editor slows down
sharply with deep nesting, so a section holds a flat list of items.
"""

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.forms.utils import ErrorList
from django.utils.functional import cached_property
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from .cards import card_links, card_text_source
from .streamdata import organisation_ids
from .validators import validate_safe_url

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class SafeURLBlock(blocks.CharBlock):
    """A URL that can only be http, https or mailto."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 500)
        kwargs.setdefault("validators", [validate_safe_url])
        super().__init__(**kwargs)

    class Meta:
        icon = "link-external"


class OrganisationChooserBlock(blocks.ChooserBlock):
    """Chooses an organisation record through the organisation chooser modal."""

    target_model = "wagtail_dossiers.Organisation"

    @cached_property
    def widget(self):
        from .viewsets import organisation_chooser_viewset

        return organisation_chooser_viewset.widget_class()

    def get_form_state(self, value):
        return self.widget.get_value_data(value)

    def bulk_to_python(self, values):
        """One query for all organisations of a page, logos and their renditions included.

        Wagtail's default passes every id, duplicates included, to ``in_bulk``, which
        SQLite splits every 999 ids: the query count would grow with the page.
        """
        ids = {value for value in values if value is not None}
        queryset = self.model_class.objects.select_related("logo").prefetch_related(
            Prefetch(
                "logo__renditions", queryset=get_image_model().get_rendition_model().objects.all()
            )
        )
        objects = queryset.in_bulk(ids) if ids else {}
        return [objects.get(value) for value in values]

    def clean(self, value):
        # ``to_python``/``bulk_to_python`` already fetched the record, so it exists:
        # skip ChooserBlock's per-value ``.get()``, which costs one query per card.
        if isinstance(value, self.model_class) and value.pk is not None:
            return value
        return super().clean(value)

    def get_searchable_content(self, value):
        # So that Wagtail search finds a dossier by the name of an organisation on it.
        return [value.name] if value else []

    def get_api_representation(self, value, context=None):
        if value is None:
            return None
        return {"id": value.pk, "name": value.name, "slug": value.slug, "website": value.website}

    class Meta:
        icon = "group"


class OrganisationsBlock(blocks.FieldBlock):
    """The organisations behind a card, chosen several at a time in one field (``choosers``).

    Stored as a list of ids; the value is the list of ``Organisation`` records, in the
    order chosen, without the ones since deleted. One field instead of a ``ListBlock`` of
    choosers spares the page editor a list item, its buttons and a chooser per organisation.
    """

    def __init__(self, required=False, help_text=None, **kwargs):
        self._required = required
        self._help_text = help_text
        super().__init__(**kwargs)

    @cached_property
    def field(self):
        from .choosers import OrganisationsField

        return OrganisationsField(required=self._required, help_text=self._help_text)

    @cached_property
    def model_class(self):
        return apps.get_model("wagtail_dossiers", "Organisation")

    def get_default(self) -> list:
        return []

    def normalize(self, value) -> list:
        if not value:
            return []
        if all(isinstance(item, self.model_class) for item in value):
            return list(value)
        return self.to_python(value)

    def to_python(self, value) -> list:
        return self.bulk_to_python([value])[0]

    def bulk_to_python(self, values) -> list[list]:
        """One query for the organisations of every card of a page, logos and renditions too."""
        wanted = [_organisation_ids(value) for value in values]
        ids = {pk for card in wanted for pk in card}
        queryset = self.model_class.objects.select_related("logo").prefetch_related(
            Prefetch(
                "logo__renditions", queryset=get_image_model().get_rendition_model().objects.all()
            )
        )
        found = queryset.in_bulk(ids) if ids else {}
        return [[found[pk] for pk in card if pk in found] for card in wanted]

    def get_prep_value(self, value) -> list[int]:
        return _organisation_ids(value)

    def get_form_state(self, value) -> list[dict]:
        return self.field.widget.get_value_data(value)

    def value_from_form(self, value) -> list:
        # The form gives ids: the records, in one query a card. Ids that name none stay
        # as they are, so that ``clean`` names them to the editor.
        try:
            return self.field.to_python(value)
        except ValidationError:
            return list(value)

    def get_searchable_content(self, value) -> list[str]:
        # So that Wagtail search finds a dossier by the name of an organisation on it.
        return [organisation.name for organisation in value or []]

    def get_api_representation(self, value, context=None) -> list[dict]:
        # As the ListBlock of single choosers gave it: one object per organisation.
        return [
            {"id": org.pk, "name": org.name, "slug": org.slug, "website": org.website}
            for org in value or []
        ]

    def extract_references(self, value):
        # The reference index tells which pages name an organisation (``mentions``).
        for organisation in value or []:
            yield self.model_class, str(organisation.pk), "", ""

    def render_basic(self, value, context=None):
        return format_html_join(", ", "{}", ((org.name,) for org in value or []))

    class Meta:
        icon = "group"
        default = []


def _organisation_ids(value) -> list[int]:
    """The ids in a card's organisations value: records, ids, or stored ListBlock items."""
    ids = []
    for item in organisation_ids(value):
        pk = getattr(item, "pk", item)
        try:
            ids.append(int(pk))
        except (TypeError, ValueError):
            continue  # not an id: nothing to look up, as a ChooserBlock finds nothing
    return list(dict.fromkeys(ids))


class LinkStructValue(blocks.StructValue):
    """Gives templates one ``href`` and one ``text`` whatever kind of link it is."""

    def href(self) -> str:
        if self.get("page"):
            return self["page"].url or ""
        return self.get("url") or ""

    def text(self) -> str:
        if self.get("label"):
            return self["label"]
        if self.get("page"):
            return self["page"].title
        return (self.get("url") or "").removeprefix("mailto:")


class LinkBlock(blocks.StructBlock):
    """A labelled link to a web address (http, https, mailto) or to a page of this site.

    ``LinkBlock(required=False)`` may stay empty (a call to action whose target the
    legacy export lost); otherwise exactly one of web address and page is needed.
    """

    label = blocks.CharBlock(required=False, max_length=255, label=_("Label"))
    url = SafeURLBlock(
        required=False, label=_("Web address"), help_text=_("http://, https:// or mailto:")
    )
    page = blocks.PageChooserBlock(required=False, label=_("Page"))

    def __init__(self, local_blocks=None, required=True, **kwargs):
        self._link_required = required
        super().__init__(local_blocks, **kwargs)

    @property
    def required(self):
        return self._link_required

    def clean(self, value):
        value = super().clean(value)
        has_url, has_page = bool(value.get("url")), bool(value.get("page"))
        if has_url and has_page:
            message = _("Give either a web address or a page, not both.")
        elif (
            not has_url
            and not has_page
            # A draft may leave a required link empty (Wagtail defers required checks).
            and ((self.required and not self.is_deferred_validation) or value.get("label"))
        ):
            message = _("Give a web address or choose a page.")
        else:
            return value
        raise StructBlockValidationError(
            block_errors={"url": ErrorList([ValidationError(message)])}
        )

    def deconstruct(self):
        path, args, kwargs = super().deconstruct()
        if not self._link_required:
            kwargs["required"] = False
        return path, args, kwargs

    class Meta:
        icon = "link"
        label = _("Link")
        template = "wagtail_dossiers/blocks/link.html"
        value_class = LinkStructValue


API_RENDITIONS = {"thumbnail": "fill-400x300", "full": "max-1600x1600"}


class ImageItemBlock(blocks.StructBlock):
    """An image with contextual alt text; the file may wait, so an imported alt text has a home.

    Wagtail's ``ImageBlock`` requires the file to keep the alt text, which would drop
    what an import knows about an image until an editor chooses it.
    """

    image = ImageChooserBlock(
        required=False,
        label=_("Image"),
        help_text=_("Until an image is chosen, only the alt text is kept and nothing is shown."),
    )
    alt_text = blocks.CharBlock(
        max_length=255,
        label=_("Alt text"),
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, max_length=255, label=_("Caption"))

    def __init__(self, local_blocks=None, **kwargs):
        if kwargs.get("required", True) is False:
            # An optional picture (a card's) may stay empty: its alt text is needed only once
            # an image is chosen, so the editor must not mark it required before (``clean``).
            optional_alt_text = blocks.CharBlock(
                required=False,
                max_length=255,
                label=_("Alt text"),
                help_text=_(
                    "Required once an image is chosen: describe what it shows for people "
                    "who cannot see it."
                ),
            )
            local_blocks = [("alt_text", optional_alt_text), *(local_blocks or [])]
        super().__init__(local_blocks, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if (
            not getattr(self.meta, "required", True)
            and value.get("image")
            and not value.get("alt_text")
            # A draft may wait for it, as Wagtail defers required fields on drafts.
            and not self.is_deferred_validation
        ):
            message = _("Describe the chosen image for people who cannot see it.")
            raise StructBlockValidationError(
                block_errors={"alt_text": ErrorList([ValidationError(message)])}
            )
        return value

    def get_api_representation(self, value, context=None):
        image = value.get("image")
        renditions = {}
        if image:
            for name, spec in API_RENDITIONS.items():
                rendition = image.get_rendition(spec)
                renditions[name] = {
                    "url": rendition.full_url,
                    "width": rendition.width,
                    "height": rendition.height,
                }
        return {
            "image": {"id": image.pk, "title": image.title, "renditions": renditions}
            if image
            else None,
            "alt_text": value.get("alt_text") or "",
            "caption": value.get("caption") or "",
        }

    class Meta:
        icon = "image"
        label = _("Image")
        template = "wagtail_dossiers/blocks/image.html"
        preview_template = "wagtail_dossiers/blocks/image_preview.html"
        description = _("A picture with alt text and an optional caption.")
        preview_value = {"alt_text": _("A group of volunteers in debate"), "caption": ""}


class ParagraphBlock(blocks.RichTextBlock):
    """Running text; in the page editor, Draftail mounted once it is needed (``draftail``)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    @cached_property
    def field(self):
        # Imported here as Wagtail's RichTextBlock does: the admin needs the models loaded.
        from wagtail.admin.rich_text import get_rich_text_editor_widget

        from .draftail import lazy

        widget = get_rich_text_editor_widget(self.editor, features=self.features)
        return forms.CharField(widget=lazy(widget), **self.field_options)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "wagtail_dossiers/blocks/paragraph.html"
        preview_template = "wagtail_dossiers/blocks/preview.html"
        description = _("Text with bold, italic, links and lists.")
        preview_value = _("<p>Local elections touch our sectors in many ways.</p>")


class CallToActionBlock(blocks.StructBlock):
    """An invitation to act, styled to stand out from the cards."""

    text = blocks.TextBlock(label=_("Text"))
    link = LinkBlock(required=False, label=_("Link"))

    class Meta:
        icon = "bullhorn"
        label = _("Call to action")
        template = "wagtail_dossiers/blocks/call_to_action.html"
        preview_template = "wagtail_dossiers/blocks/preview.html"
        description = _("An invitation to readers, such as 'Let us know your initiative'.")
        preview_value = {"text": _("Planning something for the elections? Let us know.")}


class InitiativeStructValue(blocks.StructValue):
    """Gives the card's template its text and buttons with nothing said twice (``cards``)."""

    @cached_property
    def shown_text(self) -> str:
        return card_text_source(self)

    @cached_property
    def shown_links(self) -> list:
        return card_links(self, self.shown_text)


class InitiativeBlock(blocks.StructBlock):
    """A card: what one or more organisations do, with links to read more."""

    title = blocks.CharBlock(required=False, max_length=255, label=_("Title"))
    text = ParagraphBlock(label=_("Text"))
    organisations = OrganisationsBlock(
        label=_("Organisations"),
        help_text=_("The organisations behind this initiative; readers can filter on them."),
    )
    links = blocks.ListBlock(LinkBlock(), default=[], label=_("Links"))
    image = ImageItemBlock(required=False, collapsed=True, label=_("Image"))

    class Meta:
        icon = "doc-full"
        label = _("Initiative")
        template = "wagtail_dossiers/blocks/initiative.html"
        value_class = InitiativeStructValue
        preview_template = "wagtail_dossiers/blocks/preview.html"
        description = _("A card describing what an organisation does, with its links.")
        preview_value = {
            "title": _("A game about local politics"),
            "text": _("<p>A low-threshold game that warms people up for the elections.</p>"),
        }


class SectionItemsBlock(blocks.StreamBlock):
    """What a section holds: cards, text, images and calls to action."""

    initiative = InitiativeBlock()
    paragraph = ParagraphBlock()
    image = ImageItemBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        required = False


class SectionBlock(blocks.StructBlock):
    """A themed section of the dossier; its heading shows when collapsed."""

    heading = blocks.CharBlock(max_length=255, label=_("Heading"))
    intro = ParagraphBlock(required=False, label=_("Intro"))
    items = SectionItemsBlock(label=_("Items"))

    class Meta:
        icon = "folder-open-inverse"
        label = _("Section")
        template = "wagtail_dossiers/blocks/section.html"
        preview_template = "wagtail_dossiers/blocks/preview.html"
        description = _("A theme with its initiative cards.")
        preview_value = {"heading": _("Sectors in action"), "items": []}


class ContactBlock(blocks.StructBlock):
    """Who to ask about the dossier."""

    name = blocks.CharBlock(max_length=255, label=_("Name"))
    role = blocks.CharBlock(required=False, max_length=255, label=_("Role"))
    email = blocks.EmailBlock(required=False, label=_("E-mail"))
    phone = blocks.CharBlock(required=False, max_length=50, label=_("Phone"))
    action_label = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Action label"),
        help_text=_("For example 'Contact Elke'."),
    )
    action_link = SafeURLBlock(
        required=False,
        label=_("Action link"),
        help_text=_("Where the action label leads; defaults to the e-mail address."),
    )

    class Meta:
        icon = "user"
        label = _("Contact")
        template = "wagtail_dossiers/blocks/contact.html"
        preview_template = "wagtail_dossiers/blocks/preview.html"
        description = _("A contact person for this dossier.")
        preview_value = {"name": "Elke Verhaeghe", "action_label": _("Contact Elke")}


class DossierBodyBlock(blocks.StreamBlock):
    """The body of a dossier page; reusable in a site's own page types."""

    section = SectionBlock()
    paragraph = ParagraphBlock()
    image = ImageItemBlock()
    call_to_action = CallToActionBlock()
    contact = ContactBlock()
