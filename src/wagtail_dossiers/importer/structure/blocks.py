"""Source blocks: what a reader hands the classifier, with the evidence it saw.

One block is one line of plain text, one list item, one HTML block element or one
Markdown block. The evidence is what the format says about the block (blank lines around
it, a list marker, a heading level, bold, an image, page chrome); what the block *is* in a
dossier is the classifier's decision, never the reader's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..document import Image, Lines, Link, Warning
from ..prose import DOSSIER_LABEL_RE


def unspaced(texts: int, apart: int) -> bool:
    """A text of ``texts`` lines, ``apart`` of them after a blank line, writes (almost) no
    blank lines: an export that never wraps, where each line is a paragraph."""
    return texts >= 8 and apart * 5 <= texts


class Kind(StrEnum):
    TEXT = "text"  # a line or paragraph of text (a heading in markup too)
    ITEM = "item"  # a list item: a bullet, a numbered line, an <li>
    ROW = "row"  # a row of a data table
    IMAGE = "image"  # an image (alt text and source where known)
    LABEL = "label"  # `Dossier: …` — the dossier the page belongs to
    CHROME = "chrome"  # markup says: site navigation, banner, footer, sidebar
    PAGE_TITLE = "page_title"  # the document's own title (HTML <title>)


@dataclass
class SourceBlock:
    """A piece of the source and its evidence, in source order."""

    kind: Kind
    text: str  # the plain words, whitespace collapsed
    lines: Lines
    html: str = ""  # a safe inline fragment (<b>, <i>, <a href>, <br>, nested lists)
    blank_before: bool = True  # a blank line, a block boundary or the start comes before it
    blank_after: bool = True  # … and after it
    spacing: bool = True  # blank lines carry meaning (plain text); markup blocks are apart anyway
    broken: bool = False  # markup broke the line before it (`<br>`): a line of the same block
    header_row: bool = False  # a table row of column names
    indent: int = 0
    marker: str = ""  # a list marker as written (`•`, `-`, `1.`), for items
    level: int = 1  # an item's depth: 1 for a list's own items, 2 for their sub-items
    numbered: bool = False  # an ordered list's item (its number is a word)
    heading: int = 0  # the markup's heading level (1-6), 0 where the markup gives none
    bold: bool = False  # the whole block is bold
    title: str = ""  # an item's own title (a heading or bold label opening an <li>); for
    # PAGE_TITLE, the document title without the site's name
    title_html: str = ""
    label: str = ""  # for LABEL: the dossier's name; ``text`` keeps the prefix
    links: list[Link] = field(default_factory=list)
    image: Image | None = None  # for IMAGE
    inside: bool = False  # the markup put it inside the block before it (an image in an item)
    caption: bool = False  # markup says it is a caption (<figcaption>)
    phones: list[str] = field(default_factory=list)  # tel: links
    problems: list[Warning] = field(default_factory=list)  # recorded only if placed
    unplaced_words: str = ""  # words only the markup carried (list numbers): to the report
    chrome: str = ""  # for CHROME: what marks it (`nav`, `#menu`, `.footer`)
    asked: bool = False  # the question an FAQ's list item asks, set apart over its answer

    @property
    def first_line(self) -> int:
        return self.lines.first


def label_block(text: str, lines: Lines, **evidence: object) -> SourceBlock | None:
    """A `Dossier: …` line as a label block (its prefix goes to the report), or None."""
    label = DOSSIER_LABEL_RE.fullmatch(text)
    if label is None:
        return None
    return SourceBlock(
        Kind.LABEL,
        text,
        lines,
        label=label["label"].strip(),
        unplaced_words=label["prefix"],
        **evidence,  # type: ignore[arg-type]
    )
