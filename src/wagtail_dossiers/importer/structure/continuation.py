"""What a block that continues the part before it adds to: a title or heading broken over
two lines, a paragraph's or a card's next line, a sub-item, a contact's details."""

from __future__ import annotations

from dataclasses import replace
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
    Section,
    Unplaced,
)
from ..prose import join_fragments
from .blocks import Kind, SourceBlock
from .contacts import add_contact_line
from .parts import append, item_html, item_text, nest


class Continuation:
    """The builder's ``continue`` role; ``DocumentBuilder`` holds the state it reads
    (``last``, ``list_run``, ``nested``) and ``_unplace``, ``_paragraph_block``."""

    detectors: Detectors
    last: object
    list_run: list[SourceBlock]
    nested: list[SourceBlock]
    caption: SourceBlock | None

    def _continue(self, block: SourceBlock) -> None:
        last = self.last
        text = item_text(block) if block.kind in (Kind.ITEM, Kind.ROW) else block.text
        if self.caption is not None:
            # A caption waiting for its image goes on: `Foto's` / `Bob Van Mol`.
            waiting = self.caption
            item = block.kind in (Kind.ITEM, Kind.ROW)
            more = item_html(block) if item else block.html or escape(block.text, quote=False)
            if waiting.html or block.html:
                html = f"{waiting.html or escape(waiting.text, quote=False)} {more}"
            else:
                html = ""
            self.caption = replace(
                waiting,
                text=join_fragments([waiting.text, text]),
                html=html,
                links=[*waiting.links, *block.links],
                lines=Lines(waiting.lines.first, block.lines.last),
            )
        elif self.list_run and block.kind is Kind.ITEM:
            self.list_run.append(block)  # a sub-item of the list's last item
        elif isinstance(last, Document):
            last.title = join_fragments([last.title, text])
        elif isinstance(last, Section):
            last.heading = join_fragments([last.heading, text])
            last.lines.last = block.lines.last
        elif isinstance(last, Paragraph | Initiative) and block.kind is Kind.ITEM:
            nest(last, block, self.nested)
        elif isinstance(last, Paragraph | Initiative):
            append(last, block)
        elif isinstance(last, CallToAction):
            last.text = join_fragments([last.text, text])
            last.lines.last = block.lines.last
        elif isinstance(last, Contact):
            for report in add_contact_line(last, block, self.detectors):
                self._unplace(block.first_line, report)
        elif isinstance(last, Image):
            if last.caption:
                last.caption = join_fragments([last.caption, text])
            else:
                last.alt = join_fragments([last.alt, text])
        elif isinstance(last, Unplaced):
            last.text = join_fragments([last.text, text])
        else:  # nothing to continue: the block stands on its own
            self._paragraph_block(block)
