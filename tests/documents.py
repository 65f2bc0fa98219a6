"""Word accounting for the parser tests: where every word of a parsed ``Document`` went.

Pure Python, no Django: it reads the importer's ``Document`` dataclasses and counts
words with ``wagtail_dossiers.importer.words``. Each test file decides what the source
words are (the words of a text file, or the words a browser shows of some HTML) and
passes them in.
"""

from __future__ import annotations

import re
from collections import Counter
from html import unescape

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
from wagtail_dossiers.importer.words import html_text, missing_words, words


def shown(element: Paragraph | Initiative) -> str:
    """The words of a paragraph or a card as the page stores them, in its rich text: counted
    as the import counts them (``importing.pipeline.produced_words``), tags parting words."""
    return html_text(element.html) if element.html else element.text


def element_texts(element: object) -> list[str]:
    """The source text of one element of a document, a section with all it holds."""
    if isinstance(element, Initiative):
        return [element.title, shown(element), *element_texts(element.image)]
    if isinstance(element, Paragraph):
        return [shown(element)]
    if isinstance(element, CallToAction | Subheading):
        return [element.text]
    if isinstance(element, Image):
        return [element.alt, element.caption]
    if isinstance(element, Contact):
        return [element.name, element.role, element.email, element.phone, element.action_label]
    if isinstance(element, Section):
        texts = [element.heading, *(shown(p) for p in element.intro)]
        return texts + [text for item in element.items for text in element_texts(item)]
    return []


def document_words(document: Document) -> list[Counter[str]]:
    """The words of every field of ``document`` that holds source text, the report's last."""
    texts = [document.title, *document.dossier_labels, *element_texts(document.header_image)]
    texts += [shown(paragraph) for paragraph in document.intro]
    texts += [text for item in document.body for text in element_texts(item)]
    texts += [unplaced.text for unplaced in document.unplaced]
    return [words(text) for text in texts]


def assert_words_kept(source_words: Counter[str], document: Document) -> None:
    """Every word of the source is in the page's fields or in the report, and every
    paragraph's rich text (what the page stores) says what its text says."""
    missing = missing_words(source_words, document_words(document))
    assert not missing, f"words lost: {dict(missing)}"
    for paragraph in paragraphs(document):
        if paragraph.html:
            shown = letters(unescape(TAG_RE.sub("", paragraph.html)))
            assert shown == letters(paragraph.text), f"rich text differs: {paragraph}"


TAG_RE = re.compile(r"<[^>]+>")


def letters(text: str) -> str:
    """The letters and digits of ``text`` in order: what markup (`<b>a</b>1`) cannot change."""
    return re.sub(r"[\W_]+", "", text).casefold()


def paragraphs(document: Document) -> list[Paragraph]:
    """Every paragraph of the page: the intro's, the sections' and those between them."""
    found = list(document.intro)
    for item in document.body:
        parts = [*item.intro, *item.items] if isinstance(item, Section) else [item]
        found += [part for part in parts if isinstance(part, Paragraph)]
    return found


def unplaced_texts(document: Document) -> list[str]:
    """The text the parser reported as having no place in the page."""
    return [unplaced.text for unplaced in document.unplaced]
