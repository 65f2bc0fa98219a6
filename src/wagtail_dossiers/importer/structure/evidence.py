"""What one block's text says about it, measured once: small named predicates.

Each predicate answers one question about the shape of a text (is it short, does it end a
sentence, does it look like a file name) and knows no dossier's wording; the classifier
weighs the answers. Phrases (calls to action, contacts, debris) are the detectors' job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..detectors import Detectors
from ..document import Lines
from ..prose import CLOSERS, contact_detail, sentence_count
from .blocks import Kind, SourceBlock
from .wording import FUNCTION_WORDS, GREETING_RE, acts, proper_names

# A caption or a credit: `Foto: …`, `© Naam`, `(c) Naam`, `Beeld via Unsplash`, `Photo by …`.
# A credit's label, which may stand alone with the name on the next line: `Foto's`, `Beeld:`.
CREDIT_WORDS = r"foto(?:['’]s)?|fotografie|beeld|tekst en foto(?:['’]s)?|photos?"
CREDIT_LABEL_RE = re.compile(rf"\W*(?:{CREDIT_WORDS})\s*:?\s*", re.IGNORECASE)
CAPTION_RE = re.compile(
    r"(?:foto(?:['’]s)?|fotografie|beeld|afbeelding|illustratie|photo|image|picture|credit|"
    r"tekst|illustration)(?: ?credits?)?\b\s*(?:[:©–-]|via\b|door\b|by\b|\(c\))|"
    r"(?:photo|image|picture)s? courtesy\b|(?:bron|source)\s*:|©|\(c\)\s|"
    # … who designed or drew it: `Ontwerp poster en illustraties: Nena Peeters`.
    r"(?:ontwerp|vormgeving|design|illustraties)\b[^:.]{0,40}:\s*\w|"
    rf"(?:{CREDIT_WORDS}|tekst|credits?)\s*:?$",
    re.IGNORECASE,
)
# A line that says it is an image: `Header image: banner dorpsfeest`, `Afbeelding: …`.
ALT_PREFIX_RE = re.compile(
    r"(?P<prefix>(?:header[- ]?image|headerafbeelding|header|banner|afbeelding|image|"
    r"alt(?:-?tekst)?)\s*:)\s*(?P<alt>\S.*)",
    re.IGNORECASE,
)
# What an exported image left behind: a file name, a camera's name, a size word.
FILE_NAME_RE = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|tiff?)\b|\b(?:low|high|hi) ?res\b|\b(?:img|dsc|dscn|dsc_)"
    r"[_ -]?\d+|\b\d{6,8}\b|_\w|\b(?:unsplash|pexels|shutterstock|istock|pixabay)\b|"
    # … a camera's or a stock site's long number (`Photo 1531346878377 A5Be…`), a date glued
    # to the name (`20191216Kaartje`), a mock-up or a screenshot
    r"\b\d{12,}\b|\b\d{6,}[^\W\d_]|\b(?:mock-?up|screenshot|schermafdruk)\b|"
    # … and the size or version a photo was saved in, last: `Tim Donck Web 05`, `Zaal LR 2`,
    # `Visual poster WEB`
    r"\b(?:web|low|lr|hr)\s?\d{1,3}\s*$|(?-i:\s(?:WEB|LR|HR))\s*$",
    re.IGNORECASE,
)
# A photo saved under a name and its number, alone on its line: `Dirk2`, `zaal3`.
NUMBERED_NAME_RE = re.compile(r"[^\W\d_]{3,}\d{1,3}")
# Tokens of letters and digits mixed (`M1n8`, `G2`): what a generated file name is made of.
# Not an ordinal or an hour (`17th`, `7.30pm`, `13u30`): dates and times are written so.
CODE_TOKEN_RE = re.compile(
    r"\b(?!\d+(?:st|nd|rd|th|am|pm|u|h)\b|\d{1,2}[uh]\d{2}\b)"
    r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{2,}\b"
)
# `12 maart 2024`, `vrijdag, 16 december, 2022`, `13th April 2023`, `12/03/2024`, `01 apr '17`,
# `2024-03-12`, a line that is only `januari 2023`: the CMS's date, not the page's words.
MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "january|february|march|may|june|july|august|october|"
    # … and as a news listing shortens them (`Fri 14 Feb 2020`, `3 okt. 2021`)
    r"(?:jan|feb|mrt|mar|apr|jun|jul|aug|sept?|okt|oct|nov|dec)\.?"
)
# `Woensdag 20 april 2011`, `20/04/2011`, `2011-04-20`, `April 2011`, and as American
# English writes it, month first (`Wednesday, April 20, 2011`).
DATE_RE = re.compile(
    rf"(?:\b\w{{2,9}}dag,?\s+)?\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:{MONTHS}),?|[/.-]\d{{1,2}}[/.-])\s*['’]?\d{{2,4}}|"
    rf"\b(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*\d{{4}}\b|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|^\W*(?:{MONTHS})\s+\d{{4}}\W*$",
    re.IGNORECASE,
)


def _dated(text: str) -> bool:
    """A line that is a date, perhaps said as a CMS says it (`Posted on 16 March 2023 by
    admin`): the date with a few words, not a sentence with a date in it (`Please reply to
    the secretary before 3/29/2023.`)."""
    match = DATE_RE.search(text)
    return match is not None and len((text[: match.start()] + text[match.end() :]).split()) <= 4


# Opening hours: days and times and the words that join them, nothing else (`Mon - Fri:
# 9:00am - 4:00pm`, `dinsdag 9-12 uur`, `Ma. t/m vr. van 9u tot 12u`): what a site prints in
# its header or footer, and never what a page is called.
_DAYS = (
    r"(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:en)?|ma|di|wo|do|vr|za|zo|weekdagen|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"weekdays?|weekends?"
)
_TIME = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:u|uur|h|am|pm|a\.m\.|p\.m\.)?"
HOURS_TOKEN_RE = re.compile(
    rf"(?:{_DAYS})\.?(?:\s*[-–]\s*(?:{_DAYS})\.?)?|{_TIME}|(?:{_TIME})?\s*[-–]\s*{_TIME}|"
    r"van|tot|en|t/m|tm|to|and|until|till|uur|u|h|am|pm|open|opening hours|openingsuren|"
    r"openingstijden|closed|gesloten|[-–&/,:]",
    re.IGNORECASE,
)
# Tokens apart where they are glued: `dinsdag9-12`, `Fri:9`, `vr.9u`.
HOURS_SPLIT_RE = re.compile(r"\s+|,|(?<=[a-z])(?=\d)|(?<=[a-z][.:])(?=\d)", re.I)
HOURS_DAY_RE = re.compile(rf"(?:{_DAYS})\.?:?", re.IGNORECASE)
# Hours are a span of time (`9-12`, `14u tot 18u`, `9:00am - 4:00pm`): a day and a number alone
# is a date (`Vrijdag 13`), a day and one time an event (`Vrijdag 20u`).
HOURS_SPAN_RE = re.compile(rf"{_TIME}\s*(?:[-–]|tot|to|until|till)\s*{_TIME}", re.IGNORECASE)


def bracketed(text: str) -> bool:
    """``text`` is a remark in brackets (`(from the Annual General Meeting, 2024)`): a note on
    the text, never its heading nor a picture's alt text."""
    text = text.strip()
    return text.startswith("(") and text.endswith(")")


def opening_hours(text: str) -> bool:
    """``text`` is only days and the hours something is open (see ``HOURS_TOKEN_RE``), a
    span of time among them."""
    if len(text) > 80:
        return False
    tokens = [
        token.strip(":") for token in HOURS_SPLIT_RE.split(text) if token and token.strip(":")
    ]
    return (
        any(HOURS_DAY_RE.match(token) for token in tokens)
        and bool(HOURS_SPAN_RE.search(text))
        and all(HOURS_TOKEN_RE.fullmatch(token) for token in tokens)
    )


# A line of a postal address: a street and its number (`Prins Bernhardlaan 8`, `Oude Geelse
# baan 19`, `12 High Street`), or a postcode and its town (`2405 VZ Alphen`, `3690 ZUTENDAAL`).
_STREETS = (
    r"straat|laan|weg|plein|baan|dreef|lei|kaai|steenweg|markt|singel|gracht|dijk|kade|"
    r"street|road|lane|avenue|drive|square|place"
)
_NUMBER = r"(?!(?:19|20)\d\d\b)\d{1,4}[a-z]?"  # a house's number, not a year
_STREET = rf"[A-Z](?i:[\w'’.-]*(?:\s[\w'’.-]+){{0,3}}?\s?(?:{_STREETS}))\s+{_NUMBER}"
# … and the forms a postcode takes: `2405 VZ Alphen`, `3690 ZUTENDAAL`, `B-9000 Gent`.
_POSTCODE = r"(?:[BL]-|NL-)?\d{4}(?:\s?[A-Z]{2})?\s+[A-Z][\w'’-]*(?:\s[\w'’-]+){0,4}"
# A whole address on one line: `Vossenstraat 6 6811 JL Arnhem` (it needs no other line).
_WHOLE = rf"{_STREET},?\s+{_POSTCODE}"
ADDRESS_RE = re.compile(
    rf"{_STREET}(?:\s*(?:bus|box|/)\s*\w{{1,4}})?,?|"
    rf"\d{{1,4}}[a-z]?,?\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{0,2}}\s(?:Street|Road|Lane|Avenue)|"
    rf"{_POSTCODE}|{_WHOLE}"
)
ADDRESS_LINE_RE = re.compile(_WHOLE)
STAMP_SPLIT_RE = re.compile(r"\s+[|·•]\s+")
STAMP_TYPE_RE = re.compile(r"post|bericht|nieuws|news|blog|event|evenement|agenda", re.I)
# Words that say a line describes a picture: what alt texts are made of.
PICTURE_RE = re.compile(
    r"\b(foto|foto's|beeld|afbeelding|portret|illustratie|logo|banner|header|photo|picture|"
    r"image|portrait)\b|"
    r"\w(?:foto|foto's)\b",  # … and Dutch compounds: `groepsfoto`, `Overzichtsfoto alle leden`
    re.IGNORECASE,
)
# A line that says what a picture shows: `Wazige foto van een Pride`, `Logo van de stad`,
# `Portrait of the choir`, `Foto: de zaal` (a caption says who took it: ``CAPTION_RE``).
DEPICTS_RE = re.compile(
    r"(?:^|\s)(?:foto|foto's|beeld|afbeelding|portret|illustratie|logo|tekening|groepsfoto|"
    r"photo|picture|image|portrait|drawing|logo)\s+(?:van|met|uit|op|of|with|from)\s",
    re.IGNORECASE,
)
# Layout names and template placeholders a broken export printed: `item_left`, `{$items.title}`.
# … and widgets' letters: `A A A` (text size), `< >`.
IDENTIFIER_RE = re.compile(r"[a-z]+(?:_[a-z0-9]+)+|[a-z]+[A-Z]\w*|\{+\$?[\w.]+\}+|(?:\w\s+){2,}\w")
CLASS_NAME_RE = re.compile(r"[a-z][\w.-]*")
# A theme's tags under the title: `#Jeugdwerkwerkt`, `Jeugdwerk - Toegankelijkheid - Inclusie`.
TAG_RE = re.compile(r"#\w[\w-]*")
TAG_SEP_RE = re.compile(r"\s+[-–|·/]\s+")
FRAMED_RE = re.compile(r"([|=*#~]+)\s*[^|=*#~]+?\s*\1")
LABEL_TEXT_RE = re.compile(r"(?P<label>[^\s:][^:]{0,60}?)\s*(?::|\s[–—-])\s+(?P<rest>\S.*)", re.S)
BOLD_LEAD_RE = re.compile(
    r"<b>(?P<label>[^<]{1,80})</b>\s*(?P<sep>[:–—-]|<br>)?\s*(?P<rest>\S.*)", re.S
)
LABEL_MAX_WORDS = 5
# Labels that say how a text bears on the text around it, not what it names: a remark.
REMARK_RE = re.compile(r"(bij)?voorbeeld|let op|opgelet|opmerking|noot|nota|n\.?b\.?|"
                       r"(for )?example|(please )?note", re.IGNORECASE)  # fmt: skip


@dataclass
class Shape:
    """The answers for one block; ``text`` kept for the rules that need the words."""

    words: int
    chars: int
    last_mark: str  # the final punctuation mark (closing quotes skipped), or ""
    sentence_break: bool
    sentences: int  # how many sentences it holds
    first: str  # "upper", "lower", "digit", "other"
    all_caps: bool
    framed: bool
    caption: bool
    file_name: bool
    date: bool
    identifier: bool
    pictures: bool  # names a picture (`foto`, `logo`): alt-text words
    depicts: bool  # says what a picture shows (`foto van …`): an alt text
    function_words: int
    label_text: bool  # `Label: text` or `Label – text`, the label short
    bold_label: bool  # the html opens with a bold phrase followed by more text
    debris: bool
    call_to_action: bool
    contact: bool
    person: bool  # a contact with a name and a role (`Tony Cross – Chairman`): one person
    detail: bool  # only an e-mail address or phone number, perhaps labelled
    names: int  # words inside its sentences that start with a capital: names
    menu: bool  # four or more capitalised words and nothing else: a menu's items
    subject: bool  # opens with an article (`De gemeente stelt …`): a sentence about someone
    tags: bool  # hashtags, or short names parted by dashes or bars: `Jeugdwerk - Inclusie`
    greeting: bool  # a salutation: `Beste leden,`, `Hi folks`
    address: bool  # a line of a postal address: `Prins Bernhardlaan 8`, `3690 ZUTENDAAL`
    hours: bool  # only the days and hours something is open: `Mon - Fri: 9:00am - 4:00pm`


def first_kind(text: str) -> str:
    first = next((ch for ch in text if ch.isalnum()), "")
    if not first:
        return "other"
    if first.isdigit():
        return "digit"
    return "lower" if first.islower() else "upper"


def last_mark(text: str) -> str:
    """The mark a text ends in, `…` for dots written out (`...`, `.....`)."""
    end = text.rstrip().rstrip(CLOSERS)
    if end.endswith("..."):
        return "…"
    mark = end[-1:]
    return mark if mark in ".!?:;,…" else ""


def measure(block: SourceBlock, detectors: Detectors) -> Shape:
    """The shape of ``block``. List items and rows only ever play the parts of an item, so
    the questions only a line of text raises (a caption? a call to action?) are not asked."""
    text = block.text
    tokens = text.split()
    count = len(tokens)
    line = block.kind is Kind.TEXT or block.kind is Kind.PAGE_TITLE
    sentences = sentence_count(text)
    stripped = text.strip() if line else ""
    # An item may name a person too (`• Voorzitter: Jan Smis`), but only a short one.
    asked = line and count <= 30 or block.kind is Kind.ITEM and count <= 12
    found = detectors.contact(text, Lines.one(0)) if asked else None
    # `Auteur: Communicatie_PR` names someone (a field's label, then a user name): no file.
    lead = lead_label(stripped) if line and ":" in stripped else None
    labelled = lead is not None and len(lead[1].split()) <= 3
    file_name = (
        line
        and count <= 10
        and bool(
            FILE_NAME_RE.search(text)
            and not labelled
            or ALT_PREFIX_RE.fullmatch(stripped)
            or len(CODE_TOKEN_RE.findall(text)) >= 2
            or NUMBERED_NAME_RE.fullmatch(stripped)
        )
    )
    return Shape(
        words=count,
        chars=len(text),
        last_mark=last_mark(text),
        sentence_break=sentences > 1,
        sentences=sentences,
        first=first_kind(text),
        all_caps=line and text.isupper() and sum(ch.isalpha() for ch in text) >= 3,
        framed=line and bool(FRAMED_RE.fullmatch(stripped)),
        caption=line and count <= 25 and bool(CAPTION_RE.match(stripped)),
        file_name=file_name,
        date=line and count <= 6 and _dated(text),
        identifier=line
        and (count <= 6 and bool(IDENTIFIER_RE.fullmatch(stripped)) or _class_list(stripped)),
        pictures=line and count <= 12 and bool(PICTURE_RE.search(text)),
        depicts=line and count <= 16 and bool(DEPICTS_RE.search(text)),
        function_words=sum(1 for t in tokens if t.casefold().strip(",.:;") in FUNCTION_WORDS)
        if line and count <= 12
        else 0,
        label_text=block.kind is not Kind.LABEL and lead_label(text) is not None,
        bold_label=block.html.startswith("<b>") and not block.html.rstrip().endswith("</b>"),
        debris=line and count <= 40 and (detectors.is_debris(text) or _stamp(text, detectors)),
        call_to_action=line
        and count <= 45
        and detectors.call_to_action(text, block.lines) is not None,
        contact=found is not None,
        person=found is not None and bool(found.name and found.role),
        detail=line and count <= 14 and contact_detail(text) is not None,
        names=proper_names(text) if block.kind is Kind.ITEM else 0,
        menu=line and 4 <= count <= 16 and not file_name and _menu(tokens),
        subject=acts(tokens),
        tags=line and count <= 12 and _tags(stripped),
        greeting=line and count <= 5 and bool(GREETING_RE.fullmatch(stripped)),
        address=line and count <= 8 and bool(ADDRESS_RE.fullmatch(stripped)),
        hours=line and count <= 16 and opening_hours(stripped),
    )


def _stamp(text: str, detectors: Detectors) -> bool:
    """The CMS's stamp over a post, its parts set apart by bars: the type, the date, the
    reading time (`Post | april 2020 | 4 min lezen`)."""
    parts = STAMP_SPLIT_RE.split(text.strip())
    return len(parts) >= 2 and all(
        STAMP_TYPE_RE.fullmatch(part) or DATE_RE.search(part) or detectors.is_debris(part)
        for part in parts
    )


def _tags(text: str) -> bool:
    if text.startswith("#") and all(TAG_RE.fullmatch(token) for token in text.split()):
        return True
    parts = TAG_SEP_RE.split(text)
    return len(parts) >= 3 and all(
        1 <= len(part.split()) <= 3 and first_kind(part) == "upper" and not last_mark(part)
        for part in parts
    )


def _class_list(text: str) -> bool:
    """A body's class names printed by a broken theme (`page-template-default,page,page-id-9`):
    names of lower-case letters, digits and dashes, parted by commas."""
    if "," not in text or len(text) > 2000:
        return False
    names = [name for name in re.split(r"[,\s]+", text) if name]
    return (
        len(names) >= 3
        and all(CLASS_NAME_RE.fullmatch(name) for name in names)
        and any("-" in name or "_" in name for name in names)
    )


def _menu(tokens: list[str]) -> bool:
    """Words that all start with a capital or a digit, no small word, no punctuation: what a
    site's menu leaves as a line (`Pers Literatuur English Contact`, `Info 60+`)."""
    return all(_menu_item(token) for token in tokens)


def _menu_item(token: str) -> bool:
    if token in ("|", "·", "•", "/"):
        return True
    word = token.rstrip("+")
    return (
        bool(word)
        and (word[0].isupper() or word[0].isdigit())
        and word[-1].isalnum()
        and (word.casefold() not in FUNCTION_WORDS)
    )


def lead_label(text: str) -> tuple[str, str] | None:
    """The name a text opens with (`Tip 3: …`, `Kickoff – …`), and the rest; or None.

    A name is short, starts with a capital or a digit and holds at most one small word,
    so that a sentence with a colon in it (`En zo doet de jeugdsector dat: …`) is no label.
    """
    match = LABEL_TEXT_RE.match(text)
    if match is None:
        return None
    label = match["label"].strip()
    tokens = label.split()
    if not tokens or len(tokens) > LABEL_MAX_WORDS or first_kind(label) == "lower":
        return None
    if sum(1 for t in tokens if t.casefold() in FUNCTION_WORDS) > 1 or last_mark(label):
        return None
    if REMARK_RE.fullmatch(label):
        return None  # `Voorbeeld: …`, `Let op: …` go on with the prose, they name nothing
    return label, match["rest"].strip()
