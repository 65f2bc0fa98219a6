"""Place classified blocks in a ``Document``: the one place where placement rules live.

Sections open at headings; cards, paragraphs, lists, images and calls to action go into the
open section (or stand at the top level before the first one); a contact always stands at
the top level and closes the section; what continues a part is added to it. Every word of a
block lands in a field or in ``Document.unplaced``.
"""

from __future__ import annotations

from collections import Counter
from html import escape, unescape

from ..detectors import Detectors
from ..document import (
    CallToAction,
    Contact,
    Document,
    Image,
    Initiative,
    Lines,
    Paragraph,
    Reading,
    Section,
    SectionItem,
    Subheading,
    Unplaced,
)
from ..prose import contact_detail, join_fragments
from ..words import missing_words, words
from .blocks import Kind, SourceBlock
from .classify import Decision
from .evidence import ALT_PREFIX_RE, BOLD_LEAD_RE, first_kind, lead_label
from .roles import Role

READING_TEXT_CHARS = 80


def build_document(decisions: list[Decision], detectors: Detectors) -> Document:
    """The document the classified blocks describe (see the module docstring)."""
    builder = DocumentBuilder(detectors)
    for decision in decisions:
        builder.place(decision)
    builder.finish()
    return builder.doc


class DocumentBuilder:
    def __init__(self, detectors: Detectors) -> None:
        self.detectors = detectors
        self.doc = Document()
        self.section: Section | None = None
        self.after_contact = False  # cards after a contact need a section of their own
        self.last: object = None  # what a continuing block adds to
        self.card_title: SourceBlock | None = None
        self.card_image: Image | None = None  # an image met between a title and its text
        self.list_run: list[SourceBlock] = []
        self.caption: SourceBlock | None = None
        self.nested: list[SourceBlock] = []  # the sub-items added to ``last`` so far

    def place(self, decision: Decision) -> None:
        block, role = decision.block, decision.role
        self.doc.reading.append(
            Reading(block.lines, role.value, decision.reason, block.text[:READING_TEXT_CHARS])
        )
        if role is not Role.CONTINUE and role is not Role.LIST:
            self._close_list()
        if role not in (Role.CONTINUE, Role.IMAGE, Role.HEADER_IMAGE, Role.CAPTION):
            self._close_caption()
        if role is not Role.DEBRIS:
            self.doc.warnings.extend(block.problems)
        numbered_heading = role in (Role.HEADING, Role.SUBHEADING) and block.kind is Kind.ITEM
        if block.unplaced_words and not numbered_heading:
            self._unplace(block.first_line, block.unplaced_words)
        last = self.last
        getattr(self, f"_{role.value}")(block)
        if self.last is not last:
            self.nested = []
        if role in (Role.INTRO, Role.PARAGRAPH):  # text under the title is its intro
            into = self.doc.intro and self.doc.intro[-1] is self.last
            landed = Role.INTRO if into else Role.PARAGRAPH
            self.doc.reading[-1].role = landed.value

    def finish(self) -> None:
        self._close_list()
        self._close_caption()
        if self.card_title is not None:  # a title line with no text after it
            self._paragraph_block(self.card_title)
        if self.card_image is not None:
            self._add(self.card_image)
        self.doc.warnings.sort(key=lambda warning: warning.line)
        self.doc.unplaced.sort(key=lambda unplaced: unplaced.line)

    # -- the top of the page ------------------------------------------------------------

    def _title(self, block: SourceBlock) -> None:
        title = block.text
        if block.kind is Kind.PAGE_TITLE and block.title != block.text:
            title = block.title  # the site's name after it goes to the report
            self._unplace(block.first_line, block.text[len(block.title) :].strip())
        self.doc.title, self.doc.title_line = title, block.first_line
        self.last = self.doc  # a title broken over two lines goes on

    def _dossier_label(self, block: SourceBlock) -> None:
        label = block.label if block.kind is Kind.LABEL else block.text
        if label:
            self.doc.dossier_labels.append(label)
        self.last = None

    def _header_image(self, block: SourceBlock) -> None:
        if self.doc.header_image is not None:
            self._image(block)
            return
        self.doc.header_image = self.last = self._new_image(block)

    def _intro(self, block: SourceBlock) -> None:
        self._paragraph_block(block)

    # -- sections -----------------------------------------------------------------------

    def _heading(self, block: SourceBlock) -> None:
        heading = _heading_text(block)
        self.section = Section(heading=heading, lines=Lines(block.lines.first, block.lines.last))
        self.doc.body.append(self.section)
        self.after_contact = False
        self.last = self.section

    def _subheading(self, block: SourceBlock) -> None:
        if self.section is None:
            self._heading(block)
            return
        heading = Subheading(_heading_text(block), block.lines)
        self._add(heading)
        self.last = heading

    # -- cards, text, lists -------------------------------------------------------------

    def _card(self, block: SourceBlock, title: SourceBlock | None = None) -> None:
        name, text, html = block.title, block.text, block.html or escape(block.text, quote=False)
        if title is not None:
            name = title.text
        elif not name and (lead := _lead(text, html)):
            name, text, html = lead  # `Label: text` or `<b>Label</b> text`: a titled card
        card = Initiative(
            text=text,
            html=html,
            lines=Lines(title.first_line if title else block.first_line, block.lines.last),
            title=name,
            links=[*(title.links if title else []), *block.links],
        )
        card.image, self.card_image = self.card_image, None
        self._in_section(block)
        self._add(card)
        self.last = card

    def _card_title(self, block: SourceBlock) -> None:
        self.card_title = block

    def _card_text(self, block: SourceBlock) -> None:
        title, self.card_title = self.card_title, None
        if title is None and isinstance(self.last, Initiative):
            _append(self.last, block, paragraph_break=True)
            return
        self._card(block, title)

    def _paragraph(self, block: SourceBlock) -> None:
        self._paragraph_block(block)

    def _paragraph_block(self, block: SourceBlock) -> None:
        paragraph = _paragraph(block)
        self._add_paragraph(paragraph)
        self.last = paragraph

    def _list(self, block: SourceBlock) -> None:
        self.list_run.append(block)
        self.last = None

    def _close_list(self) -> None:
        run, self.list_run = self.list_run, []
        if not run:
            return
        paragraph = Paragraph(
            text=" ".join(_item_text(b) for b in run),
            html=_nested_html(run, run[0].level),
            lines=Lines(run[0].first_line, run[-1].lines.last),
            links=[link for b in run for link in b.links],
        )
        self._add_paragraph(paragraph)
        self.last = paragraph

    # -- images and captions ------------------------------------------------------------

    def _image(self, block: SourceBlock) -> None:
        image = self._new_image(block)
        if self.caption is not None:
            image.caption, self.caption = self.caption.text, None
        if self.card_title is not None and self.card_image is None:
            self.card_image = self.last = image  # between a card's title and its text
            return
        card = self.last
        if isinstance(card, Initiative) and card.image is None and block.inside:
            card.image = image  # the card's own image
        else:
            self._add(image)
        self.last = image

    def _new_image(self, block: SourceBlock) -> Image:
        image = block.image
        if image is None:
            named = ALT_PREFIX_RE.fullmatch(block.text)
            if named:  # `Header image: …` says what it is: the words after it are the alt text
                self._unplace(block.first_line, named["prefix"])
            image = Image(alt=named["alt"] if named else block.text, lines=block.lines)
        source = f" (the old page used “{image.src}”)" if image.src else ""
        self.doc.warn(
            image.lines.first,
            "image_missing",
            f"Choose the image file for the image with alt text “{image.alt}”{source}: "
            "the export kept only its alt text.",
        )
        return image

    def _caption(self, block: SourceBlock) -> None:
        image = self.last
        if isinstance(image, Image) and not image.caption:
            image.caption = block.text
            self.last = image
            return
        self._close_caption()
        self.caption = block  # a caption written above its image waits for it

    def _close_caption(self) -> None:
        caption, self.caption = self.caption, None
        if caption is not None:
            self._paragraph_block(caption)

    # -- calls to action, contacts, debris ----------------------------------------------

    def _call_to_action(self, block: SourceBlock) -> None:
        call = CallToAction(block.text, block.lines, block.links[0] if block.links else None)
        self._add(call)
        self.last = call

    def _contact(self, block: SourceBlock) -> None:
        contact = self.detectors.contact(block.text, block.lines)
        if contact is None:
            detail = contact_detail(block.text)
            if detail is not None:
                contact = Contact(
                    name="", lines=block.lines, email=detail.email, phone=detail.phone
                )
            else:
                contact = Contact(name=block.text, lines=block.lines)
        for link in block.links:
            if link.url.startswith("mailto:") and not contact.email:
                contact.email = link.url[len("mailto:") :].split("?", 1)[0]
            elif link.url.startswith("http") and not contact.action_url:
                contact.action_url = link.url
        if block.phones and not contact.phone:
            contact.phone = block.phones[0]
        self.doc.body.append(contact)
        self.section, self.after_contact = None, True
        self._keep_words(block, contact)
        self.last = contact

    def _debris(self, block: SourceBlock) -> None:
        titled = block.kind in (Kind.ITEM, Kind.ROW) and block.title
        self._unplace(block.first_line, f"{block.title} {block.text}" if titled else block.text)
        self.last = self.doc.unplaced[-1] if block.text else None

    def _continue(self, block: SourceBlock) -> None:
        last = self.last
        text = _item_text(block) if block.kind in (Kind.ITEM, Kind.ROW) else block.text
        if self.list_run and block.kind is Kind.ITEM:
            self.list_run.append(block)  # a sub-item of the list's last item
        elif isinstance(last, Document):
            last.title = join_fragments([last.title, text])
        elif isinstance(last, Section):
            last.heading = join_fragments([last.heading, text])
            last.lines.last = block.lines.last
        elif isinstance(last, Paragraph | Initiative) and block.kind is Kind.ITEM:
            _nest(last, block, self.nested)
        elif isinstance(last, Paragraph | Initiative):
            _append(last, block)
        elif isinstance(last, CallToAction):
            last.text = join_fragments([last.text, text])
            last.lines.last = block.lines.last
        elif isinstance(last, Contact):
            self._contact_line(last, block)
        elif isinstance(last, Image):
            if last.caption:
                last.caption = join_fragments([last.caption, text])
            else:
                last.alt = join_fragments([last.alt, text])
        elif isinstance(last, Unplaced):
            last.text = join_fragments([last.text, text])
        else:  # nothing to continue: the block stands on its own
            self._paragraph_block(block)

    def _contact_line(self, contact: Contact, block: SourceBlock) -> None:
        """A line under a contact: an address or number, or the person's role.

        What the line adds to the contact is checked word by word: a line that repeats an
        address the contact has already goes to the report, so no word is lost.
        """
        contact.lines.last = block.lines.last
        before = _contact_words(contact)
        detail = contact_detail(block.text)
        if detail and not (detail.email and contact.email) and not (detail.phone and contact.phone):
            contact.email = contact.email or detail.email
            contact.phone = contact.phone or detail.phone
            if words(detail.label):
                self._unplace(block.first_line, detail.label)  # `E-mail`, `Tel.`
            return
        said = self.detectors.contact(block.text, block.lines)
        if said and not said.name and said.action_label:
            contact.action_label = join_fragments([contact.action_label, said.action_label])
            contact.email, contact.phone = contact.email or said.email, contact.phone or said.phone
        elif not contact.role and not contact.action_label and not detail:
            contact.role = block.text
        if missing_words(words(block.text), [_contact_words(contact) - before]):
            self._unplace(block.first_line, block.text)

    # -- helpers ------------------------------------------------------------------------

    def _in_section(self, block: SourceBlock) -> None:
        """Cards need a section: one without a heading where none is open, with a warning."""
        if self.section is not None:
            return
        self.section = Section(heading="", lines=Lines.one(block.first_line))
        self.doc.body.append(self.section)
        self.doc.warn(
            block.first_line,
            "section_without_heading",
            "Cards outside any section (before the first heading, or after a contact) "
            "were put in a section without a heading: give it one.",
        )

    def _add(self, item: SectionItem) -> None:
        if self.section is None:
            self.doc.body.append(item)
            return
        self.section.items.append(item)
        self.section.lines.last = max(self.section.lines.last, item.lines.last)

    def _add_paragraph(self, paragraph: Paragraph) -> None:
        if self.section is None:
            if not self.doc.body and not self.after_contact:
                self.doc.intro.append(paragraph)
            else:
                self.doc.body.append(paragraph)
        elif not self.section.items:
            self.section.intro.append(paragraph)
            self.section.lines.last = max(self.section.lines.last, paragraph.lines.last)
        else:
            self._add(paragraph)

    def _keep_words(self, block: SourceBlock, contact: Contact) -> None:
        fields = (contact.name, contact.role, contact.email, contact.phone, contact.action_label)
        if missing_words(words(block.text), [words(f) for f in fields]):
            self._unplace(block.first_line, block.text)  # the detector left words out

    def _unplace(self, line: int, text: str) -> None:
        if text:
            self.doc.unplaced.append(Unplaced(line, text))


def _paragraph(block: SourceBlock) -> Paragraph:
    html = block.html or escape(block.text, quote=False)
    if block.kind in (Kind.ITEM, Kind.ROW) and block.title:
        html = f"<b>{block.title_html or escape(block.title, quote=False)}</b> {html}"
        return Paragraph(f"{block.title} {block.text}", html, block.lines, list(block.links))
    return Paragraph(
        block.text, html, Lines(block.lines.first, block.lines.last), list(block.links)
    )


def _nest(element: Paragraph | Initiative, block: SourceBlock, nested: list[SourceBlock]) -> None:
    """A sub-item added to the card or list above it, in a nested list at its depth."""
    if not nested:
        nested.append(SourceBlock(block.kind, "", block.lines, html=element.html, level=0))
    nested.append(block)
    element.html = nested[0].html + _nested_html(nested[1:], nested[1].level)
    element.text = f"{element.text} {_item_text(block)}"
    element.links.extend(block.links)
    element.lines.last = max(element.lines.last, block.lines.last)


def _nested_html(items: list[SourceBlock], level: int) -> str:
    """``items`` (sub-items of one card, in order) as nested ``<ul>``/``<ol>`` by depth."""
    html, i = "", 0
    while i < len(items):
        item = items[i]
        deeper_end = i + 1
        while deeper_end < len(items) and items[deeper_end].level > level:
            deeper_end += 1
        inner = _nested_html(items[i + 1 : deeper_end], level + 1) if deeper_end > i + 1 else ""
        html += f"<li>{_item_html(item)}{inner}</li>"
        i = deeper_end
    tag = "ol" if items and items[0].numbered else "ul"
    return f"<{tag}>{html}</{tag}>" if html else ""


def _lead(text: str, html: str) -> tuple[str, str, str] | None:
    """A card's name split off its text and html, where both open with it; or None."""
    bold = BOLD_LEAD_RE.fullmatch(html)
    found = lead_label(text)
    if bold and text.startswith(unescape(bold["label"]).strip()):
        label = unescape(bold["label"]).strip().rstrip(":").strip()
        rest = text[len(unescape(bold["label"]).strip()) :].lstrip(" :–—-")
        # A bold name that goes on in lower case is the subject of the sentence, no title.
        if rest and (first_kind(rest) != "lower" or bold["sep"]):
            return label, rest, bold["rest"]
        return None
    if found is None:
        return None
    label, rest = found
    escaped = escape(text, quote=False)
    if html != escaped:
        return None  # markup inside the text: it keeps its words whole
    return label, rest, escape(rest, quote=False)


def _contact_words(contact: Contact) -> Counter[str]:
    fields = (contact.name, contact.role, contact.email, contact.phone, contact.action_label)
    return sum((words(field) for field in fields), Counter())


def _heading_text(block: SourceBlock) -> str:
    """A heading as a reader sees it: numbered ones keep their number (`1. Wat is armoede?`)."""
    if block.kind is Kind.ITEM:
        return f"{block.marker} {block.text}" if block.numbered else block.text
    return _unframed(block.text)


def _unframed(text: str) -> str:
    """A heading without the rules drawn around it: `| FOCUS OP ONTMOETING |`."""
    return text.strip(" |=*#~-_").strip() or text


def _item_text(block: SourceBlock) -> str:
    return f"{block.title} {block.text}".strip()


def _item_html(block: SourceBlock) -> str:
    html = block.html or escape(block.text, quote=False)
    if block.title:
        return f"<b>{block.title_html or escape(block.title, quote=False)}</b> {html}"
    return html


def _append(element: Paragraph | Initiative, block: SourceBlock, *, paragraph_break=False) -> None:
    """``block``'s words added to a paragraph or a card: a wrapped line, or a paragraph more."""
    html = block.html or escape(block.text, quote=False)
    if paragraph_break:
        element.text = f"{element.text} {block.text}"
        element.html = f"{element.html}<br><br>{html}"
    else:
        element.text = join_fragments([element.text, block.text])
        glue = "" if block.text.startswith((",", ".", ";", ":", "!", "?", ")")) else " "
        element.html = f"{element.html}{glue}{html}"
    element.links.extend(block.links)
    element.lines.last = max(element.lines.last, block.lines.last)
