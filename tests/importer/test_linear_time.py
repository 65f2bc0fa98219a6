"""No input stalls the importer: pathological inputs of 100 KB read in seconds, not minutes.

A guard against a pattern that backtracks on a long word (an e-mail address searched for in a
100 KB word took over three minutes) and against repairing unclosed tags in the tree (10,000
unclosed paragraphs took 18 s). The bound is generous on purpose: it fails loudly on a
regression to quadratic time, not on a slow machine. Throughput is measured in
``benchmarks/import_bench.py``.
"""

from __future__ import annotations

import time

import pytest

from wagtail_dossiers.importer import formats
from wagtail_dossiers.importer.enrich import enrich

SIZE = 100_000
BOUND_SECONDS = 10.0

CASES = {
    "one long word as text": ("Titel\n\n" + "a" * SIZE, "text"),
    "one long word as HTML": ("<h1>Titel</h1><p>" + "a" * SIZE + "</p>", "html"),
    "one long word as Markdown": ("# Titel\n\n" + "a" * SIZE, "markdown"),
    "one long line of words": ("Titel\n\n" + "woord " * (SIZE // 6), "text"),
    "a long word with an at sign": ("Titel\n\n" + "a" * SIZE + "@", "text"),
    "deeply nested inline tags": ("<h1>T</h1><p>" + "<b>" * 5000 + "tekst", "html"),
    "unclosed paragraphs": ("<h1>T</h1>" + "<p>alinea " * (SIZE // 10), "html"),
    "unclosed list items": ("<h1>T</h1><ul>" + "<li>een punt " * (SIZE // 14), "html"),
    # A button's label whose last word will not split (`Visit xxxx…)`), line after line.
    "button labels that nearly match": (
        "Titel\n\n" + "".join(f"Visit {'x' * 53})\n\n" for _ in range(SIZE // 64)),
        "text",
    ),
    # Short lines one under another, each printed again: a table of contents as long as the
    # page, its entries and headings looked up once each.
    "a table of contents of every line": (
        "Titel\n\nWat deze pagina bevat, deel na deel.\n\n"
        + "".join(f"Deel {n}\n\n" for n in range(SIZE // 48))
        + "".join(f"Deel {n}\n\nWat er in dit deel staat.\n\n" for n in range(SIZE // 48)),
        "text",
    ),
    # An FAQ as a list: each item a question over its answer, unfolded once.
    "a list of questions and answers": (
        "Titel\n\n" + "".join(f"- Vraag nummer {n}?\n  Het antwoord.\n" for n in range(SIZE // 40)),
        "text",
    ),
    # The site's numbers line under line above the title, each read as its header.
    "a header of numbers": (
        "".join(f"Tel 0172 {n:06d}\n" for n in range(SIZE // 16)) + "\nTitel\n\nTekst.",
        "text",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=str)
def test_a_pathological_input_is_read_in_seconds(case):
    source, fmt = CASES[case]
    started = time.perf_counter()
    document = enrich(formats.parse(source, fmt))
    assert time.perf_counter() - started < BOUND_SECONDS
    assert document.title in ("Titel", "T")
