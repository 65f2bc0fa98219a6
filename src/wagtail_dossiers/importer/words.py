"""Word counting for the importer's promise that nothing is lost.

The same tokeniser reads the source and everything the import produced, so that
"every word of the source is in the page or in the report" can be checked, by
tests and by the pipeline itself, as a comparison of two multisets.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

# Characters that legacy exports scatter inside words and that carry no meaning.
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_CHARS), None)
# A run of word characters with a letter or a digit in it: a rule drawn in underscores
# (`______`) is layout, not a word.
WORD_RE = re.compile(r"[^\W_]+(?:_+[^\W_]+)*", re.UNICODE)  # one pass: no backtracking
TAG_RE = re.compile(r"<[^>]*>")
# A rule drawn with characters (`-----`, `* * *`, `______`): it parts the text as a blank
# line or an ``<hr>`` does, and holds no word.
DRAWN_RULE_RE = re.compile(r"(?:[-=_*~#.·•—–+]\s*){3,}")
# A bullet that Word drew in a symbol font (Wingdings' arrow and square, a check mark), left
# as the letter that font's code stands for once the font is gone: `Ø      Tekst`. It stands
# apart with a tab's worth of space (a tab, or three spaces or more) before a word, where no
# word stands that way (wherever the line it opened now stands: a reader may run a paragraph's
# lines together); a diameter's `Ø  12 mm` is a word.
SYMBOL_FONT_BULLETS = "ØüŸ§"
SYMBOL_FONT_BULLET_RE = re.compile(
    rf"(?<!\S)[{SYMBOL_FONT_BULLETS}](?=(?:\t|[ \u00a0]{{3,}})[ \t\u00a0]*[^\W\d_])"
)
# How many pieces ``missing_words`` tries for each character of a word it reads as the
# source's words run together: plenty for a real word, and linear in what the page holds.
PIECE_TRIES = 20


def normalise(text: str) -> str:
    """Invisible characters removed, then NFC: the form every parser works on.

    Removing first keeps it stable: a zero-width space between a letter and a
    combining mark would otherwise block their composition on the first pass only.
    """
    if text.isascii():
        return text  # nothing invisible, and already NFC: the common case, made cheap
    # ``str.translate`` looks every character up in ``INVISIBLE``: see if it must first.
    if any(char in text for char in INVISIBLE_CHARS):
        text = text.translate(INVISIBLE)
    return unicodedata.normalize("NFC", text)


def is_drawn_rule(text: str) -> bool:
    return DRAWN_RULE_RE.fullmatch(text.strip()) is not None


def words(text: str) -> Counter[str]:
    """The words of ``text``, case-folded, with their counts (a symbol font's bullet is none)."""
    text = normalise(text)
    if not text.isascii():  # the glyphs are none of them ASCII
        text = SYMBOL_FONT_BULLET_RE.sub(" ", text)
    return Counter(map(str.casefold, WORD_RE.findall(text)))


def has_words(text: str) -> bool:
    """``bool(words(text))``, without counting them."""
    return WORD_RE.search(normalise(text)) is not None


def html_words(fragment: str) -> Counter[str]:
    """The words a reader sees in an HTML fragment (tags dropped, entities decoded)."""
    return words(html_text(fragment))


def html_text(fragment: str) -> str:
    """The text of an HTML fragment: tags dropped, entities decoded."""
    return html.unescape(TAG_RE.sub(" ", fragment))


def words_moved(before_html: str, after_html: str, moved: str) -> bool:
    """Whether ``after_html`` holds the words of ``before_html`` less those of ``moved``:
    ``html_words(after_html) + words(moved) == html_words(before_html)``.

    Usually the same words in the same order, which two lists show more cheaply
    than counting; only when they differ are the counts compared.
    """
    before = WORD_RE.findall(normalise(html_text(before_html)))
    after = WORD_RE.findall(normalise(moved)) + WORD_RE.findall(normalise(html_text(after_html)))
    if before == after:
        return True
    return Counter(map(str.casefold, before)) == Counter(map(str.casefold, after))


def missing_words(source: Counter[str], found: Iterable[Counter[str]]) -> Counter[str]:
    """Words (with how many occurrences) of ``source`` that ``found`` does not cover.

    Markup parts the source's words where the page may show them whole: ``<b>A</b>Een``
    is counted ``a``, ``een`` in the source and ``aeen`` in a title, which holds no tags.
    A word found that the source lacks covers the missing words it is made of, when it is
    the source's words run together (none more often than the source has it). Where each
    stood is not known: a lost `de` and `ze` would pass for an unrelated `deze`, which takes
    a coincidence.
    """
    total: Counter[str] = Counter()
    for counter in found:
        total.update(counter)
    missing = source - total
    if not missing:
        return missing
    longest = max(map(len, source))
    for word, count in (total - source).items():
        for _ in range(count):
            # Missing words only, as where markup parted a word; else any of the source's,
            # as where the page also shows one of them elsewhere (a link's label).
            pieces = _pieces(word, missing, longest) or _pieces(word, source, longest)
            if not any(piece in missing for piece in pieces):
                break
            for piece, times in pieces.items():  # in place: the Counter is not built anew
                if (left := missing[piece] - times) > 0:
                    missing[piece] = left
                else:
                    missing.pop(piece, None)
        if not missing:
            break
    return missing


def _pieces(word: str, parts: Counter[str], longest: int) -> Counter[str]:
    """``word`` as two or more of ``parts`` run together, none used more often than it
    counts, or nothing: longest pieces first, giving up after ``PIECE_TRIES`` tries for
    each of its characters."""
    used: Counter[str] = Counter()
    trail: list[str] = []  # the pieces taken, one for each frame above the first
    # Where the next piece starts and its end to try; the first piece is never the word.
    frames = [(0, min(len(word) - 1, longest))]
    for _ in range(PIECE_TRIES * (len(word) + 1)):
        if not frames:
            break
        start, end = frames[-1]
        if start == len(word):
            return +used
        if end <= start:  # no piece from here: take back the one that led here
            frames.pop()
            if trail:
                used[trail.pop()] -= 1
            continue
        frames[-1] = (start, end - 1)
        piece = word[start:end]
        if used[piece] < parts[piece]:
            used[piece] += 1
            trail.append(piece)
            frames.append((end, min(len(word), end + longest)))
    return Counter()
