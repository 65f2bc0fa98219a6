"""Parse a plain-text legacy dossier into a ``Document``.

The text is read in two passes. ``text_blocks`` groups the cleaned lines
(``text_lines``) into pieces: text blocks, bullet lists (``text_cards``: bullets
with their continuation lines and nested bullets), `Dossier:` labels and debris.
This module then decides what each piece is from where it stands: the title and
header image at the top, headings that open sections, cards, intros, images,
calls to action and contacts. What a piece says is left to the detectors; this
module only looks at shape and position.

Nothing is lost: every word of the source ends up in a field of the document or
in ``Document.unplaced``. Words that only carried structure (list numbering, the
`Dossier:` prefix, `Tel.:` before a phone number) go to ``unplaced`` too, so the
word-by-word check holds.
"""

from __future__ import annotations

from itertools import islice

from .detectors import Detectors
from .document import (
    Contact,
    Document,
    Image,
    Lines,
    Paragraph,
    Section,
    SectionItem,
    Unplaced,
)
from .text_blocks import Debris, LabelLine, Piece, TextBlock, read_pieces
from .text_cards import BulletList, initiative_from
from .text_lines import read_lines
from .text_rules import (
    ContactDetail,
    contact_detail,
    escape,
    join_fragments,
    looks_like_alt_text,
    looks_like_heading,
    looks_like_image_hint,
    looks_like_title,
)
from .words import normalise, words

__all__ = ["parse_text"]


def parse_text(text: str, *, detectors: Detectors | None = None) -> Document:
    """Turn a plain-text legacy dossier into a ``Document``.

    Args:
        text: the dossier, already decoded; any line endings.
        detectors: what recognises debris, calls to action and contacts; the defaults
            when not given.

    Returns:
        The document. It never raises: should parsing fail on an input nobody
        foresaw, every line becomes a plain intro paragraph, with a ``parse_degraded``
        warning.
    """
    text = "" if text is None else str(text)
    detectors = detectors or Detectors()
    try:
        pieces = read_pieces(read_lines(text), detectors.is_debris)
        return _Assembler(pieces, detectors).run()
    except Exception:  # a bad import must be reported, not crash the caller
        return _fallback(text)


def _fallback(text: str) -> Document:
    """Every line as a plain intro paragraph: the last resort (the HTML parser's too)."""
    document = Document()
    document.warn(
        1,
        "parse_degraded",
        "The text's structure could not be read; its lines were imported as plain paragraphs.",
    )
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if cleaned := " ".join(normalise(raw).split()):
            document.intro.append(Paragraph(cleaned, escape(cleaned), Lines.one(number)))
    return document


class _Assembler:
    """Walks the pieces in order and places each one in the document."""

    def __init__(self, pieces: list[Piece], detectors: Detectors) -> None:
        self.pieces = pieces
        self.position = {id(piece): index for index, piece in enumerate(pieces)}
        self.detectors = detectors
        self.document = Document()
        self.section: Section | None = None  # where cards and paragraphs go now
        self.title_open = True  # nothing but debris, labels or a header image so far
        self.contact: Contact | None = None  # the contact that detail lines may still join

    def run(self) -> Document:
        for index, piece in enumerate(self.pieces):
            if isinstance(piece, Debris):
                self._unplace(piece.line.number, piece.line.source)
                continue
            if isinstance(piece, TextBlock) and self._merge_details(piece):
                continue
            self.contact = None
            if isinstance(piece, LabelLine):
                self._label(piece)
            elif isinstance(piece, BulletList):
                self._cards(piece)
            else:
                self._text(index, piece)
        return self.document

    # -- the top of the page -------------------------------------------------------------

    def _label(self, piece: LabelLine) -> None:
        if piece.label:
            self.document.dossier_labels.append(piece.label)
        # The page shows the label in its own field: the prefix has no home there.
        self._unplace(piece.line.number, piece.prefix)

    def _title_or_header_image(self, index: int, block: TextBlock) -> bool:
        """Take ``block`` as the header image's alt text or as the title, if it is one."""
        text = block.text
        if block.standalone and looks_like_image_hint(text) and self._header_image(block):
            return True  # the title may still follow
        if not (block.standalone and looks_like_title(text, self.detectors)):
            return False
        if looks_like_alt_text(text) and self._title_follows(index) and self._header_image(block):
            return True
        self.document.title, self.document.title_line = text, block.span.first
        self.title_open = False
        return True

    def _title_lines_before_label(self, index: int, block: TextBlock) -> bool:
        """The top of a page written without blank lines: `[alt text]` + title, then labels.

        A block of one or two short lines that runs straight into a `Dossier:` label
        cannot be a paragraph: it is the title, after the header image's alt text.
        """
        following = next((p for p in islice(self.pieces, index + 1, None)), None)
        if not isinstance(following, LabelLine) or len(block.lines) > 2:
            return False
        *alt, title = block.lines
        if not looks_like_title(title.text, self.detectors):
            return False
        if alt and not (looks_like_alt_text(alt[0].text) and self.document.header_image is None):
            return False
        if alt:
            self.document.header_image = self._image(alt[0].text, Lines.one(alt[0].number))
        self.document.title, self.document.title_line = title.text, title.number
        self.title_open = False
        return True

    def _header_image(self, block: TextBlock) -> bool:
        if self.document.header_image is not None:
            return False
        self.document.header_image = self._image(block.text, block.span)
        return True

    def _title_follows(self, index: int) -> bool:
        """Two short lines open the page: the second is the title when label or intro follow.

        And when, after that intro, a heading (or the end) comes rather than cards: cards
        right after it would mean the second line was the first section's heading.
        """
        following = (p for p in islice(self.pieces, index + 1, None) if not isinstance(p, Debris))
        title = next(following, None)
        if not (isinstance(title, TextBlock) and title.standalone):
            return False
        if not looks_like_title(title.text, self.detectors):
            return False
        after = next(following, None)
        if not (isinstance(after, LabelLine) or self._is_intro_text(after)):
            return False
        for piece in following:
            if not (isinstance(piece, LabelLine) or self._is_intro_text(piece)):
                return not isinstance(piece, BulletList)
        return True

    def _is_intro_text(self, piece: Piece | None) -> bool:
        return isinstance(piece, TextBlock) and not self._is_heading(piece)

    # -- text blocks ---------------------------------------------------------------------

    def _is_heading(self, block: TextBlock) -> bool:
        if not block.in_heading_position:
            return False
        text = block.text
        if text.endswith("?") and self._list_follows(block):
            # "Hoe begin je eraan?" above a list of cards names them, like any heading.
            text = text.rstrip("?").rstrip()
        return looks_like_heading(text, self.detectors)

    def _list_follows(self, block: TextBlock) -> bool:
        """Cards come next: directly under ``block``, or after a blank line."""
        position = self.position[id(block)]
        following = next(
            (p for p in islice(self.pieces, position + 1, None) if not isinstance(p, Debris)),
            None,
        )
        return block.before_list or isinstance(following, BulletList)

    def _text(self, index: int, block: TextBlock) -> None:
        if self.title_open and self._title_lines_before_label(index, block):
            return
        if self.title_open and self._title_or_header_image(index, block):
            return
        self.title_open = False
        text, span = block.text, block.span
        if self._is_heading(block):
            self.section = Section(heading=text, lines=span)
            self.document.body.append(self.section)
        elif call := self.detectors.call_to_action(text, span):
            self._add(call)
        elif self._placed_as_contact(block):
            return
        elif self._is_image(block):
            self._add(self._image(text, span))
        else:
            self._paragraph(Paragraph(text=text, html=escape(text), lines=span))

    def _is_image(self, block: TextBlock) -> bool:
        """A short line left behind by an image: after a list, or saying it is one."""
        if len(block.lines) != 1:
            return False
        text = block.text
        if looks_like_image_hint(text):
            return True
        return looks_like_alt_text(text) and (block.after_list or block.standalone)

    def _image(self, alt: str, span: Lines) -> Image:
        self.document.warn(
            span.first,
            "image_missing",
            f'Choose the image file for the image with alt text "{alt}": '
            "the export kept only its alt text.",
        )
        return Image(alt=alt, lines=span)

    def _paragraph(self, paragraph: Paragraph) -> None:
        if self.section is not None and not self.section.items:
            self.section.intro.append(paragraph)
            self._extend_section(paragraph.lines)
        elif self.section is None and not self.document.body:
            self.document.intro.append(paragraph)
        else:
            self._add(paragraph)

    def _add(self, item: SectionItem) -> None:
        if self.section is None:
            self.document.body.append(item)
            return
        self.section.items.append(item)
        self._extend_section(item.lines)

    def _extend_section(self, lines: Lines) -> None:
        if self.section is not None:
            self.section.lines.last = max(self.section.lines.last, lines.last)

    # -- contacts ------------------------------------------------------------------------

    def _placed_as_contact(self, block: TextBlock) -> bool:
        """Place ``block`` if it is a contact: always top-level, and it ends the section.

        Detail lines at the end of the block (an address, a number) are read apart from
        the rest, so `Tel.:` does not end up in the contact's action label.
        """
        lines = block.lines
        split = len(lines)
        while split > 1 and contact_detail(lines[split - 1].text):
            split -= 1
        contact, details = None, []
        if split < len(lines):
            head = lines[:split]
            head_span = Lines(head[0].number, head[-1].number)
            contact = self.detectors.contact(join_fragments([x.text for x in head]), head_span)
            details = [(line.number, contact_detail(line.text)) for line in lines[split:]]
            if contact and not self._fits(contact, [detail for _, detail in details]):
                contact = None
        if contact:
            self._merge(contact, details)
        else:
            contact = self.detectors.contact(block.text, block.span)
        if contact is None:
            return False
        contact.lines = block.span
        self.document.body.append(contact)
        self.section, self.contact = None, contact
        return True

    def _merge_details(self, block: TextBlock) -> bool:
        """Address and number lines right after a contact belong to it."""
        if self.contact is None:
            return False
        details = [(line.number, contact_detail(line.text)) for line in block.lines]
        if not self._fits(self.contact, [detail for _, detail in details]):
            return False
        self._merge(self.contact, details)
        self.contact.lines.last = block.span.last
        return True

    @staticmethod
    def _fits(contact: Contact, details: list[ContactDetail | None]) -> bool:
        """Every line is a detail, and none would overwrite what the contact already has."""
        if not details or not all(details):
            return False
        emails = sum(1 for detail in details if detail and detail.email)
        phones = sum(1 for detail in details if detail and detail.phone)
        return emails <= (0 if contact.email else 1) and phones <= (0 if contact.phone else 1)

    def _merge(self, contact: Contact, details: list[tuple[int, ContactDetail | None]]) -> None:
        for number, detail in details:
            if detail is None:
                continue
            contact.email = contact.email or detail.email
            contact.phone = contact.phone or detail.phone
            if words(detail.label):
                # `E-mail`, `Tel.`: the contact block labels its fields itself.
                self._unplace(number, detail.label)

    # -- cards ---------------------------------------------------------------------------

    def _cards(self, bullets: BulletList) -> None:
        self.title_open = False
        first = bullets.bullets[0].line.number
        if self.section is None:
            self.section = Section(heading="", lines=Lines.one(first))
            self.document.body.append(self.section)
            self.document.warn(
                first,
                "section_without_heading",
                "Cards outside any section (before the first heading, or after a contact) "
                "were put in a section without a heading: give it one.",
            )
        markers: list[str] = []
        for bullet in bullets.bullets:
            markers += bullet.markers()
            card = initiative_from(bullet)
            if card is not None:
                self._add(card)
        if markers:
            # A numbered list's numbers (`1.`, `a)`) are words: the cards keep the order.
            self._unplace(first, " ".join(markers))

    def _unplace(self, line: int, text: str) -> None:
        self.document.unplaced.append(Unplaced(line=line, text=text))
