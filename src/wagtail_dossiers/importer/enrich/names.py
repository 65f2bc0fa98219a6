"""Detecting organisation names in text that the registry does not know.

Conservative heuristics over capitalised words: words before a legal form, runs of
capitalised words inside a sentence and all-caps acronyms, outside the spans that
are already a known organisation or a link. The enrichment entry point reports
each such name once per document as a warning, so an editor can add it to the
registry; nothing is linked from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ._common import _set
from .organisations import ARTICLES, LEGAL_FORMS

NAME_WORD_RE = re.compile(r"[^\W\d_](?:\w|['’-](?=\w))*")
LEGAL_FORM_RE = re.compile(r"(?<!\w)(?:vzw|ivzw|v\.z\.w\.|asbl)(?!\w)", re.IGNORECASE)
LEGAL_FORMS_LOWER = ("vzw", "v.z.w.", "asbl")  # what each match holds ("ivzw" holds "vzw")
POSSESSIVE_RE = re.compile(r"['’]s$")
OPENING_QUOTES = "\"'“‘«„"
SENTENCE_ENDS = ".!?…:;•*·–—-\n\r"
# Capitalised at the start of a sentence for grammar, not because they are a name.
FUNCTION_WORDS = _set(
    "de het een en of maar ook als dat die dit deze in op met bij voor van naar door "
    "over om tot uit aan via vanaf tijdens zoals samen waar wat wie hoe nu dan zo ons "
    "onze hun zijn haar je jouw uw wij we zij ze hij ik u the a an and or of on in at for "
    "with by from to our their le la les"
)
# All-caps words that are not organisations.
NOT_ACRONYMS = _set(
    "LGBT LGBTI LGBTQ LGBTQI LGBTQIA COVID CEO PDF FAQ BTW WWW HTML URL ICT DIY EUR USA BIS TIP "
    "NEW VZW IVZW ASBL"
)
ROMAN_RE = re.compile(r"[IVXLCDM]+")


def _capital_spots(capital: str) -> re.Pattern[str]:
    """What every candidate name but a legal-form one contains (see ``_may_hold_names``),
    matched at each capital in turn: three capitals, or a capitalised word's last
    letter, the spaces after it and the next word's capital."""
    return re.compile(rf"{capital}(?={capital}{{2}}|\S*(?<=\w)(?P<spaces>[^\S\n]+){capital})")


# A capital is any letter but a-z (all a regular expression can say without
# Unicode classes), which in ASCII text is A-Z: a class much faster to scan for.
CAPITAL_SPOT_RE = _capital_spots(r"[^\W\d_a-z]")
ASCII_CAPITAL_SPOT_RE = _capital_spots("[A-Z]")


class _Name(NamedTuple):
    text: str
    start: int
    end: int


def _unknown_names(text: str, known: list[tuple[int, int]]) -> list[str]:
    """Capitalised names in ``text`` that look like organisations, outside ``known`` spans.

    Conservative: words before a legal form (``Rebelle vzw``), runs of two or more
    capitalised words inside a sentence (not in quotes: those are titles of works),
    and all-caps words of three or more letters (``SAAMO``).
    """
    if not _may_hold_names(text, known):
        return []
    found = [
        _Name(text[m.start() : m.end()], m.start(), m.end()) for m in NAME_WORD_RE.finditer(text)
    ]
    candidates: list[_Name] = []
    for legal in LEGAL_FORM_RE.finditer(text):
        run = _run_before(text, found, legal.start())
        if run:
            candidates.append(_Name(text[run[0].start : legal.end()], run[0].start, legal.end()))
    for run in _capitalised_runs(text, found):
        candidates.append(
            _Name(_strip_possessive(text[run[0].start : run[-1].end]), run[0].start, run[-1].end)
        )
    caps = [len(word.text) > 1 and word.text.isupper() for word in found]
    for index, word in enumerate(found):
        bare = _strip_possessive(word.text)
        if _is_acronym(bare) and not _in_shouting(caps, index):
            candidates.append(_Name(bare, word.start, word.end))

    accepted: list[_Name] = []
    taken = list(known)
    for name in candidates:
        if not any(name.start < end and start < name.end for start, end in taken):
            accepted.append(name)
            taken.append((name.start, name.end))
    return [name.text for name in sorted(accepted, key=lambda name: name.start)]


def _may_hold_names(text: str, known: list[tuple[int, int]]) -> bool:
    """False only when ``_unknown_names`` is sure to find nothing: a cheap first look.

    Most cards hold no unknown name, and the full detector reads every word. A
    name it accepts lies outside ``known`` and holds a legal form, three capitals
    (an acronym) or two capitalised words joined by spaces; ``CAPITAL_SPOT_RE``
    finds the last two as spots that lie inside the name. When every spot touches
    a known span, the detector could only find names it would then reject.
    """
    if _may_hold_legal_form(text):
        return True
    spots = ASCII_CAPITAL_SPOT_RE if text.isascii() else CAPITAL_SPOT_RE
    for spot in spots.finditer(text):
        if spot["spaces"] is None:
            start, end = spot.start(), spot.start() + 3
        else:
            start, end = spot.start("spaces") - 1, spot.end("spaces") + 1
        if not any(start < known_end and known_start < end for known_start, known_end in known):
            return True
    return False


def _may_hold_legal_form(text: str) -> bool:
    # In ASCII text, case-insensitive matching is lower-casing: three substring
    # tests rule out most cards far faster than the regular expression can.
    if text.isascii():
        lowered = text.lower()
        if not any(form in lowered for form in LEGAL_FORMS_LOWER):
            return False
    return LEGAL_FORM_RE.search(text) is not None


def _is_capitalised(word: str) -> bool:
    return word[0].isupper()


def _is_acronym(word: str) -> bool:
    return (
        len(word) >= 3
        and word.isalpha()
        and word.isupper()
        and word not in NOT_ACRONYMS
        and not ROMAN_RE.fullmatch(word)
    )


def _in_shouting(caps: list[bool], index: int) -> bool:
    """Three all-caps words in a row are shouting, not acronyms."""
    return any(
        all(caps[first : first + 3]) and first + 3 <= len(caps)
        for first in range(max(0, index - 2), index + 1)
    )


def _strip_possessive(name: str) -> str:
    return POSSESSIVE_RE.sub("", name)


def _joined(text: str, left: _Name, right: _Name) -> bool:
    between = text[left.end : right.start]
    return bool(between) and between.isspace() and "\n" not in between


def _run_before(text: str, found: list[_Name], position: int) -> list[_Name]:
    """The capitalised words right before ``position`` (a legal form), at most five."""
    before = [word for word in found if word.end <= position]
    if not before or not text[before[-1].end : position].isspace():
        return []
    run = [before[-1]]
    for word in reversed(before[:-1]):
        if len(run) == 5 or not _joined(text, word, run[0]) or not _is_capitalised(word.text):
            break
        run.insert(0, word)
    return run if _is_capitalised(run[-1].text) else []


def _capitalised_runs(text: str, found: list[_Name]) -> Iterator[list[_Name]]:
    run: list[_Name] = []
    for word in [*found, None]:
        if word and _is_capitalised(word.text) and (not run or _joined(text, run[-1], word)):
            run.append(word)
            continue
        if run:
            yield from _name_run(text, run)
        run = [word] if word and _is_capitalised(word.text) else []


def _name_run(text: str, run: list[_Name]) -> Iterator[list[_Name]]:
    if run[0].start and text[run[0].start - 1] in OPENING_QUOTES:
        return
    if _sentence_start(text, run[0].start):
        # "Het Groot Verzet ..." names "Groot Verzet"; "Ieders Stem Telt ..." cannot be split.
        if run[0].text.casefold() not in FUNCTION_WORDS:
            return
        run = run[1:]
    if len(run) >= 2:
        yield run


def _sentence_start(text: str, position: int) -> bool:
    index = position - 1
    while index >= 0 and (text[index] in " \t\u00a0" or text[index] in OPENING_QUOTES + "(["):
        index -= 1
    return index < 0 or text[index] in SENTENCE_ENDS


def _name_key(name: str) -> str:
    parts = _strip_possessive(name).casefold().split()
    if len(parts) > 1 and parts[-1] in LEGAL_FORMS:
        parts = parts[:-1]
    if len(parts) > 1 and parts[0] in ARTICLES:
        parts = parts[1:]
    return " ".join(parts)
