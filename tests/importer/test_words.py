"""The word count behind "nothing is lost": what a page shows whole, the source may part."""

from __future__ import annotations

from wagtail_dossiers.importer.words import missing_words, words


def test_a_word_run_together_from_parted_words_covers_them():
    # `<b>A</b>Een zin` counts `a`, `een` in the source; the plain title shows `AEen`.
    assert not missing_words(words("A Een zin"), [words("AEen zin")])
    assert not missing_words(words("aa a a"), [words("aaaa")])  # `aa`+`a`+`a`, not `aa`+`aa`


def test_a_longer_word_never_covers_more_than_its_pieces():
    assert missing_words(words("vet woord en"), [words("vetwoord")]) == words("en")
    assert missing_words(words("a"), [words("aa")]) == words("a")  # `a` once, not twice
    assert missing_words(words("x y"), [words("xyz")]) == words("x y")  # `z` is no piece
    assert missing_words(words("a " * 50), [words("a" * 60)]) == words("a " * 50)


def test_words_found_in_other_fields_are_counted_together():
    assert not missing_words(words("een twee drie"), [words("een"), words("tweedrie")])
    assert missing_words(words("een twee"), [words("een")]) == words("twee")
