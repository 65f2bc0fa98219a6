"""The organisation registry and matching its names in text.

``RegistryEntry`` is how the Django layer hands the importer an organisation it
knows, as a plain value; ``Registry`` indexes names, aliases and their shorter
variants once, then finds them as whole, capitalised words, longest first. The
article and legal-form lists also serve the unknown-name detector.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
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
ARTICLES = _set("de het een the le la les l' 't")
LEGAL_FORMS = _set("vzw ivzw v.z.w. asbl a.s.b.l. npo")
APOSTROPHES = str.maketrans("’‘`´", "''''")


def _key(token: str) -> str:
    if token.isspace():
        return " "
    return unicodedata.normalize("NFC", token).casefold().translate(APOSTROPHES)


def _tokenise(text: str) -> list[_Token]:
    return [_Token(_key(m.group()), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


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
        self._index: dict[str, list[_Form]] = {}
        for form in best.values():
            self._index.setdefault(form.tokens[0], []).append(form)
        for forms in self._index.values():
            forms.sort(key=lambda form: -len(form.tokens))

    def find(self, text: str) -> list[tuple[RegistryEntry, str, int, int]]:
        """Registry names in ``text``: ``(entry, matched text, start, end)`` in text order."""
        tokens = _tokenise(text)
        keys = [token.key for token in tokens]
        found: list[tuple[RegistryEntry, str, int, int]] = []
        i = 0
        while i < len(tokens):
            match = self._match_at(text, tokens, keys, i)
            if match:
                form, end_index = match
                start, end = tokens[i].start, tokens[end_index - 1].end
                found.append((form.entry, text[start:end], start, end))
                i = end_index
            else:
                i += 1
        return found

    def _match_at(
        self, text: str, tokens: list[_Token], keys: list[str], i: int
    ) -> tuple[_Form, int] | None:
        forms = self._index.get(keys[i])
        if not forms or (tokens[i].start and text[tokens[i].start - 1].isalnum()):
            return None
        for form in forms:
            end_index = i + len(form.tokens)
            if tuple(keys[i:end_index]) != form.tokens:
                continue
            start, end = tokens[i].start, tokens[end_index - 1].end
            if end < len(text) and text[end].isalnum():
                continue
            if _capitalised(text[start:end], form.written):
                return form, end_index
        return None


def _capitalised(matched: str, registered: str) -> bool:
    if matched == registered:
        return True
    first_letter = next((char for char in matched if char.isalpha()), "")
    return not first_letter or first_letter.isupper()
