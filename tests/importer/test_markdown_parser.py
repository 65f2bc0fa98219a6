"""Markdown exports: read as markup (markdown-it-py), never raising, never losing a word."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.documents import assert_words_kept
from wagtail_dossiers.importer.decode import sniff_format
from wagtail_dossiers.importer.document import Document, Image
from wagtail_dossiers.importer.markdown import parse_markdown, visible_text
from wagtail_dossiers.importer.markdown.reader import read_blocks
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
    "<script>", "Dossier: ", "\t", "    ", "\r", "\\\n", "Een zin. ", "Nog Een",
]  # fmt: skip
# Capitals and full stops too: where a line under an item starts anew is read on them.
WORDS = st.text(alphabet="abcdeé’ .AB", min_size=1, max_size=12)


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


def reading(source: str) -> list[tuple[str, str]]:
    return [(r.role, r.text) for r in parse_markdown(source).reading]


def test_items_numbered_one_one_one_are_one_list():
    # Markdown writers number every item `1.`: the same number again goes on with the list.
    source = (
        "# Stappen\n\n1. Eerste stap van de procedure.\n1. Tweede stap van de procedure.\n"
        "1. Derde stap van de procedure\n\nDaarna beslist het college, binnen de zes weken.\n"
    )
    assert [role for role, _ in reading(source)] == ["title", "list", "list", "list", "intro"]


@pytest.mark.parametrize(
    "item",
    [
        "- Item one.\\\nmore words.\n  Another sentence here.\n",  # a hard break, then indented
        "  - Item one.\n\tAnother sentence here.\n",  # a tab indents past the marker
        "> - Item one.\n>   Another sentence here.\n",  # in a blockquote
        "-\n  First sentence.\n  Second sentence.\n",  # the marker alone on its line
        "- Item one.\n![Logo](logo.png)\nand more words.\n",  # an image's line decides nothing
    ],
)
def test_an_items_indented_or_continuing_lines_stay_in_it(item):
    source = f"# T\n\n{item}"
    items = [text for role, text in reading(source) if role in ("card", "list")]
    assert len(items) == 1
    assert_nothing_lost(source, parse_markdown(source))


def test_an_items_code_and_a_sub_items_image_are_kept():
    source = "# T\n\n- Item one.\n\n      Code block here.\n- Item two\n  - Sub ![Kaart](k.png)\n"
    document = parse_markdown(source)
    assert "Code block here." in " ".join(text for _, text in reading(source))
    assert [r.text for r in document.reading if r.role == "image"] == ["Kaart"]
    assert_nothing_lost(source, document)


def test_a_rule_drawn_in_a_paragraph_heads_nothing():
    source = "# T\n\nTekst van de pagina, lang genoeg.\n\n+++++\n\n## Werking\n\nMeer tekst.\n"
    assert [s.heading for s in parse_markdown(source).sections] == ["Werking"]


def test_a_code_span_or_inline_html_over_two_lines_keeps_the_line_numbers_under_it():
    # An editor finds a warning by its line: a span written over lines (markdown-it gives a
    # code span's break as a space) counts them, and the line after it keeps its number.
    source = (
        "# Titel\n\n"
        'Een zin met `code\nover twee regels` en <span\nclass="x">html</span> erna.\n'
        "Een regel met een [leeg adres](mailto:) onder de span.\n"
    )
    blocks = read_blocks(source)
    assert [(str(b.lines), b.text[:11]) for b in blocks] == [
        ("1", "Titel"), ("3-5", "Een zin met"), ("6", "Een regel m"),
    ]  # fmt: skip
    (refused,) = [w for w in parse_markdown(source).warnings if w.code == "unsafe_link"]
    assert refused.line == 6


def test_an_escaped_backtick_before_a_code_span_is_no_part_of_it():
    # `\`` is a backtick shown as text: the span starts at the next run of backticks.
    blocks = read_blocks("Tekst \\` los `co\nde` hier\nvolgende regel\n\nNog een alinea.\n")
    assert [str(b.lines) for b in blocks] == ["1-2", "3", "5"]


def test_a_rule_drawn_in_a_paragraph_or_under_an_item_parts_as_a_blank_line():
    # `. . . . .` is no thematic break in CommonMark: the paragraph, or the item it is taken
    # into lazily, goes on over it. Read as the text reader reads it, it parts the lines.
    source = (
        "# Titel\n\nDe eerste regel van de tekst, lang genoeg voor een alinea.\n. . . . .\n"
        "Tweede deel\nDe tekst van het tweede deel, lang genoeg voor een alinea.\n\n"
        "- Een punt van de lijst met wat woorden\n. . . . .\nDerde deel\n"
    )
    blocks = read_blocks(source)
    assert [(b.text[:11], b.blank_before, b.blank_after) for b in blocks if b.kind == "text"] == [
        ("Titel", True, True),
        ("De eerste r", True, True),
        ("Tweede deel", True, False),
        ("De tekst va", False, True),
        ("Derde deel", True, True),
    ]
    (item,) = [b for b in blocks if b.kind == "item"]
    assert item.text == "Een punt van de lijst met wat woorden"


def test_fenced_codes_lines_are_numbered_from_under_the_fence():
    blocks = read_blocks("# Titel\n\nEen zin.\n\n```\neerste code\ntweede code\n```\n")
    assert [(str(b.lines), b.text) for b in blocks][2:] == [
        ("6", "eerste code"), ("7", "tweede code"),
    ]  # fmt: skip


def test_a_quotes_marker_alone_on_a_line_is_a_blank_line():
    # `>` alone parts a quote's lines as an empty line parts the page's: the line that
    # starts anew under an item stands apart from what follows it.
    blocks = read_blocks(
        "# Titel\n\n> - Een punt van de lijst, in een zin.\n"
        "> Een nieuwe regel die los van het punt staat.\n"
        ">\n> Nog een alinea in het citaat, lang genoeg voor een alinea.\n"
    )
    (line,) = [b for b in blocks if b.text.startswith("Een nieuwe regel")]
    assert line.blank_after


def test_an_items_lines_take_in_its_sub_items():
    blocks = read_blocks(
        "# Titel\n\n- Een punt\n  - een deelpunt\n  - nog een deelpunt\n- Verder\n"
    )
    assert [str(b.lines) for b in blocks if b.kind == "item"] == ["3-5", "6"]


def test_emphasis_inside_a_word_of_a_title_or_a_heading_loses_no_word():
    # A title and a heading hold no tags: `**A**Een` shows as the one word `AEen`.
    source = "# **A**Een titel\n\n## Een *klein*deel\n\nEen alinea die lang genoeg is, met tekst.\n"
    document = parse_markdown(source)
    assert document.title == "AEen titel"
    assert [section.heading for section in document.sections] == ["Een kleindeel"]
    assert_nothing_lost(source, document)


@pytest.mark.django_db
def test_emphasis_or_a_link_inside_a_word_leaves_no_word_unplaced():
    # `**vet**woord`: the page's rich text holds `<b>vet</b>woord`, and the import counts
    # the words the source shows as it counts the page's, so none is reported unplaced; the
    # title, plain text, shows `kleintitel` whole.
    from wagtail_dossiers.importing import prepare_import

    source = (
        "# Een *klein*titel\n\n"
        "Dit is een **vet**woord in een zin die lang genoeg is voor een alinea.\n\n"
        "En een [link](https://voorbeeld.be)tekst en een *schuin*schrift erachter.\n"
    )
    prepared = prepare_import(source.encode(), source_name="nadruk.md")
    assert not [w for w in prepared.warnings if w.code == "words_not_placed"]
    assert not prepared.unplaced
