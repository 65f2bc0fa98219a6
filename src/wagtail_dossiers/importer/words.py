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
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
WORD_RE = re.compile(r"\w+", re.UNICODE)
TAG_RE = re.compile(r"<[^>]*>")


def normalise(text: str) -> str:
    """Invisible characters removed, then NFC: the form every parser works on.

    Removing first keeps it stable: a zero-width space between a letter and a
    combining mark would otherwise block their composition on the first pass only.
    """
    return unicodedata.normalize("NFC", text.translate(INVISIBLE))


def words(text: str) -> Counter[str]:
    """The words of ``text``, case-folded, with their counts."""
    return Counter(w.casefold() for w in WORD_RE.findall(normalise(text)))


def html_words(fragment: str) -> Counter[str]:
    """The words a reader sees in an HTML fragment (tags dropped, entities decoded)."""
    return words(html.unescape(TAG_RE.sub(" ", fragment)))


def missing_words(source: Counter[str], found: Iterable[Counter[str]]) -> Counter[str]:
    """Words (with how many occurrences) of ``source`` that ``found`` does not cover."""
    total: Counter[str] = Counter()
    for counter in found:
        total.update(counter)
    return source - total
