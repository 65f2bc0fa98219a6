"""Lines that end in `:` and what they do to the line below: a field's label over its value
(`Werkgebied:` / `Noorderpark`), a short name heading its part (`Vervoer:`), or a clause that
leads in to a list (`Er zijn drie soorten:`); and a website's address alone on its line.
"""

from __future__ import annotations

import re

from .blocks import Kind, SourceBlock
from .context import Context
from .evidence import Shape
from .wording import ADDRESS_RE, ASKING_WORDS, OPENING_WORDS, QUESTION_WORDS, modal

# A website's address on a line of its own: `www.heemkunde-limburg.be`, `https://…`.
WEB_ADDRESS_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


# Two names of one field joined (`Begeleiding en overleg:`, `Time and place:`).
JOINING_WORDS = frozenset(["en", "and", "&", "of", "or"])


def field_label(context: Context, i: int, shape: Shape) -> bool:
    """A word or three ending in `:` over a line of text: a field's label (`Wanneer:`,
    `Begeleiding en overleg:`)."""
    value = context.block(i + 1)
    tokens = [word.strip(":").casefold() for word in context.blocks[i].text.split()]
    words = set(tokens)
    joined = len(tokens) == 3 and tokens[1] in JOINING_WORDS and shape.function_words == 1
    return (
        shape.last_mark == ":"
        and shape.words <= 3
        and (not shape.function_words or words <= QUESTION_WORDS or joined)
        and shape.first == "upper"
        and value is not None
        and value.kind is Kind.TEXT
    )


def names_a_part(context: Context, i: int, shape: Shape) -> bool:
    """A short name ending in `:` standing alone above a list or a text (`Vervoer:`,
    `Activiteiten het hele jaar door:`) heads it; a clause (`Er zijn drie soorten:`, `De
    raad bestaat uit:`) or a line written right above its list leads in to it."""
    block = context.blocks[i]
    if shape.last_mark != ":" or shape.words > 8 or shape.first != "upper":
        return False
    following = context.block(i + 1)
    if following is None or following.kind not in (Kind.TEXT, Kind.ITEM):
        return False
    words = block.text.split()
    # A question the part answers (`What this grant can be spent on:`, `Wie kan er
    # deelnemen:`) heads it however it is spaced, as a question mark would.
    # Not a clause that goes on after a comma (`Wanneer je je inschrijft, moet je …:`).
    if words[0].casefold() in ASKING_WORDS and len(words) >= 3 and "," not in block.text:
        return not block.spacing or context.unspaced or block.blank_before
    if shape.words > 6 or block.spacing and not (block.blank_before and block.blank_after):
        return False
    return (
        words[0].casefold().strip("(:") not in OPENING_WORDS
        and not any(modal(word.strip(",:")) for word in words)
        and not ADDRESS_RE.search(block.text)
    )


def web_address(block: SourceBlock) -> bool:
    """The block is a website's address and nothing else (`www.heemkunde-limburg.be`)."""
    return bool(WEB_ADDRESS_RE.fullmatch(block.text.strip()))


def under_label(context: Context, i: int) -> bool:
    """Block ``i`` is written on the line right under one that ends in `:`: its value."""
    above = context.block(i - 1)
    block = context.blocks[i]
    return (
        (not block.blank_before or not block.spacing)
        and above is not None
        and above.kind is Kind.TEXT
        and context.shapes[i - 1].last_mark == ":"
    )
