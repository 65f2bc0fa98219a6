"""Flattened blocks → the parts of a dossier ``Document``.

Each block is placed by where it stands: images before the title are header
image candidates, paragraphs before the first section are intro (or dossier
labels), section-level headings open sections, list items become cards, a
sub-heading followed by paragraphs becomes a titled card. What a paragraph says
(call to action, contact, debris) is the ``Detectors``' call. Contacts are always
top-level, and what follows one stands outside the sections, as in the text parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from .detectors import Detectors
from .document import (
    Contact,
    Document,
    Image,
    Initiative,
    Lines,
    Paragraph,
    Section,
    SectionItem,
    Unplaced,
)
from .html_blocks import (
    Block,
    ChromeBlock,
    ImageBlock,
    Item,
    ListBlock,
    PageTitleBlock,
    TextBlock,
)
from .html_inline import FoundImage
from .html_outline import choose_title, section_level
from .html_source import collapse
from .words import missing_words, words

# The marker of the dossier a page belongs to, as the legacy pages write it.
LABEL_RE = re.compile(r"\s*(?P<prefix>dossiers?\s*:)\s*(?P<label>.*)", re.IGNORECASE | re.DOTALL)


@dataclass
class _PendingCard:
    """A sub-heading inside a section, waiting to see whether paragraphs make it a card."""

    heading: TextBlock
    card: Initiative | None = None
    images: list[ImageBlock] = field(default_factory=list)


class Assembler:
    """Places the blocks of one page into ``document``, in one pass (see the module docstring)."""

    def __init__(self, document: Document, detectors: Detectors, blocks: list[Block]) -> None:
        self.doc = document
        self.detectors = detectors
        self.blocks = blocks
        self.title_at, title_level = choose_title(blocks)
        self.section_level = section_level(blocks, self.title_at, title_level)
        self.section: Section | None = None  # None before the first section and after a contact
        self.seen_section = False
        self.pending: _PendingCard | None = None
        self.header_candidates: list[ImageBlock] = []
        self.started = False  # content placed: later images are no header image

    def run(self) -> None:
        page_title = next((b for b in self.blocks if isinstance(b, PageTitleBlock)), None)
        for index, block in enumerate(self.blocks):
            if block is page_title and self.title_at is None:
                self.doc.title, self.doc.title_line = block.text, block.lines.first
            elif isinstance(block, ChromeBlock | PageTitleBlock):
                self._unplaced(block.lines.first, block.text)
            elif index == self.title_at and isinstance(block, TextBlock):
                self.doc.title, self.doc.title_line = block.fragment.text, block.lines.first
                self._commit(block)
            else:
                self._place(index, block)
        self._close_pending()
        self._choose_header_image()
        # Editors read the report top to bottom, like the page (sorts are stable).
        self.doc.warnings.sort(key=lambda warning: warning.line)
        self.doc.unplaced.sort(key=lambda unplaced: unplaced.line)

    # -- dispatch -----------------------------------------------------------

    def _place(self, index: int, block: Block) -> None:
        before_title = self.title_at is not None and index < self.title_at
        if isinstance(block, ImageBlock):
            if before_title or (self.title_at is None and not self.started):
                self.header_candidates.append(block)
            elif block.banner:
                self._unplaced(block.lines.first, block.image.alt)
            else:
                self._image(block)
            return
        if isinstance(block, TextBlock) and block.banner:
            self._unplaced(block.lines.first, block.fragment.text)
            return
        self.started = True
        if isinstance(block, ListBlock):
            self._list(block)
        elif isinstance(block, TextBlock) and block.level and not before_title:
            if self.section_level is not None and block.level <= self.section_level:
                self._section(block)
            elif self.section is not None:
                self._close_pending()
                self.pending = _PendingCard(block)
            else:
                self._paragraph(block)
        elif isinstance(block, TextBlock):
            self._paragraph(block)

    # -- sections and cards -------------------------------------------------

    def _section(self, block: TextBlock) -> None:
        self._close_pending()
        self.section = Section(heading=block.fragment.text, lines=block.lines)
        self.seen_section = True
        self.doc.body.append(self.section)
        self._commit(block)

    def _list(self, block: ListBlock) -> None:
        self._close_pending()
        if self.section is None and self.seen_section:  # cards after a contact
            self.section = Section(heading="", lines=block.lines)
            self.doc.body.append(self.section)
        for item in block.items:
            if self.section is None:
                self._loose_item(item)
            else:
                self._card(item)

    def _card(self, item: Item) -> None:
        fragment, title = item.fragment, item.title
        images = [_image_block(found) for found in fragment.images]
        self.doc.warnings.extend(fragment.problems)
        if fragment.text or title:
            card = Initiative(
                text=fragment.text,
                html=fragment.html,
                lines=item.lines,
                title=title.text if title else "",
                links=[*(title.links if title else []), *fragment.links],
            )
            self._add(card)
            if images:
                card.image = self._claim(images.pop(0))
        for image in images:
            self._image(image)

    def _loose_item(self, item: Item) -> None:
        """A list before the first section: its items are intro paragraphs, not cards."""
        title, fragment = item.title, item.fragment
        text = collapse(f"{title.text if title else ''} {fragment.text}")
        if text and self.detectors.is_debris(text):
            self._unplaced(item.lines.first, text)
        elif text:
            html = f"<b>{_unbold(title.html)}</b> {fragment.html}" if title else fragment.html
            links = [*(title.links if title else []), *fragment.links]
            self._add_paragraph(Paragraph(text, html.strip(), item.lines, links))
            self.doc.warnings.extend(fragment.problems)
        for found in fragment.images:
            self._image(_image_block(found))

    def _extend_pending(self, block: TextBlock) -> bool:
        """Add a paragraph to the card a sub-heading opened; False when it ends the card."""
        pending, fragment = self.pending, block.fragment
        if pending is None:
            return False
        if block.table_row:  # a table stands on its own, after the card
            self._close_pending()
            return False
        if pending.card is None:
            heading = pending.heading
            pending.card = Initiative(
                text=fragment.text,
                html=fragment.html,
                lines=Lines(heading.lines.first, block.lines.last),
                title=heading.fragment.text,
                links=[*heading.fragment.links, *fragment.links],
            )
            self._commit(heading)
            self._add(pending.card)
            if pending.images:
                pending.card.image = self._claim(pending.images.pop(0))
            for image in pending.images:
                self._image(image)
            pending.images = []
        elif self.detectors.call_to_action(fragment.text, block.lines):
            self._close_pending()
            return False
        else:
            card = pending.card
            card.text = f"{card.text} {fragment.text}"
            card.html = f"{card.html}<br><br>{fragment.html}"
            card.lines.last = block.lines.last
            card.links.extend(fragment.links)
        self._commit(block)
        return True

    def _close_pending(self) -> None:
        """A sub-heading that no paragraph followed stays as a bold paragraph."""
        pending, self.pending = self.pending, None
        if pending is None or pending.card is not None:
            return
        heading = pending.heading
        fragment = heading.fragment
        bold = f"<b>{_unbold(fragment.html)}</b>"
        self._add_paragraph(Paragraph(fragment.text, bold, heading.lines, list(fragment.links)))
        self._commit(heading)
        for image in pending.images:
            self._image(image)

    # -- paragraphs, calls to action, contacts ------------------------------

    def _paragraph(self, block: TextBlock) -> None:
        fragment, lines = block.fragment, block.lines
        if not self.seen_section and (label := LABEL_RE.fullmatch(fragment.text)):
            if label["label"]:
                self.doc.dossier_labels.append(label["label"])
            # The page shows the label in its own field: the prefix has no home there.
            self._unplaced(lines.first, label["prefix"])
            self._commit(block)
            return
        if block.level:  # a heading outside any section: bold intro text
            html = f"<b>{_unbold(fragment.html)}</b>"
            self._add_paragraph(Paragraph(fragment.text, html, lines, list(fragment.links)))
            self._commit(block)
            return
        if contact := self.detectors.contact(fragment.text, lines):
            self._contact(contact, block)
            return
        if self._extend_pending(block):
            return
        self._commit(block)
        if cta := self.detectors.call_to_action(fragment.text, lines):
            if cta.link is None and fragment.links:
                cta.link = fragment.links[0]
            self._add(cta)
            return
        self._add_paragraph(Paragraph(fragment.text, fragment.html, lines, list(fragment.links)))

    def _contact(self, contact: Contact, block: TextBlock) -> None:
        """A contact is always top-level; its links fill in what its text did not say."""
        fragment = block.fragment
        for link in fragment.links:
            if link.url.startswith("mailto:") and not contact.email:
                contact.email = unquote(link.url[len("mailto:") :].split("?", 1)[0])
            elif link.url.startswith("http") and not contact.action_url:
                contact.action_url = link.url
        if fragment.phones and not contact.phone:
            contact.phone = fragment.phones[0]
        self._close_pending()
        self._commit(block)
        self.doc.body.append(contact)
        self.section = None  # what follows a contact stands outside the sections, like it
        fields = (contact.name, contact.role, contact.email, contact.phone, contact.action_label)
        if missing_words(words(fragment.text), [words(f) for f in fields]):
            self._unplaced(block.lines.first, fragment.text)  # the detector left words out

    # -- images -------------------------------------------------------------

    def _image(self, block: ImageBlock) -> None:
        pending = self.pending
        if pending and pending.card is None:
            pending.images.append(block)
        elif pending and pending.card and pending.card.image is None:
            pending.card.image = self._claim(block)
        elif self.section is not None:
            self.section.items.append(self._claim(block))
        else:
            self.doc.body.append(self._claim(block))

    def _claim(self, block: ImageBlock) -> Image:
        """An image is placed: record its warnings and ask the editor for the file."""
        self._commit(block)
        image = block.image
        source = f" (the old page used “{image.src}”)" if image.src else ""
        self.doc.warn(
            image.lines.first,
            "image_missing",
            f"Choose the image file for “{image.alt}”{source}.",
        )
        return image

    def _choose_header_image(self) -> None:
        """The image nearest before the title is the header image; others are reported."""
        if not self.header_candidates:
            return
        *others, chosen = self.header_candidates
        self.doc.header_image = self._claim(chosen)
        for block in others:
            self._unplaced(block.lines.first, block.image.alt)

    # -- helpers ------------------------------------------------------------

    def _add(self, item: SectionItem) -> None:
        if self.section is not None:
            self.section.items.append(item)
        else:
            self.doc.body.append(item)

    def _add_paragraph(self, paragraph: Paragraph) -> None:
        if self.section is None:
            (self.doc.body if self.seen_section else self.doc.intro).append(paragraph)
        elif not self.section.items:
            self.section.intro.append(paragraph)
        else:
            self.section.items.append(paragraph)

    def _commit(self, block: Block) -> None:
        self.doc.warnings.extend(block.problems)

    def _unplaced(self, line: int, text: str) -> None:
        if text:
            self.doc.unplaced.append(Unplaced(line, text))


def _image_block(found: FoundImage) -> ImageBlock:
    return ImageBlock(image=found.image, lines=found.image.lines, problems=found.problems)


def _unbold(html: str) -> str:
    return html.replace("<b>", "").replace("</b>", "")
