"""The importer on the corpus of real pages, scored against outlines people wrote.

``make eval`` prints the figures; this test keeps them above floors so that no change makes
the importer read real pages worse. Raise the floors when the importer gets better.
"""

from __future__ import annotations

import pytest

from tests.corpus.scoring import (
    CORPUS,
    Score,
    blind_pages,
    pages,
    read_outline,
    score_page,
    text_pages,
)

# The figures of `make eval` when the floors were last set (last: when batches S and T, 24
# pages at 0.534 before their rules, joined), less a small margin.
COMBINED_F1_FLOOR = 0.80
PAGE_F1_FLOOR = 0.15
TITLES_RIGHT_FLOOR = 262
# The text pages written again as HTML and as Markdown (tests/corpus/variants.py).
VARIANT_F1_FLOORS = {"html": 0.76, "html with line breaks": 0.775, "markdown": 0.79}
# The blind set (tests/corpus/blind): pages no rule was written from.
BLIND_F1_FLOOR = 0.61

PAGES = pages()


def test_the_corpus_holds_real_pages_from_many_organisations():
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    rows = [line.split("|") for line in sources.splitlines() if line.startswith("| ")][1:]
    real = [row for row in rows if "written by us" not in row[2]]
    assert len(real) >= 40
    assert len({row[2].strip() for row in real}) >= 12
    assert sorted(row[1].strip() for row in rows) == sorted(page.name for page in PAGES)


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.stem)
def test_every_page_has_an_outline_with_one_title(page):
    outline = read_outline(CORPUS / "outlines" / f"{page.stem}.outline")
    assert [element.role for element in outline].count("title") == 1


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    return {page.stem: score_page(page) for page in PAGES}


def test_combined_f1_stays_above_its_floor(scores):
    total = Score()
    for result in scores.values():
        total.add(result)
    assert total.f1() >= COMBINED_F1_FLOOR


def test_no_page_falls_below_the_page_floor(scores):
    low = {
        name: round(result.f1(), 3)
        for name, result in scores.items()
        if result.f1() < PAGE_F1_FLOOR
    }
    assert not low


def test_titles_stay_right(scores):
    assert sum(result.title_right for result in scores.values()) >= TITLES_RIGHT_FLOOR


def test_every_word_of_every_page_is_accounted_for(scores):
    lost = {name: result.lost_words for name, result in scores.items() if result.lost_words}
    assert not lost


@pytest.mark.parametrize("variant", sorted(VARIANT_F1_FLOORS))
def test_the_same_pages_in_another_format_read_nearly_as_well_and_lose_no_word(variant):
    total = Score()
    for page in text_pages():
        total.add(score_page(page, variant))
    assert total.lost_words == 0
    assert total.f1() >= VARIANT_F1_FLOORS[variant]


def test_the_blind_set_loses_no_word_and_stays_above_its_floor():
    assert len(blind_pages()) >= 60
    total = Score()
    for page in blind_pages():
        total.add(score_page(page))
    assert total.lost_words == 0
    assert total.f1() >= BLIND_F1_FLOOR
