"""Deriving a short card title from the start of a card's text.

A title-like first sentence is split off the plain text and the same words are
removed from the card's HTML, walking through entities and inline formatting; if
the HTML cannot lose exactly those words, the card keeps its text whole. The
title's words move, never copy, so enrichment still neither drops nor repeats one.
"""

from __future__ import annotations

import html
import re

from ..document import Initiative
from ..words import words_moved
from ._common import _set
from .links import TAG_RE, _scan_links

MAX_TITLE_WORDS = 8
MAX_TITLE_CHARS = 60
SENTENCE_END_RE = re.compile(r"(?:…|[.?!])+(?=\s)")
LAST_WORD_RE = re.compile(r"(\w+)\.$")
# Dutch and English abbreviations that end in a full stop inside a sentence.
ABBREVIATIONS = _set(
    "oa ism bv bijv enz etc nl vb dhr mevr mr dr prof st nr vgl resp ca incl excl "
    "evt max min tel zgn mbt ivm ipv nav eg ie vs"
)
PAIRS = [("(", ")"), ("[", "]"), ("“", "”")]


def derive_title(text: str) -> tuple[str, str]:
    """Split a short leading title-like sentence off a card's text.

    ``"Gendergelijkheid. We zijn er nog niet."`` gives ``("Gendergelijkheid",
    "We zijn er nog niet.")``: a first sentence of at most eight words and sixty
    characters, ending in ``.`` (dropped), ``?``, ``!`` or ``...`` (kept) and
    followed by a longer text starting a new sentence.

    Returns:
        ``(title, remaining text)``, or ``("", text)`` when the card has no such title.
    """
    stripped = text.lstrip()
    for end in SENTENCE_END_RE.finditer(stripped):
        phrase = stripped[: end.end()]
        if len(phrase) > MAX_TITLE_CHARS + 3 or len(phrase.split()) > MAX_TITLE_WORDS:
            break
        mark = end.group()
        rest = stripped[end.end() :].lstrip()
        previous = LAST_WORD_RE.search(phrase)
        if (
            mark == "."
            and previous
            and (len(previous[1]) == 1 or previous[1].casefold() in ABBREVIATIONS)
        ):
            continue
        if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "“\"‘'(«["):
            continue
        title = phrase[:-1] if mark == "." else phrase
        # A title introduces the card: the text after it says more than it does.
        if _title_like(title) and len(rest.split()) > len(title.split()):
            return title, rest
        break
    return "", text


def _title_like(title: str) -> bool:
    return (
        len(title) <= MAX_TITLE_CHARS
        and any(char.isalpha() for char in title)
        and all(title.count(opening) == title.count(closing) for opening, closing in PAIRS)
        and title.count('"') % 2 == 0
        and not _scan_links(title)
    )


ENTITY_RE = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
FORMAT_TAGS = _set("b strong i em u span")
# Characters that stand for themselves in escaped HTML (no markup, entity or space).
PLAIN_RUN_RE = re.compile(r"[^<&\s]+")


def _remove_leading(fragment: str, phrase: str) -> str | None:
    """``fragment`` without the leading ``phrase`` and the whitespace after it.

    Walks the escaped text character by character; inline formatting around the
    phrase (``<b>Titel.</b> Rest``) goes with it. ``None`` when anything else is
    in the way: then the card keeps its text whole.
    """
    phrase = phrase.strip()
    position, wanted, open_tags = 0, 0, []
    # Two shortcuts give what the walk gives, only sooner: a phrase written out
    # as is (no entity or markup in it) is consumed whole, whitespace included...
    verbatim = "&" not in phrase and "<" not in phrase
    while wanted < len(phrase):
        if wanted == 0 and verbatim and fragment.startswith(phrase, position):
            position, wanted = position + len(phrase), len(phrase)
            continue
        if plain := PLAIN_RUN_RE.match(fragment, position):
            # ... and a run of ordinary characters must equal the phrase's next ones.
            length = min(plain.end() - position, len(phrase) - wanted)
            if fragment[position : position + length] != phrase[wanted : wanted + length]:
                return None
            position, wanted = position + length, wanted + length
            continue
        if fragment.startswith("<", position):
            position = _step_over_tag(fragment, position, open_tags, opening=True)
            if position < 0:
                return None
            continue
        char, following = _char_at(fragment, position)
        # Any run of whitespace matches any other (the text may have normalised it).
        around = phrase[max(0, wanted - 1) : wanted + 1]
        if char.isspace() and (wanted == 0 or any(map(str.isspace, around))):
            while wanted < len(phrase) and phrase[wanted].isspace():
                wanted += 1
        elif char != phrase[wanted]:
            return None
        else:
            wanted += 1
        position = following
    while position < len(fragment):
        if fragment.startswith("<", position):
            following = _step_over_tag(fragment, position, open_tags, opening=False)
        else:
            char, following = _char_at(fragment, position)
            following = following if char.isspace() else -1
        if following < 0:
            break
        position = following
    return None if open_tags else fragment[position:]


def _step_over_tag(fragment: str, position: int, open_tags: list[str], *, opening: bool) -> int:
    """Position after the formatting tag at ``position``, or -1 if it may not be removed."""
    tag = TAG_RE.match(fragment, position)
    if tag and not opening and tag[2].lower() == "br":
        return tag.end()  # a line break right after the title would start the card
    if not tag or tag[2].lower() not in FORMAT_TAGS or tag[0].endswith("/>"):
        return -1
    name = tag[2].lower()
    if tag[1]:
        if not open_tags or open_tags[-1] != name:
            return -1
        open_tags.pop()
    elif opening:
        open_tags.append(name)
    else:
        return -1
    return tag.end()


def _char_at(fragment: str, position: int) -> tuple[str, int]:
    """The character the reader sees at ``position`` (entities decoded), and what follows."""
    if position >= len(fragment):
        return "", position
    if fragment[position] == "&" and (entity := ENTITY_RE.match(fragment, position)):
        decoded = html.unescape(entity.group())
        if len(decoded) == 1:
            return decoded, entity.end()
    return fragment[position], position + 1


def _apply_title(initiative: Initiative) -> None:
    title, rest = derive_title(initiative.text)
    if not title:
        return
    phrase = initiative.text[: len(initiative.text) - len(rest)]
    new_html = initiative.html
    if initiative.html:
        new_html = _remove_leading(initiative.html, phrase)
        # Belt and braces: the html must lose exactly the title's words.
        if new_html is None or not words_moved(initiative.html, new_html, title):
            return
    initiative.title, initiative.text, initiative.html = title, rest, new_html
