"""What each import warning says: one English template per code, with named parameters.

The core reports a code and its parameters (``image_missing``, ``alt="…"``), never a finished
sentence, so that every layer can say it in its reader's language: the command and the JSON
report in English, the admin through Django's gettext (``importing.messages``). The templates
are marked with ``gettext_noop`` so that ``makemessages`` puts them in the catalogue; the core
itself imports nothing of Django.
"""

from __future__ import annotations

from collections.abc import Mapping


def gettext_noop(message: str) -> str:
    """Mark ``message`` for the catalogue; translating is the Django layer's job."""
    return message


# code, or code:variant where one code has several wordings → template
TEMPLATES: dict[str, str] = {
    "image_missing": gettext_noop(
        "Choose the image file for the image with alt text “%(alt)s”: the export kept only "
        "its alt text."
    ),
    "image_missing:src": gettext_noop(
        "Choose the image file for the image with alt text “%(alt)s” (the old page used "
        "“%(src)s”): the export kept only its alt text."
    ),
    "image_alt_missing": gettext_noop(
        "The image “%(src)s” had no alt text; “%(alt)s” was taken from its file name: "
        "describe the image instead."
    ),
    "image_alt_missing:no_src": gettext_noop(
        "An image without a source had no alt text; “%(alt)s” was put in its place: describe "
        "the image instead."
    ),
    "unknown_organisation": gettext_noop(
        "“%(name)s” looks like an organisation but is not in the registry: add it, or add it "
        "as an alias of an organisation, if it is one."
    ),
    "section_without_heading": gettext_noop(
        "Cards outside any section (before the first heading, or after a contact) were put in "
        "a section without a heading: give it one."
    ),
    "mixed_encoding": gettext_noop(
        "The file mixes two encodings: %(count)s lines (the first is line %(line)s) were read "
        "as Windows-1252, the others as UTF-8. Check their accented letters and symbols."
    ),
    "contact_unreachable": gettext_noop(
        "The contact “%(name)s” has no e-mail address, phone number or link: add one in the "
        "page editor, or readers cannot reach them."
    ),
    "hint_not_applied": gettext_noop(
        "The correction for line %(line)s (“%(text)s” as %(role)s) was not applied: the "
        "source no longer has that text."
    ),
    "relative_link": gettext_noop(
        "Dropped the relative link “%(url)s” (it only worked on the old site); its text is "
        "kept: add the full address if the link is still needed."
    ),
    "unsafe_link": gettext_noop(
        "Dropped a “%(scheme)s:” link: only http, https and mailto links are kept; its text "
        "is kept."
    ),
    "unsafe_link:malformed": gettext_noop(
        "Dropped a malformed “%(scheme)s:” link; its text is kept."
    ),
    "unsafe_link:image": gettext_noop(
        "Dropped an image source with the “%(scheme)s:” scheme."
    ),
    "unsafe_link:image_malformed": gettext_noop("Dropped a malformed image source."),
    "link_dropped": gettext_noop(
        "Dropped the link “%(url)s”: it is not an address a page can link to (or too long to "
        "store); its text is kept. Add the link by hand if it works."
    ),
    "removed_element": gettext_noop(
        "Removed <%(tag)s> and its content: it cannot be imported safely."
    ),
    "table_flattened": gettext_noop(
        "A table was read row by row (cells joined by “ — ”): check that its rows still read "
        "well."
    ),
    "parse_degraded": gettext_noop(
        "The structure of the source could not be read; its text was imported as plain "
        "paragraphs."
    ),
    "rich_text_cleaned": gettext_noop("Removed from rich text: %(removed)s"),
    "words_not_placed": gettext_noop("Words the importer could not place: %(words)s"),
}  # fmt: skip


def template(code: str, variant: str = "") -> str:
    """The English template of a warning, or its code where none is known."""
    return TEMPLATES.get(f"{code}:{variant}" if variant else code) or TEMPLATES.get(code, code)


def fill(text: str, params: Mapping[str, object]) -> str:
    """``text`` with its parameters; a template that does not fit them is shown as it is."""
    try:
        return text % params
    except (KeyError, TypeError, ValueError):
        return text
