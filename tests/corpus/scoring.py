"""Scoring an import against the outline a person wrote: the measure of ``make eval``.

Pure Python over the importer core (no Django): each corpus page is decoded, read in its
format and enriched without a registry, the ``Document`` is turned into the same kind of
outline the person wrote (``README.md`` beside this file), and the two outlines are matched
element by element, in order. Words are compared, not characters: case, punctuation and
spacing do not count.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tests.documents import document_words
from wagtail_dossiers.importer import formats
from wagtail_dossiers.importer.decode import decode, sniff_format
from wagtail_dossiers.importer.document import (
    CallToAction,
    Contact,
    Document,
    Image,
    Initiative,
    Paragraph,
    Section,
    Subheading,
)
from wagtail_dossiers.importer.enrich import enrich
from wagtail_dossiers.importer.words import missing_words, words

from .variants import VARIANTS

CORPUS = Path(__file__).resolve().parent
ROLES = ("title", "label", "header_image", "intro", "heading", "subheading", "paragraph",
         "list", "card", "image", "caption", "contact", "cta", "debris")  # fmt: skip
# Roles whose whole text is given: the words must be the same, not only start the same.
WHOLE = frozenset({"title", "label", "heading", "subheading"})
# Headings are scored together (a sub-heading read as a heading is still a heading).
CATEGORY = {"subheading": "heading", "header_image": "image"}
WORD_RE = re.compile(r"\w+")


@dataclass
class Element:
    role: str
    text: str
    title: str = ""

    @property
    def tokens(self) -> list[str]:
        return tokens(self.text)


def tokens(text: str) -> list[str]:
    return [token.casefold() for token in WORD_RE.findall(text)]


def read_outline(path: Path) -> list[Element]:
    """The elements of an outline file (see README.md)."""
    elements = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        role, _, rest = line.partition(":")
        role = role.strip()
        if role not in ROLES:
            raise ValueError(f"{path.name}: unknown role {role!r} in {raw!r}")
        text, _, title = rest.partition("| title:")
        elements.append(Element(role, text.strip(), title.strip()))
    return elements


def import_page(path: Path) -> tuple[Document, str, str]:
    """The page read and enriched as an import would, its format and its visible text."""
    text, _ = decode(path.read_bytes())
    fmt = sniff_format(text, path.name)
    document = enrich(formats.parse(text, fmt))
    return document, fmt, formats.visible_text(text, fmt)


def outline_of(document: Document) -> list[Element]:
    """What the importer made, as the outline a person would write of it."""
    out = [Element("title", document.title)] if document.title else []
    out += [Element("label", label) for label in document.dossier_labels]
    if document.header_image:
        out += _image(document.header_image, "header_image")
    out += [_paragraph(paragraph, "intro") for paragraph in document.intro]
    opened = False  # the first heading or card: what the intro runs up to (README.md)
    for item in document.body:
        opened = opened or isinstance(item, Section | Initiative)
        if isinstance(item, Section):
            if item.heading:
                out.append(Element("heading", item.heading))
            out += [_paragraph(paragraph, "paragraph") for paragraph in item.intro]
            for element in item.items:
                out += _element(element)
        elif isinstance(item, Paragraph) and not opened:
            # After an image or a call to action, still above the first heading or card:
            # the page's intro goes on there (the intro field holds only what comes first).
            out.append(_paragraph(item, "intro"))
        else:
            out += _element(item)
    return out + _debris(document)


def _debris(document: Document) -> list[Element]:
    """The lines read as debris, and those read as going on with a debris line."""
    found, role = [], ""
    for reading in document.reading:
        role = role if reading.role == "continue" else reading.role
        if role == "debris":
            found.append(Element("debris", reading.text))
    return found


def _element(item: object) -> list[Element]:
    if isinstance(item, Initiative):
        card = [Element("card", f"{item.title} {item.text}".strip(), item.title)]
        return card + (_image(item.image, "image") if item.image else [])
    if isinstance(item, Paragraph):
        return [_paragraph(item, "paragraph")]
    if isinstance(item, Subheading):
        return [Element("subheading", item.text)]
    if isinstance(item, Image):
        return _image(item, "image")
    if isinstance(item, CallToAction):
        return [Element("cta", item.text)]
    if isinstance(item, Contact):
        return [Element("contact", item.name or item.email or item.phone or item.action_label)]
    return []


def _paragraph(paragraph: Paragraph, role: str) -> Element:
    listed = paragraph.html.lstrip().startswith(("<ul>", "<ol>"))
    return Element("list" if listed else role, paragraph.text)


def _image(image: Image, role: str) -> list[Element]:
    found = [Element(role, image.alt)]
    return found + ([Element("caption", image.caption)] if image.caption else [])


@dataclass
class Score:
    """Matched, expected and predicted counts per category, and the card titles."""

    matched: Counter[str] = field(default_factory=Counter)
    expected: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    titles_right: int = 0
    titles_checked: int = 0
    lost_words: int = 0

    def add(self, other: Score) -> None:
        for mine, theirs in ((self.matched, other.matched), (self.expected, other.expected),
                             (self.predicted, other.predicted)):  # fmt: skip
            mine.update(theirs)
        self.titles_right += other.titles_right
        self.titles_checked += other.titles_checked
        self.lost_words += other.lost_words

    def precision(self, *categories: str) -> float:
        predicted = sum(self.predicted[c] for c in categories or self.predicted)
        matched = sum(self.matched[c] for c in categories or self.matched)
        return matched / predicted if predicted else 1.0

    def recall(self, *categories: str) -> float:
        expected = sum(self.expected[c] for c in categories or self.expected)
        matched = sum(self.matched[c] for c in categories or self.matched)
        return matched / expected if expected else 1.0

    def f1(self, *categories: str) -> float:
        p, r = self.precision(*categories), self.recall(*categories)
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def title_right(self) -> bool:
        return self.matched["title"] == self.expected["title"] == self.predicted["title"]

    @property
    def card_titles(self) -> float:
        return self.titles_right / self.titles_checked if self.titles_checked else 1.0


def _matches(expected: Element, predicted: Element) -> bool:
    want, got = expected.tokens, predicted.tokens
    if expected.role in WHOLE:
        return want == got
    return bool(want) and got[: len(want)] == want


def score(expected: list[Element], predicted: list[Element]) -> Score:
    """Match the outlines category by category, in order (each element used once)."""
    result = Score()
    for element in expected:
        result.expected[CATEGORY.get(element.role, element.role)] += 1
    for element in predicted:
        result.predicted[CATEGORY.get(element.role, element.role)] += 1
    used: set[int] = set()
    start: dict[str, int] = {}
    for element in expected:
        category = CATEGORY.get(element.role, element.role)
        candidates = [
            (i, p) for i, p in enumerate(predicted)
            if i not in used and CATEGORY.get(p.role, p.role) == category and _matches(element, p)
        ]  # fmt: skip
        if not candidates:
            continue
        # The first candidate after the last match of the category, else the first one.
        after = [c for c in candidates if c[0] >= start.get(category, 0)]
        index, found = (after or candidates)[0]
        used.add(index)
        start[category] = index + 1
        result.matched[category] += 1
        if category == "card" and (element.title or found.title):
            result.titles_checked += 1
            result.titles_right += tokens(element.title) == tokens(found.title)
    return result


def score_page(page: Path, variant: str = "") -> Score:
    """The page scored against its outline; with ``variant`` (``html``, ``markdown``), a text
    page written again in that format (``variants``) is imported instead."""
    outline = page.parent.parent / "outlines" / f"{page.stem}.outline"
    if variant:
        text, _ = decode(page.read_bytes())
        write, fmt = VARIANTS[variant]
        source = write(text)
        document = enrich(formats.parse(source, fmt))
        visible = formats.visible_text(source, fmt)
    else:
        document, _, visible = import_page(page)
    result = score(read_outline(outline), outline_of(document))
    result.lost_words = sum(missing_words(words(visible), document_words(document)).values())
    return result


def blind_pages() -> list[Path]:
    """The blind set (``blind/``): real pages outlined by another reader, kept apart so that
    no rule is ever written from them; their figure is the guess of how unseen pages fare."""
    folder = CORPUS / "blind" / "pages"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def text_pages() -> list[Path]:
    """The real pages stored as plain text: the ones the variants are written from."""
    return [page for page in pages() if page.suffix == ".txt"]


def pages() -> list[Path]:
    return sorted(p for p in (CORPUS / "pages").iterdir() if p.suffix in (".txt", ".html", ".md"))
