"""What a block's words say about who and what: the small words, someone who acts, names.

Word lists and checks the evidence (``evidence.measure``) and the contacts read, apart from
the shape of the block: they are about the language, Dutch and English.
"""

from __future__ import annotations

import re

# A heading over who to contact: `Contact`, `Contactpersoon:`, `Contact us`, `Kontakt`.
CONTACT_HEADING_RE = re.compile(
    r"(contact(persoon|personen|gegevens| us| person| details)?|kontakt|contactez-nous)\s*:?",
    re.IGNORECASE,
)
# The small words of Dutch and English: a label holds at most one, an alt text few.
FUNCTION_WORDS = frozenset([
    "de", "het", "een", "en", "van", "in", "op", "te", "voor", "met", "is", "zijn", "aan", "als",
    "bij", "door", "dat", "die", "dit", "om", "of", "ook", "tot", "uit", "naar", "over", "hoe",
    "wat", "wie", "waar", "je", "we", "ze", "hun", "onze", "jouw",
    "the", "a", "an", "and", "of", "to", "in", "on", "for", "with", "is", "are", "by", "from",
    "at", "how", "what",
])  # fmt: skip
ARTICLES = frozenset(["de", "het", "een", "the", "a", "an"])
# Words a phrase opens with that goes on a statement (`Met regionale partners`, `For young
# people`): what a section's heading may be, never the name of an overview's item.
PREPOSITIONS = frozenset([
    "van", "in", "op", "voor", "met", "aan", "bij", "door", "om", "tot", "uit", "naar", "over",
    "of", "to", "on", "for", "with", "by", "from", "at", "into",
])  # fmt: skip
# Words a clause or a lead-in opens with, not a name: `Er zijn …`, `Zo helpen …`, `Enkele …`.
OPENING_WORDS = FUNCTION_WORDS | frozenset([
    "er", "zo", "hier", "daar", "daarom", "dan", "nu", "enkele", "sommige", "alle", "veel",
    "deze", "onze", "hij", "zij", "ik", "u", "jij",
    "there", "so", "here", "some", "all", "many", "few", "several", "these", "those", "this",
    "our", "they", "it",
])  # fmt: skip
# Words that end like a verb that agrees with its subject (`-t`) and are none.
NOT_VERBS = frozenset(["niet", "niets", "nooit", "echt", "meest", "best", "ooit", "eerst"])
# What must, may or will be: the words of rules and criteria, not of someone who acts.
MODALS = frozenset([
    "moet", "moeten", "mag", "mogen", "kan", "kunnen", "zal", "zullen", "dient", "dienen",
    "must", "should", "may", "might", "will", "shall", "can", "could", "need", "needs",
])  # fmt: skip
# The page speaking to its reader or for its writer: `je`, `u`, `you`; `we`, `ons`, `our`.
# As written, not folded: `US` and `Type U` are no one's address.
_ADDRESS = [
    "je",
    "jij",
    "jou",
    "jouw",
    "u",
    "uw",
    "jullie",
    "ik",
    "we",
    "wij",
    "ons",
    "onze",
    "you",
    "your",
    "us",
    "our",
]


def _words_re(words: list[str]) -> re.Pattern[str]:
    return re.compile(
        r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in words) + r")\b(?!-)"
    )


ADDRESS_RE = _words_re(_ADDRESS)
# … and the reader alone: `je`, `u`, `jullie`, `you`.
READER_RE = _words_re(_ADDRESS[: _ADDRESS.index("ik")] + ["you", "your"])
# A letter's or a blog's salutation (`Beste leden,`, `Hi folks`, `Dear members`): how the
# writer opens the text, not a heading over it.
GREETING_RE = re.compile(
    r"\W*(?:hi|hello|hallo|hey|dear|beste|lieve|geachte|goedemorgen|goeiedag|good morning)\b"
    r"[^.?:;]{0,40}[,!]?",
    re.IGNORECASE,
)
# A button's label, as old sites print it on a line of its own: a thing and what to do with
# it (`Projectsubsidie aanvragen`, `Formulier downloaden`), or a bare imperative (`BEZOEK
# HUN SITE`, `Visit their site`).
_BUTTON_VERBS = (
    r"(?:aanvragen|indienen|aanmelden|inschrijven|downloaden|bestellen|reserveren|doneren|"
    r"bekijken)"
)
# A button's label: `Projectsubsidie aanvragen`, or the verb first (`Aanvragen erkenning`).
BUTTON_RE = re.compile(
    rf"\W*(?:[\w'’-]+\s+){{0,3}}{_BUTTON_VERBS}\W*|\W*{_BUTTON_VERBS}(?:\s+[\w'’-]+){{1,4}}\W*|"
    r"\W*(?:bezoek|visit|apply)\s+[\w'’-]+(?:\s+[\w'’-]+){0,5}\s*",  # words apart: one pass
    re.IGNORECASE,
)
# Questions a fact sheet's labels ask: `Wat:`, `Voor wie:`, `When:`.
QUESTION_WORDS = frozenset(
    ["wat", "wie", "waar", "wanneer", "hoe", "waarom", "voor", "what", "who", "where", "when",
     "how", "why", "for"]
)  # fmt: skip
# The words a question opens with, as a heading may ask one without its mark.
ASKING_WORDS = QUESTION_WORDS - {"voor", "for"} | {"welke", "which"}
# A capital that starts a word inside a sentence: not after a full stop, a colon, a dash,
# a closing quote or the start (`… deelt Avansa Kempen …`, not `… gaan. Okra …`).
NAME_RE = re.compile(r"(?<![.!?:…–—\-\"'’”)»\]*\s])\s+[\"'‘“(«\[*]*[A-ZÀ-ÖØ-Þ]")


def proper_names(text: str) -> int:
    """How many words inside the sentences of ``text`` start with a capital: the names of
    who and what (`Okra`, `Avansa Limburg`, `VI.BE`) that initiatives are told with."""
    return len(NAME_RE.findall(text))


def name_and_role(text: str) -> tuple[str, str]:
    """`An Peeters - coördinator`: the person and what they do, where a dash parts them."""
    name, dash, role = text.partition(" - ")
    if not dash:
        name, dash, role = text.partition(" – ")
    if dash and 2 <= len(name.split()) <= 5 and role.strip():
        return name.strip(), role.strip()
    return text, ""


def acts(tokens: list[str]) -> bool:
    """Opens with someone who acts: an article (`De gemeente stelt …`), or a name and a verb
    that agrees with it (`Vief lanceert …`, `Femma organiseert …`)."""
    if not tokens or not tokens[0].istitle():
        return False
    first = tokens[0].casefold()
    if first in ARTICLES:
        return True
    # The name may run on (`Kunstenhuis Noord plaatst`, `Organisatie 3-12 doet`): the verb is
    # the first word in lower case after it.
    rest = tokens[1:5]
    at = next((n for n, token in enumerate(rest) if not name_part(token)), len(rest))
    verb = rest[at] if at < len(rest) else ""
    return first not in FUNCTION_WORDS and _agrees(verb)


def _agrees(word: str) -> bool:
    """``word`` reads as a verb that agrees with a subject before it (`lanceert`, `zoekt`)."""
    return (
        word.islower()
        and len(word) >= 4
        and word.endswith("t")
        and word not in FUNCTION_WORDS
        and word not in MODALS
        and word not in NOT_VERBS
    )


def opens_with_a_name(tokens: list[str]) -> bool:
    """The text opens with who or what it is about: a name of two words or more (`Domus
    Mundi …`, `De Lork …`), or a name and its verb (`Vief lanceert …`); not with a time, a
    place or an activity (`Op maandag …`, `Ondersteuning bij …`), where names come later."""
    if not tokens or not name_part(tokens[0]):
        return False
    first = tokens[0].casefold().strip("(\"'‘“")
    if first in ARTICLES:  # `De Lork …`; `De feestcommissie zoekt …`, not `Een mooie reis`
        return len(tokens) > 1 and (tokens[1][:1].isupper() or any(map(_agrees, tokens[2:4])))
    if first in OPENING_WORDS:
        return False
    if len(tokens) > 1 and name_part(tokens[1]) and tokens[1].casefold() not in FUNCTION_WORDS:
        return True
    return acts(tokens)


def name_part(token: str) -> bool:
    """A word of a name: capitalised, or a number (`Project 3-12`)."""
    return token[:1].isupper() or any(ch.isdigit() for ch in token)


# `3-12`, `2.4`: the number of one of many; not a date, a phone number or a version's
# many parts.
NUMBERED_RE = re.compile(r"\d{1,3}[-.]\d{1,3}")


def numbered_name(text: str) -> bool:
    """Opens with a name that numbers one of many (`Project 3-12 …`, `Initiatief 2.4 …`)."""
    tokens = text.split(maxsplit=2)
    return (
        len(tokens) >= 2
        and tokens[0].istitle()
        and tokens[0].casefold() not in FUNCTION_WORDS
        and bool(NUMBERED_RE.fullmatch(tokens[1].rstrip(":,")))
    )


# Modals that are also a month or a name when capitalised: `May`, `Will`.
NAMES_TOO = frozenset(["may", "will", "can"])


# What a lead-in calls its items when they are groups, organisations or projects, each with a
# name of its own (`Er zijn 3 buurtcomités werkzaam:`, `The following groups meet here:`):
# plurals, ends of Dutch compounds too (`jeugdverenigingen`).
COLLECTIVES = (
    "comités", "comites", "verenigingen", "organisaties", "projecten", "initiatieven", "groepen",
    "clubs", "kringen", "koepels", "adviesraden", "centra", "fondsen", "bewegingen", "werkingen",
    "organisations", "organizations", "groups", "projects", "initiatives", "charities",
    "associations", "committees", "councils", "centres", "centers", "networks", "societies",
    "trusts",
)  # fmt: skip
TOKEN_RE = re.compile(r"\w+")
# Words that point at what follows (`de volgende`, `these`) or count it.
POINTING = frozenset(["volgende", "deze", "onze", "following", "these", "our"])
# What a heading says its items are (`Voorbeelden van buurtinitiatieven`), and whom a text
# serves (`Subsidies voor verenigingen`: the items are the subsidies, not the groups).
OF_WORDS = frozenset(["van", "of"])
FOR_WORDS = frozenset(["voor", "for", "met", "with", "door", "by", "aan", "to"])
# Groups of people a text is meant for, not groups with names of their own.
AUDIENCES = ("doelgroepen", "leeftijdsgroepen")


def names_collectives(text: str) -> bool:
    """A lead-in or a heading that announces its items as groups or projects: the word for
    them right after a number or a pointing word (`de volgende verenigingen …`, `Onze
    projecten`), or ending a lead-in (`… deze organisaties:`) or a heading that says what
    the items are (`Voorbeelden van buurtinitiatieven`, `Verenigingen`). Not as the subject
    (`Community associations have:`), for whom a text is (`Subsidies voor verenigingen`),
    what a sentence does (`De gemeente steunt buurtprojecten`) or in a web address."""
    lead_in = text.rstrip().endswith(":")
    found = [
        (m.group().casefold(), text[m.start() - 1 : m.start()]) for m in TOKEN_RE.finditer(text)
    ]
    tokens = [token for token, _ in found]
    for at, (token, mark) in enumerate(found):
        if not token.endswith(COLLECTIVES) or token.endswith(AUDIENCES) or mark in ("/", ".", "@"):
            continue
        before = tokens[at - 1] if at else ""
        # A number or a pointing word right before it or one word further (`onze lokale
        # verenigingen`, `our partner organisations`).
        if any(word.isdigit() or word in POINTING for word in tokens[max(at - 2, 0) : at]):
            return True
        ends = at == len(tokens) - 1 and not any(word in FOR_WORDS for word in tokens[:at])
        # What the items are, said in the heading's last words: the word alone, after `van`
        # (`Voorbeelden van lokale buurtinitiatieven`), or after one Dutch adjective
        # (`Deelnemende verenigingen`, `Lokale initiatieven`).
        said = at == 0 or before in OF_WORDS or at >= 2 and tokens[at - 2] in OF_WORDS
        if ends and (lead_in or said or at == 1 and before.endswith("e")):
            return True
    return False


def modal(word: str) -> bool:
    """``word`` says what must, may or will be (`moet`, `Mag`, `must`); `May` is a month."""
    folded = word.casefold()
    return folded in MODALS and (word.islower() or folded not in NAMES_TOO)
