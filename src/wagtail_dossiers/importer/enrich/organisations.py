"""The organisation registry and matching its names in text.

``RegistryEntry`` is how the Django layer hands the importer an organisation it
knows, as a plain value; ``Registry`` indexes names, aliases and their shorter
variants once, then finds them as whole, capitalised words, longest first. The
article and legal-form lists also serve the unknown-name detector.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from ._common import _set


@dataclass(frozen=True)
class RegistryEntry:
    """An organisation the site knows: ``key`` finds its record again."""

    key: int | str
    name: str
    aliases: tuple[str, ...] = ()


class _Token(NamedTuple):
    key: str
    start: int
    end: int


class _Form(NamedTuple):
    tokens: tuple[str, ...]
    entry: RegistryEntry
    written: str
    rank: int  # 0: a name or alias as given; 1: a variant derived from one


TOKEN_RE = re.compile(r"\w+|\s+|[^\w\s]")
WORD_RE = re.compile(r"\w+")
ARTICLES = _set("de het een the le la les l' 't")
LEGAL_FORMS = _set("vzw ivzw v.z.w. asbl a.s.b.l. npo")
APOSTROPHES = str.maketrans("’‘`´", "''''")


@functools.lru_cache(maxsize=8192)
def _key(token: str) -> str:
    # Cached: a dossier repeats its words, and normalising each one was a hot spot.
    if token.isspace():
        return " "
    return unicodedata.normalize("NFC", token).casefold().translate(APOSTROPHES)


def _tokenise(text: str) -> list[_Token]:
    return [_Token(_key(m.group()), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


class _Starts:
    """Where a registry name may start: a superset of the tokens whose key is a first key.

    Tokenising every card to look each token up made matching the slowest step
    of an import; a regular expression finds the few candidates instead, and
    ``Registry.find`` checks each of them exactly as before.
    """

    def __init__(self, first_keys: Collection[str]) -> None:
        words = sorted(key for key in first_keys if key.isascii() and WORD_RE.fullmatch(key))
        others = set(first_keys) - set(words)
        # An ASCII mark is its own key, except that ` is read as '.
        marks = {key for key in others if len(key) == 1 and key.isascii()}
        marks |= {"`"} if "'" in marks else set()
        mark_class = f"[{''.join(map(re.escape, sorted(marks)))}]" if marks else ""

        # In ASCII text a word's key is the word in lower case: search the lowered
        # text, with each word's first letter leading so the search can skip ahead.
        by_letter: dict[str, list[str]] = {}
        for word in words:
            by_letter.setdefault(word[0], []).append(re.escape(word[1:]))
        ascii_words = "|".join(
            rf"{letter}(?<!\w.)(?:{'|'.join(sorted(rests, key=len, reverse=True))})"
            for letter, rests in sorted(by_letter.items())
        )
        self._ascii = _alternation(ascii_words and rf"(?:{ascii_words})(?!\w)", mark_class)

        # Elsewhere a key is harder to predict (``ß`` folds to ``ss``, the kelvin sign
        # becomes ``k``), so any word with a non-ASCII letter is a candidate, and so
        # is any non-ASCII mark when a key could come from one.
        self._unicode = _alternation(
            words and rf"(?<!\w)(?i:{'|'.join(map(re.escape, words))})(?!\w)",
            r"(?<!\w)\w*?[^\W\x00-\x7f]\w*",
            mark_class,
            r"(?![\w\s])[^\x00-\x7f]" if others else "",
        )

    def positions(self, text: str) -> Iterator[int]:
        """Candidate token starts in ``text``, in text order."""
        if text.isascii():
            return (match.start() for match in self._ascii.finditer(text.lower()))
        return (match.start() for match in self._unicode.finditer(text))


def _alternation(*patterns: str) -> re.Pattern[str]:
    """One pattern matching any of ``patterns`` (the empty ones left out); never matches if none."""
    return re.compile("|".join(pattern for pattern in patterns if pattern) or r"(?!)")


def _variants(name: str) -> Iterator[str]:
    """Shorter spellings of a name: without a legal form, without a leading article."""
    parts = name.split()
    if len(parts) > 1 and parts[-1].casefold() in LEGAL_FORMS:
        parts = parts[:-1]
        yield " ".join(parts)
    # "De Wakkere Burger" is also written "de Wakkere Burger"; "De Lijn" keeps its article.
    if len(parts) > 2 and parts[0].casefold() in ARTICLES:
        yield " ".join(parts[1:])


class Registry:
    """The organisations an import can link cards to, indexed once for fast matching.

    Names and aliases match as whole words, case-insensitively, but only where the
    text writes them capitalised (or exactly as registered): ``Ferm`` is the
    organisation, ``ferm`` the adjective. At each place the longest name wins.
    """

    def __init__(self, entries: Iterable[RegistryEntry]):
        self.entries = list(entries)
        best: dict[tuple[str, ...], _Form] = {}
        for entry in self.entries:
            for written in (entry.name, *entry.aliases):
                forms = [(written, 0)] + [(variant, 1) for variant in _variants(written)]
                for form, rank in forms:
                    tokens = tuple(token.key for token in _tokenise(form.strip()))
                    if tokens and (tokens not in best or best[tokens].rank > rank):
                        best[tokens] = _Form(tokens, entry, form.strip(), rank)
        self._forms = best
        # For each first token: the token counts of its forms, longest first.
        self._lengths: dict[str, list[int]] = {}
        for tokens in best:
            self._lengths.setdefault(tokens[0], []).append(len(tokens))
        for first, lengths in self._lengths.items():
            self._lengths[first] = sorted(set(lengths), reverse=True)
        self._starts = _Starts(self._lengths.keys())

    def find(self, text: str) -> list[tuple[RegistryEntry, str, int, int]]:
        """Registry names in ``text``: ``(entry, matched text, start, end)`` in text order.

        Reads the text token by token from left to right, a match skipping the
        tokens it covers; only tokens ``_starts`` finds can begin a match, so the
        others are never tokenised at all.
        """
        found: list[tuple[RegistryEntry, str, int, int]] = []
        end = 0
        for start in self._starts.positions(text):
            if start < end:
                continue  # inside the previous match
            if match := self._match_at(text, start):
                end = match[1]
                found.append((match[0].entry, text[start:end], start, end))
        return found

    def _match_at(self, text: str, start: int) -> tuple[_Form, int] | None:
        """The longest form starting with the token at ``start``, and where it ends."""
        token = TOKEN_RE.match(text, start)  # every character is part of a token
        keys, ends = [_key(token.group())], [token.end()]
        lengths = self._lengths.get(keys[0])
        if not lengths or (start and text[start - 1].isalnum()):
            return None
        while len(keys) < lengths[0] and (token := TOKEN_RE.match(text, ends[-1])):
            keys.append(_key(token.group()))
            ends.append(token.end())
        for length in lengths:
            form = self._forms.get(tuple(keys[:length])) if length <= len(keys) else None
            if form is None:
                continue
            end = ends[length - 1]
            if end < len(text) and text[end].isalnum():
                continue
            if _capitalised(text[start:end], form.written):
                return form, end
        return None


def _capitalised(matched: str, registered: str) -> bool:
    if matched == registered:
        return True
    first_letter = next((char for char in matched if char.isalpha()), "")
    return not first_letter or first_letter.isupper()
