"""Place classified blocks in a ``Document``: the one place where placement rules live.

Sections open at headings; cards, paragraphs, lists, images and calls to action go into the
open section (or stand at the top level before the first one); a contact always stands at
the top level and closes the section; what continues a part is added to it. Every word of a
block lands in a field or in ``Document.unplaced``. Images and captions (``images``) and
what continues a part (``continuation``) are placed by the builder's two mixins.
"""

from __future__ import annotations

from html import escape

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
from .blocks import Kind, SourceBlock
from .classify import Decision
from .contacts import contact_from
from .continuation import Continuation
from .images import ImagePlacement
from .parts import append, heading_text, item_text, lead, nested_html, paragraph_of, title_of
from .roles import Role

READING_TEXT_CHARS = 80


def build_document(decisions: list[Decision], detectors: Detectors) -> Document:
    """The document the classified blocks describe (see the module docstring)."""
    builder = DocumentBuilder(detectors)
    for decision in decisions:
        builder.place(decision)
    builder.finish()
    return builder.doc


class DocumentBuilder(ImagePlacement, Continuation):
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
            Reading(
                block.lines,
                role.value,
                decision.reason,
                block.text[:READING_TEXT_CHARS],
                dict(decision.reason_args),
            )
        )
        if role is not Role.CONTINUE and role is not Role.LIST:
            self._close_list()
        if role not in (Role.CONTINUE, Role.IMAGE, Role.HEADER_IMAGE, Role.CAPTION):
            self._close_caption()
        if role is not Role.DEBRIS:
            self.doc.warnings.extend(block.problems)
        # A numbered heading keeps its number; debris goes to the report with it.
        keeps_number = role in (Role.HEADING, Role.SUBHEADING) and block.kind is Kind.ITEM
        if block.unplaced_words and not keeps_number and role is not Role.DEBRIS:
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
        for item in self.doc.body:
            if isinstance(item, Contact) and not (item.email or item.phone or item.action_url):
                # `Neem contact op met Elke`: a name alone, and the reader cannot reach Elke.
                name = item.name or item.action_label
                self.doc.warn(item.lines.first, "contact_unreachable", name=name)
        self.doc.warnings.sort(key=lambda warning: warning.line)
        self.doc.unplaced.sort(key=lambda unplaced: unplaced.line)

    # -- the top of the page ------------------------------------------------------------

    def _title(self, block: SourceBlock) -> None:
        title, leftovers = title_of(block, self.detectors)
        for text in leftovers:
            self._unplace(block.first_line, text)
        self.doc.title, self.doc.title_line = title, block.first_line
        self.last = self.doc  # a title broken over two lines goes on

    def _dossier_label(self, block: SourceBlock) -> None:
        label = block.label if block.kind is Kind.LABEL else block.text
        if label:
            self.doc.dossier_labels.append(label)
        self.last = None

    def _intro(self, block: SourceBlock) -> None:
        self._paragraph_block(block)

    # -- sections -----------------------------------------------------------------------

    def _heading(self, block: SourceBlock) -> None:
        heading = heading_text(block)
        self.section = Section(heading=heading, lines=Lines(block.lines.first, block.lines.last))
        self.doc.body.append(self.section)
        self.after_contact = False
        self.last = self.section

    def _subheading(self, block: SourceBlock) -> None:
        if self.section is None:
            self._heading(block)
            return
        heading = Subheading(heading_text(block), block.lines)
        self._add(heading)
        self.last = heading

    # -- cards, text, lists -------------------------------------------------------------

    def _card(self, block: SourceBlock, title: SourceBlock | None = None) -> None:
        name, text, html = block.title, block.text, block.html or escape(block.text, quote=False)
        if title is not None:
            name = title.text
        elif not name and (named := lead(text, html)):
            name, text, html = named  # `Label: text` or `<b>Label</b> text`: a titled card
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
            append(self.last, block, paragraph_break=True)
            return
        self._card(block, title)

    def _paragraph(self, block: SourceBlock) -> None:
        self._paragraph_block(block)

    def _paragraph_block(self, block: SourceBlock) -> None:
        paragraph = paragraph_of(block)
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
            text=" ".join(item_text(b) for b in run),
            html=nested_html(run, run[0].level),
            lines=Lines(run[0].first_line, run[-1].lines.last),
            links=[link for b in run for link in b.links],
        )
        self._add_paragraph(paragraph)
        self.last = paragraph

    # -- calls to action, contacts, debris ----------------------------------------------

    def _call_to_action(self, block: SourceBlock) -> None:
        call = CallToAction(block.text, block.lines, block.links[0] if block.links else None)
        self._add(call)
        self.last = call

    def _contact(self, block: SourceBlock) -> None:
        contact, report = contact_from(block, self.detectors)
        self.doc.body.append(contact)
        self.section, self.after_contact = None, True
        for text in report:
            self._unplace(block.first_line, text)
        self.last = contact

    def _debris(self, block: SourceBlock) -> None:
        titled = block.kind in (Kind.ITEM, Kind.ROW) and block.title
        text = f"{block.title} {block.text}" if titled else block.text
        self._unplace(block.first_line, f"{block.unplaced_words} {text}".strip())
        self.last = self.doc.unplaced[-1] if block.text else None

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
        )

    def _add(self, item: SectionItem) -> None:
        if self.section is None:
            self.doc.body.append(item)
            return
        self.section.items.append(item)
        self.section.lines.last = max(self.section.lines.last, item.lines.last)

    def _add_paragraph(self, paragraph: Paragraph) -> None:
        if self.section is None:
            # Text above the first section is the intro, an image standing among it or not.
            if not self.after_contact and all(isinstance(i, Image) for i in self.doc.body):
                self.doc.intro.append(paragraph)
            else:
                self.doc.body.append(paragraph)
        elif not self.section.items:
            self.section.intro.append(paragraph)
            self.section.lines.last = max(self.section.lines.last, paragraph.lines.last)
        else:
            self._add(paragraph)

    def _unplace(self, line: int, text: str) -> None:
        if text:
            self.doc.unplaced.append(Unplaced(line, text))
