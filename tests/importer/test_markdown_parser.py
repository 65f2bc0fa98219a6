"""Markdown exports: read as markup (markdown-it-py), never raising, never losing a word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.documents import assert_words_kept
from wagtail_dossiers.importer.decode import sniff_format
from wagtail_dossiers.importer.document import Document, Image
from wagtail_dossiers.importer.markdown import parse_markdown, visible_text
from wagtail_dossiers.importer.words import words


def assert_nothing_lost(source: str, document: Document) -> None:
    assert_words_kept(words(visible_text(source)), document)


def test_headings_lists_and_links_are_markup_not_text():
    source = (
        "# Titel\n\nEen inleiding met [een link](https://voorbeeld.be/x).\n\n## Sectie\n\n"
        "- Een vereniging organiseert een **buurtfeest** in de wijk.\n"
        "- Een koor zingt in het woonzorgcentrum.\n"
    )
    document = parse_markdown(source)
    assert document.title == "Titel"
    assert document.intro[0].links[0].url == "https://voorbeeld.be/x"
    assert '<a href="https://voorbeeld.be/x">een link</a>' in document.intro[0].html
    (section,) = document.sections
    assert section.heading == "Sectie"
    assert [card.text[:15] for card in section.initiatives] == [
        "Een vereniging ",
        "Een koor zingt ",
    ]
    assert "<b>buurtfeest</b>" in section.initiatives[0].html
    assert_nothing_lost(source, document)


def test_unsafe_links_lose_their_link_but_not_their_words():
    source = "# T\n\nZie [klik](javascript:alert(1)) en [lokaal](/pagina) en ![beeld](/b.jpg)."
    document = parse_markdown(source)
    paragraph = document.intro[0]
    assert paragraph.links == [] and "href" not in paragraph.html  # CommonMark keeps it text
    assert "relative_link" in {w.code for w in document.warnings}
    images = [item for item in document.body if isinstance(item, Image)]
    assert [(image.alt, image.src) for image in images] == [("beeld", "/b.jpg")]
    assert_nothing_lost(source, document)


def test_raw_html_in_markdown_keeps_its_text_never_its_tags():
    source = (
        "# T\n\nEen inleiding van een paar woorden lang.\n\n"
        '<div onclick="x()"><script>alert(1)</script><b>Vet</b> en dan wat tekst</div>\n'
    )
    document = parse_markdown(source)
    (block,) = [r for r in document.reading if "Vet" in r.text]
    assert block.text == "Vet en dan wat tekst"
    assert not any("alert" in r.text for r in document.reading)
    assert all("<script" not in p.html and "onclick" not in p.html for p in document.intro)


def test_markdown_is_told_from_text_by_its_name_and_its_signs():
    assert sniff_format("een gewone tekst", "export.md") == "markdown"
    assert sniff_format("# Titel\n\nZie [de site](https://a.be).\n") == "markdown"
    assert sniff_format("Titel\n\n#hashtag in een zin\n") == "text"


MARKDOWN = [
    "# ", "## ", "### ", "- ", "* ", "1. ", "  - ", "> ", "**", "_", "`", "[", "](", ")",
    "![", "https://voorbeeld.be/", "javascript:", "|", "---", "\n", "\n\n", "<b>", "</b>",
    "<script>", "Dossier: ",
]  # fmt: skip
WORDS = st.text(alphabet="abcdeé’ ", min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_parses_as_markdown_without_error_or_lost_words(source):
    document = parse_markdown(source)
    assert not any(w.code == "parse_degraded" for w in document.warnings)
    assert_nothing_lost(source, document)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(MARKDOWN), WORDS), max_size=60))
def test_markdown_soup_never_raises_and_keeps_its_words(parts):
    source = "".join(parts)
    document = parse_markdown(source)
    assert not any(w.code == "parse_degraded" for w in document.warnings)
    assert_nothing_lost(source, document)
