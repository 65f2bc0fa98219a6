"""Converters: one small class per document element, each giving raw StreamField data.

A site can replace any of them through ``WAGTAIL_DOSSIERS["CONVERTERS"]``, a dict
from the element's class name (``"Initiative"``, ``"Section"`` …) to a dotted path
of a ``Converter`` subclass.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from html import escape
from typing import Any

from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from ..conf import get_setting
from ..importer import document as doc
from ..validators import is_safe_url
from .richtext import to_rich_text

# What the link blocks store (``SafeURLBlock``, ``LinkBlock.label``).
MAX_URL_LENGTH = 500
MAX_LABEL_LENGTH = 255

# Block ids derive from the source and the block's content, so importing the same
# source again keeps the ids of blocks that did not change.
UNTITLED_SECTION = _("Initiatives")
ID_NAMESPACE = uuid.UUID("5b0d7a52-5c3e-4c55-9a7f-0c0f3f0a9d11")


@dataclass
class ConversionContext:
    source_key: str
    warnings: list[doc.Warning] = field(default_factory=list)
    converters: dict[str, Converter] = field(default_factory=lambda: load_converters())
    # (source lines, block id) of every block converted: where a warning's line landed.
    located: list[tuple[doc.Lines, str]] = field(default_factory=list)
    _seen: dict[str, int] = field(default_factory=dict)

    def convert(self, element: Any) -> dict:
        block = self.converters[type(element).__name__].convert(element, self)
        lines = getattr(element, "lines", None)
        if isinstance(lines, doc.Lines) and block.get("id"):
            self.located.append((lines, block["id"]))
        return block

    def block_id(self, *parts: Any) -> str:
        key = "\x1f".join([self.source_key, *map(str, parts)])
        occurrence = self._seen[key] = self._seen.get(key, 0) + 1
        return str(uuid.uuid5(ID_NAMESPACE, f"{key}\x1f{occurrence}"))

    def rich_text(self, fragments: list[str], line: int) -> str:
        cleaned, removals = to_rich_text(fragments)
        for removal in removals:
            self.warnings.append(doc.Warning(line, "rich_text_cleaned", {"removed": removal}))
        return cleaned

    def usable(self, link: doc.Link | None, line: int) -> doc.Link | None:
        """``link`` if the link blocks accept it, else None and a warning: an odd address
        (`http://intranet/pagina`, one too long to store) loses its link, never the import.
        Its words stay in the text."""
        if link is None:
            return None
        if len(link.url) <= MAX_URL_LENGTH and is_safe_url(link.url):
            return link
        shown = link.url if len(link.url) <= 80 else link.url[:77] + "..."
        self.warnings.append(doc.Warning(line, "link_dropped", {"url": shown}))
        return None

    def block(self, block_type: str, value: dict | str, *identity: Any) -> dict:
        return {"type": block_type, "value": value, "id": self.block_id(block_type, *identity)}


def empty_link() -> dict:
    return {"label": "", "url": "", "page": None}


def link_value(link: doc.Link | None) -> dict:
    if link is None:
        return empty_link()
    return {"label": short_label(link.label), "url": link.url, "page": None}


def short_label(label: str) -> str:
    """A label that fits its field: a long address written as its own label is cut short."""
    return label if len(label) <= MAX_LABEL_LENGTH else label[: MAX_LABEL_LENGTH - 1] + "…"


def image_value(image: doc.Image | None) -> dict:
    if image is None:
        return {"image": None, "alt_text": "", "caption": ""}
    return {"image": None, "alt_text": image.alt[:255], "caption": image.caption[:255]}


class Converter:
    """Base class: turn one element into one raw block (``{"type", "value", "id"}``)."""

    def convert(self, element: Any, context: ConversionContext) -> dict:
        raise NotImplementedError


class ParagraphConverter(Converter):
    def convert(self, element: doc.Paragraph, context: ConversionContext) -> dict:
        value = context.rich_text([element.html], element.lines.first)
        return context.block("paragraph", value, value)


class SubheadingConverter(Converter):
    """A heading inside a section, as a paragraph of its own in bold (the rich text of a
    section's items has no heading levels)."""

    def convert(self, element: doc.Subheading, context: ConversionContext) -> dict:
        text = escape(element.text, quote=False)
        value = context.rich_text([f"<b>{text}</b>"], element.lines.first)
        return context.block("paragraph", value, value)


class ImageConverter(Converter):
    def convert(self, element: doc.Image, context: ConversionContext) -> dict:
        value = image_value(element)
        return context.block("image", value, element.alt, element.caption)


class CallToActionConverter(Converter):
    def convert(self, element: doc.CallToAction, context: ConversionContext) -> dict:
        link = context.usable(element.link, element.lines.first)
        value = {"text": element.text, "link": link_value(link)}
        return context.block("call_to_action", value, element.text)


class ContactConverter(Converter):
    def convert(self, element: doc.Contact, context: ConversionContext) -> dict:
        # A contact block needs a name: fall back on what identifies the person.
        name = element.name or element.email or element.phone or element.action_label
        value = {
            "name": name[:255],
            "role": element.role[:255],
            "email": element.email,
            "phone": element.phone[:50],
            "action_label": element.action_label[:255],
            "action_link": _action_url(element, context),
        }
        return context.block("contact", value, name, element.email, element.action_label)


def _action_url(element: doc.Contact, context: ConversionContext) -> str:
    if not element.action_url:
        return ""
    usable = context.usable(doc.Link(element.action_url), element.lines.first)
    return usable.url if usable else ""


class InitiativeConverter(Converter):
    def convert(self, element: doc.Initiative, context: ConversionContext) -> dict:
        organisations = list(dict.fromkeys(ref.key for ref in element.organisations))
        value = {
            "title": element.title[:255],
            "text": context.rich_text([element.html], element.lines.first),
            "organisations": organisations,
            "links": [
                {
                    "type": "item",
                    "value": link_value(link),
                    "id": context.block_id("link", element.text, link.url),
                }
                for link in element.links
                if context.usable(link, element.lines.first)
            ],
            "image": image_value(element.image),
        }
        return context.block("initiative", value, element.title, element.text)


class SectionConverter(Converter):
    def convert(self, element: doc.Section, context: ConversionContext) -> dict:
        # The id follows the heading, not the content, so a section keeps its id
        # (and its anchor in shared links) when its cards change.
        items = [context.convert(item) for item in element.items]
        intro = (
            context.rich_text([p.html for p in element.intro], element.lines.first)
            if element.intro
            else ""
        )
        # Cards that came before any heading still need one: a neutral one the
        # editor renames (the parser's ``section_without_heading`` warning says so).
        heading = element.heading[:255] or str(UNTITLED_SECTION)
        value = {"heading": heading, "intro": intro, "items": items}
        return context.block("section", value, element.heading)


DEFAULT_CONVERTERS: dict[str, type[Converter]] = {
    "Paragraph": ParagraphConverter,
    "Subheading": SubheadingConverter,
    "Image": ImageConverter,
    "CallToAction": CallToActionConverter,
    "Contact": ContactConverter,
    "Initiative": InitiativeConverter,
    "Section": SectionConverter,
}


def load_converters() -> dict[str, Converter]:
    """The default converters, with the ones a site named in its settings in their place."""
    classes: dict[str, Any] = dict(DEFAULT_CONVERTERS)
    classes.update({name: import_string(path) for name, path in get_setting("CONVERTERS").items()})
    return {name: cls() for name, cls in classes.items()}


def convert_body(document: doc.Document, context: ConversionContext) -> list[dict]:
    """The body's blocks; cards outside any section are gathered in an untitled section."""
    items: list[Any] = []
    for item in document.body:
        if isinstance(item, doc.Initiative):
            if not (items and isinstance(items[-1], doc.Section) and not items[-1].heading):
                items.append(doc.Section(heading="", lines=item.lines))
            items[-1].items.append(item)
        else:
            items.append(item)
    return [context.convert(item) for item in items]
