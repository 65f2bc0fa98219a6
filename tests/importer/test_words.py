"""The word count behind "nothing is lost": what a page shows whole, the source may part."""

from __future__ import annotations

import time

from tests.importer.test_linear_time import BOUND_SECONDS
from wagtail_dossiers.importer.words import missing_words, words


def test_a_word_run_together_from_parted_words_covers_them():
    # `<b>A</b>Een zin` counts `a`, `een` in the source; the plain title shows `AEen`.
    assert not missing_words(words("A Een zin"), [words("AEen zin")])
    assert not missing_words(words("aa a a"), [words("aaaa")])  # `aa`+`a`+`a`, not `aa`+`aa`
    assert not missing_words(words("aa a a"), [words("aa aa")])  # a word of the source too
    assert not missing_words(words("c ca a cc"), [words("cca a cc")])  # `c`+`ca`, not `cc`+`a`


def test_a_longer_word_never_covers_more_than_its_pieces():
    assert missing_words(words("vet woord en"), [words("vetwoord")]) == words("en")
    assert missing_words(words("a"), [words("aa")]) == words("a")  # `a` once, not twice
    assert missing_words(words("x y"), [words("xyz")]) == words("x y")  # `z` is no piece
    assert missing_words(words("a " * 50), [words("a" * 60)]) == words("a " * 50)


def test_words_found_in_other_fields_are_counted_together():
    assert not missing_words(words("een twee drie"), [words("een"), words("tweedrie")])
    assert missing_words(words("een twee"), [words("een")]) == words("twee")


def test_a_run_together_word_may_use_a_word_the_page_also_shows_elsewhere():
    # `[Fanfare](…)vereniging` gives the card's title `Fanfarevereniging`, and the link's
    # label shows `vereniging` again: only `fanfare` is missing, and the title holds it.
    source = words("Fanfare vereniging")
    found = [words("Fanfarevereniging"), words("vereniging")]
    assert not missing_words(source, found)


def test_many_words_parted_by_markup_are_checked_in_linear_time():
    # A Word export's `<span>ver</span><span>eniging</span>`, twenty thousand times over,
    # with one long word lost: every check reads each word once.
    count = 20_000
    source = words(" ".join(f"ver{n} eniging{n}" for n in range(count)) + " " + "x" * 3000)
    found = [words(" ".join(f"ver{n}eniging{n}" for n in range(count)))]
    started = time.perf_counter()
    assert missing_words(source, found) == words("x" * 3000)
    assert time.perf_counter() - started < BOUND_SECONDS


def test_a_bullet_a_symbol_font_drew_is_no_word_and_the_same_letter_in_a_sentence_is():
    # Word's arrow bullet left as `Ø` before a tab's worth of space: a marker, as `•` is.
    assert words("Ø      Ogen en oren\n§\tVerkeer") == words("Ogen en oren\nVerkeer")
    # … also where a reader ran the lines of a paragraph together.
    assert words("de gemeente. Ø      Wonen") == words("de gemeente. Wonen")
    assert words("Ø is een eiland")["ø"] == 1
    assert words("Ø  12 mm voor de waterleiding")["ø"] == 1  # a diameter: a word
    assert words("Het ü-teken")["ü"] == 1
