"""Small judgements about a piece of prose, shared by the readers and the structure model.

Each function answers one question (does this end a sentence? is this line only an address
or a number?) from the shape of the text alone: punctuation, length, capitals. None of them
knows the wording of any particular dossier; wording is the detectors' job.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from .detectors import EMAIL_RE, HIDDEN_EMAIL_RE, PHONE_RE

# Closing quotes and brackets that may follow a sentence's final mark: `… weten.”`.
CLOSERS = "\"'”’»)]"
_CLOSER = f"[{re.escape(CLOSERS)}]"
TERMINAL_RE = re.compile(rf"[.!?…:]{_CLOSER}*$")
# A mark that ends a sentence, then a new sentence starting with a capital. The word
# before a full stop must be 3+ characters so that `Dr. Peeters` or `i.s.m. Okra` is
# not a break; `...`, `!`, `?` and `…` always are.
SENTENCE_BREAK_RE = re.compile(rf"(?:(?<=\w{{3}})\.|\.\.\.|[!?…]){_CLOSER}*\s+[\"'“‘«(]*(\w)")
# An ellipsis that opens a text (`… Vertrouw ons`) ends no sentence: it goes on one.
OPENING_ELLIPSIS = " .…"
# Fragments that attach to the previous one without a space: `integreren` + `, als`.
NO_SPACE_BEFORE = tuple(",.;:!?)")
DOSSIER_LABEL_RE = re.compile(r"(?P<prefix>dossiers?\s*:)\s*(?P<label>.*)", re.IGNORECASE)
HEADING_MAX_CHARS, HEADING_MAX_WORDS = 90, 12
QUESTION_MAX_CHARS = 250  # an FAQ's question may be a long sentence


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with `.`, `!`, `?`, `…` or `:` (closing quotes allowed)."""
    return bool(TERMINAL_RE.search(text.rstrip()))


def goes_on(text: str, above: str, *, unbroken: bool = False) -> bool:
    """A line written right under ``above``, not indented, is more of it: it starts in lower
    case or with punctuation, or the line above stopped mid-sentence (an export broke one
    item over lines). In a text that writes each paragraph on one line (``unbroken``), a line
    that opens in capitals starts anew; so does one that says the line above again (a
    breadcrumb's last step, then the page's name)."""
    first = text[:1]
    if first.islower() or unicodedata.category(first or " ").startswith("P"):
        return True
    if unbroken or text.casefold() == above.casefold():
        return False
    return not ends_sentence(above)


def breaks_off(text: str) -> bool:
    """The text stops after a word that wants more (`… de aankoop van de grond en met een`)."""
    words = text.split()
    return bool(words) and words[-1].casefold() in DANGLING_WORDS


def left_the_list(text: str, indent: int, list_indent: int, above: str) -> bool:
    """A line that stands left of a list's markers and opens in capitals is past the list,
    though its last item ends in no full stop (`  • De Kelder, …` / `De huurprijzen …`); not
    where that item breaks off after a word that wants more (`… ligt in de` / `Kerkstraat`)."""
    return indent < list_indent and text[:1].isupper() and not breaks_off(above)


def sentence_count(text: str) -> int:
    """How many sentences ``text`` holds (a break followed by a capital starts one)."""
    text = text.lstrip(OPENING_ELLIPSIS)
    return 1 + sum(1 for m in SENTENCE_BREAK_RE.finditer(text) if m.group(1).isupper())


def has_sentence_break(text: str) -> bool:
    """True when a sentence ends inside ``text`` and another starts with a capital."""
    text = text.lstrip(OPENING_ELLIPSIS)
    return any(m.group(1).isupper() for m in SENTENCE_BREAK_RE.finditer(text))


def join_fragments(fragments: list[str]) -> str:
    """Join the pieces of a text broken over lines: one space, none before `,` `.` `)` …"""
    joined = ""
    for fragment in fragments:
        fragment = fragment.strip()
        if not fragment:
            continue
        if joined and not fragment.startswith(NO_SPACE_BEFORE):
            joined += " "
        joined += fragment
    return joined


def escape(text: str) -> str:
    """Text as an inline HTML fragment: imported text is text, never markup."""
    return html.escape(text, quote=False)


def _last_mark(text: str) -> str:
    return text.rstrip().rstrip(CLOSERS)[-1:]


def _is_short_line(text: str, max_chars: int, max_words: int) -> bool:
    return 0 < len(text) <= max_chars and len(text.split()) <= max_words


def looks_like_card_label(text: str, *, questions: bool = False) -> bool:
    """A bullet that names its card (`Klimaatcafés`, `Groene podia:`) rather than telling;
    with ``questions``, also one that only asks what the text under it answers (`Hoe kan ik
    lid worden?`, an accordion's question set on a line of its own, as long as a question
    may be)."""
    if has_sentence_break(text):
        return False
    if questions and _last_mark(text) == "?":
        return 0 < len(text) <= QUESTION_MAX_CHARS
    short = _is_short_line(text, HEADING_MAX_CHARS, HEADING_MAX_WORDS)
    return short and _last_mark(text) not in tuple(".!?,;…")


# Small words a name never ends on: a line that ends in one breaks off a sentence
# (`De vrijwilligers van` / `Okra Zoersel helpen …`).
DANGLING_WORDS = frozenset([
    "de", "het", "een", "en", "of", "van", "in", "op", "te", "voor", "met", "aan", "bij", "door",
    "om", "tot", "uit", "naar", "over", "als", "dat", "die", "zoals", "waaronder", "namelijk",
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "from",
    "as", "that", "including", "like",
])  # fmt: skip


def names_the_line_below(first: str, rest: str) -> bool:
    """A short naming line over a sentence of its own on the next line: an item's title
    (`Natuurbeheer` / `Je helpt mee …`), or the question it answers (`Wie kan lenen?` / `Elke
    vereniging …`, an FAQ's); not a sentence wrapped in two."""
    words = first.split()
    if not words or words[-1].casefold() in DANGLING_WORDS or not rest.lstrip()[:1].isupper():
        return False
    answered = _last_mark(rest) != "?"  # a question over another asks on: the reader's
    return looks_like_card_label(first, questions=answered)


@dataclass
class ContactDetail:
    """A line that only gives an e-mail address and/or a phone number, perhaps labelled."""

    email: str
    phone: str
    label: str  # what was left around them, e.g. `E-mail` or `Tel.`


def contact_detail(text: str) -> ContactDetail | None:
    """Read ``text`` as a contact detail line, or ``None`` if it says more than that.

    A line may give both, each with its short label (`m. +32 474 … - e. an [at] demos.be`).
    An address hidden from robots is read as the address; its words as written stay in the
    label, so the report keeps them.
    """
    email = EMAIL_RE.search(text)
    hidden = None if email else HIDDEN_EMAIL_RE.search(text)
    rest = _cut(text, email or hidden)
    phone = PHONE_RE.search(rest)
    if not email and not hidden and not phone:
        return None
    rest = " ".join(_cut(rest, phone).split()).strip(" ,;|/")
    parts = [part for part in re.split(r"\s[-–|]\s|\s{2,}", rest) if part.strip()]
    if not all(_is_field_label(part) for part in parts or [""]):
        return None
    address = email.group(0) if email else f"{hidden[1]}@{hidden[2]}" if hidden else ""
    if hidden:
        rest = f"{rest} {hidden.group(0)}".strip()
    return ContactDetail(
        email=address,
        phone=phone.group(0).strip() if phone else "",
        label=rest,
    )


def _cut(text: str, match: re.Match[str] | None) -> str:
    """``text`` without the one span ``match`` found (the same address may occur twice)."""
    return text if match is None else f"{text[: match.start()]} {text[match.end() :]}"


def _is_field_label(text: str) -> bool:
    """Nothing, one short word (`Tel.`, `GSM`, `E-mail`) or a short `…:` (`E-mail adres:`).

    Anything longer (`Jan Peeters`) means the line says more than a detail.
    """
    bare = text.strip(" :.-–")
    if not bare:
        return True
    count = len(bare.split())
    return (count == 1 and len(bare) <= 12) or (count <= 2 and text.endswith(":"))
