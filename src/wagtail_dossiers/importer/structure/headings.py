"""How well a line fits the parts that name what follows: title, heading, sub-heading and
a card's title. A short line's punctuation, its place (alone between blank lines, above a
list, right under one) and the markup (a heading level, bold) weigh here."""

from __future__ import annotations

import re

from ..detectors import ROLE_RE
from ..messages import gettext_noop
from ..prose import DANGLING_WORDS
from .blocks import Kind, SourceBlock
from .context import NEVER, Context, is_short
from .evidence import Shape, bracketed
from .labels import field_label, names_a_part, under_label, web_address
from .names import is_a_name
from .reasons import Reason

FIRST_END_RE = re.compile(r"[.!?…]|$")
# What a line may read as that makes it no heading: never (a caption, a file name, a date,
# an identifier, opening hours), or hardly ever (the rest: evidence against, not a rule).
NEVER_HEADINGS = ("caption", "file_name", "date", "identifier", "hours")
OTHER_ROLES = ("debris", "call_to_action", "contact", "detail", "greeting", "address")
NOT_HEADINGS = NEVER_HEADINGS + OTHER_ROLES
WRAPPED_MIN_WORDS = 8  # a line this long, its sentence ending on the next, was wrapped


def title(context: Context, i: int, shape: Shape) -> tuple[float, str]:
    block = context.blocks[i]
    if shape.address or role_of_the_name_above(context, i):
        return NEVER, ""  # a street or a town names no page, nor what the person above does
    # A page may be named by what it asks (`Get Involved!`, `Word lid`): its first words.
    named_by_asking = i == context.first_words and is_short(shape, 5, 40)
    others = [name for name in NOT_HEADINGS if not (named_by_asking and name == "call_to_action")]
    if any(getattr(shape, name) for name in others):
        return -3.0, gettext_noop("reads as something else")
    following = context.block(i + 1)
    if shape.last_mark == ":" and shape.words >= 3 and following and following.kind is Kind.ITEM:
        return NEVER, ""  # a clause leading in to its points (`Our aims are as follows:`)
    score, reason = 0.0, gettext_noop("a short line at the top")
    if i in context.named:
        score = 2.0
        reason = gettext_noop("the page's name, as the browser tab or the breadcrumb gives it")
    elif i <= context.first_prose and context.same(i, i + 1):
        score = 1.5  # the CMS prints a page's name twice: its heading, and a link or a copy
        reason = gettext_noop("printed twice at the top, as old sites print a page's name")
    if shape.sentence_break and not block.heading:
        # Sentences that end in a full stop are a paragraph; but two short ones standing
        # alone over the text can be a slogan for a title (`Plezant leesvoer. Ontdek onze
        # Wascabi.`), as `Klaar voor 2025? Ook een verkiezingsjaar` can.
        slogan = is_short(shape, 10, 80) and block.blank_before and block.blank_after
        if shape.last_mark == ":" or shape.last_mark == "." and not slogan:
            return NEVER, ""
        score -= 1.5
    if block.heading:
        score += 3.5 if block.heading < (context.section_level or 7) or block.heading == 1 else 1.5
        reason = gettext_noop("the page's top heading")
    if is_short(shape, 16, 120):
        score += 1.0
    else:
        score -= 3.0
    score -= {".": 0.8, ":": 1.5, ",": 3.0, ";": 3.0}.get(shape.last_mark, 0.0)
    if shape.last_mark == "." and shape.words > 8 and not block.heading:
        score -= 1.5  # a whole sentence (`Live chat is available …`): a notice, not a name
    if under_label(context, i):
        score -= 1.5  # the value written under its label (`Werkgebied:`), not a heading
    if shape.first == "lower":
        if shape.last_mark == "." and not block.heading:
            return NEVER, ""  # the end of a sentence (a logo's tagline), never a page's name
        score -= 1.5
    if block.blank_before and block.blank_after:
        score += 0.5
    return score, reason


def heading_score(context: Context, i: int, shape: Shape) -> tuple[float, str | Reason]:
    block = context.blocks[i]
    if block.heading:
        level = context.section_level or block.heading
        if block.heading <= level:
            return 3.0, Reason(gettext_noop("a level %(level)s heading"), {"level": block.heading})
        below = gettext_noop("a level %(level)s heading, below the section headings")
        return 1.0, Reason(below, {"level": block.heading})
    if block.asked:  # however long, as the accordion showed it over its answer
        return 3.0, gettext_noop("the question a list's item asks, over its answer")
    if any(getattr(shape, name) for name in NEVER_HEADINGS) or web_address(block):
        return NEVER, ""
    if bracketed(block.text):
        return NEVER, ""
    if i in context.steps and shape.words <= 40:
        return 2.5, gettext_noop(
            "a counted step (`Stap 2 –`, `Tip 1:`) over the text up to the next one"
        )
    marked = context.section_level > 0  # the page marks its headings itself
    limit = 25 if block.bold else 12
    if not is_short(shape, limit, 160 if block.bold else 90):
        return NEVER, ""
    score, reason = 0.0, gettext_noop("a short line")
    if block.bold:
        score, reason = score + 1.5, gettext_noop("a short line in bold")
    # A question and what it leads to (`Klaar voor 2025? Ook …`), or a question after the one
    # sentence it follows up (an interview's); not three sentences that end in one
    # (`Je hebt … opgericht. Hoera! Maar wat nu?`: that is the text itself).
    question = "?" in block.text and (
        shape.sentences <= 2 or FIRST_END_RE.search(block.text)[0] == "?"
    )
    # A field's label over its value (`Werkgebied:`, `Wanneer:`) heads it; a clause ending
    # in `:` (`Er zijn drie soorten:`) leads in to what follows.
    value = context.block(i + 1)
    label = field_label(context, i, shape)
    colon = 0.3 if label or names_a_part(context, i, shape) else 2.0
    # Markup parts every paragraph alike: there the next paragraph is the value.
    if label and (not value.blank_before or not block.spacing):  # `field_label`: a value
        colon, reason = -0.5, gettext_noop("a label over its value on the next line")
    marks = {".": 0.8 if question else 2.5, "?": 0.3, ":": colon, "!": 0.8, "…": 0.8, ",": 3.0}
    score -= marks.get(shape.last_mark, 3.0 if shape.last_mark == ";" else 0.0)
    if shape.sentence_break:
        score -= 0.3 if question else 1.2
    if question and block.blank_after:
        score += 0.8  # a question standing above what answers it
    if shape.first == "lower" and not context.lower_names:
        score -= 1.5
    elif shape.first == "other":
        score -= 0.3
    if shape.all_caps or shape.framed:
        score, reason = score + 0.8, gettext_noop("set apart in capitals or rules")
    others = [name for name in OTHER_ROLES if getattr(shape, name)]
    if others and not (others == ["call_to_action"] and heads_an_invitation(context, i, shape)):
        score -= 3.0
    if marked:
        score -= 1.5
    if i in context.headlines or i in context.closed_names:
        score -= 1.0  # it names one item of an overview, not a section
    if announced(context, i):
        score -= 2.0  # `… veranderde de naam in:` / `Zuidhollandse Vereniging …`: its end
    if role_of_the_name_above(context, i):
        score -= 2.0  # `Dirk Verbist` / `Directeur`: what the person does, no part of the page
    following = context.block(i + 1)
    if _wrapped(context, i):
        return NEVER, ""  # `… zien ons verenigingsleven als` / `een sterk onderdeel …`
    # Markup, or a text that parts nothing by blank lines: a paragraph is a heading only by
    # its look and its place.
    if not block.spacing or context.unspaced:
        like_a_heading = False
        # a list, or a table's rows (read as a list of the page's)
        above_list = following is not None and following.kind in (Kind.ITEM, Kind.ROW)
        if above_list:
            score, reason = score + 0.8, gettext_noop("stands above a list")
        if colon < 0:
            score += 1.2  # a label over its value: a heading written as a paragraph
        elif (
            not marked
            and (_bare(shape) or question and shape.words <= 12)  # `Een buurt? Maak hem!`
            and (above_list or _opens(context, i + 1))
        ):
            # No heading in markup on the page: its headings are short paragraphs.
            score, reason = (
                score + 1.2,
                gettext_noop("a short paragraph, like a heading"),
            )
            like_a_heading = True
        # A paragraph not in bold is less likely a heading; but where the markup heads nothing
        # at all, its headings need not be bold: those like a heading, and those over no other
        # short line (`Sport` / `Cultuur`, `Maandag tot vrijdag` / `van 9 tot 17 uur` are a
        # run of lines, a list or a schedule written as paragraphs).
        unheaded = not context.heads_in_markup
        if not block.bold and not (
            unheaded and (like_a_heading or not _over_a_short_line(context, i + 1))
        ):
            score -= 0.6
        return score, reason
    if block.blank_before and block.blank_after:
        score += 1.2
        reason = gettext_noop("stands alone") if following is None else _alone(context, i + 1)
    elif following is not None and following.kind is Kind.ITEM and not block.blank_after:
        score, reason = score + 1.0, gettext_noop("stands above a list")
    elif not block.blank_before and previous_is_item(context, i) and block.blank_after:
        score, reason = score + 0.5, gettext_noop("stands under a list, above what follows")
    elif block.blank_before and context.prose(i + 1):
        score, reason = score + 0.8, gettext_noop("set apart above, directly above its text")
    elif not block.blank_before:
        score -= 0.5
    return score, reason


def announced(context: Context, i: int) -> bool:
    """Block ``i`` is a name standing under a sentence that ends in `:` (a clause, not a
    label): the name that sentence announces (`… veranderde de naam in:`)."""
    above = context.block(i - 1)
    shape = context.shapes[i - 1] if above is not None else None
    return (
        above is not None
        and above.kind is Kind.TEXT
        and not above.heading
        and shape.last_mark == ":"
        and shape.words >= 6
        and is_a_name(context.blocks[i].text)
    )


def heads_an_invitation(context: Context, i: int, shape: Shape) -> bool:
    """A few words that invite (`Get involved`, `Word lid`) set apart over the running text
    they name, as the page's headings above stand over theirs, or over a part of its own (a
    paragraph and the ways to take part): a section's heading. A button stands under its
    text; a sign-up's name (`Join our Mailing List`) heads its one text, no part."""
    if not (_set_apart_over_prose(context, i, 4) and context.shapes[i].call_to_action):
        return False
    alike = sum(
        1
        for j in range(context.first_text, i)
        if _set_apart_over_prose(context, j, 12) and not context.shapes[j].call_to_action
    )
    # The first of the lines alike may be the page's name; a sign-up's name heads one text.
    return alike >= 2 or _part_under(context, i) >= 3


def _part_under(context: Context, i: int) -> int:
    """How many blocks stand under line ``i`` up to the next line set apart like it."""
    count = 0
    for j in range(i + 1, len(context.blocks)):
        if _set_apart_over_prose(context, j, 12):
            break
        count += 1
    return count


def _set_apart_over_prose(context: Context, i: int, most: int) -> bool:
    """Block ``i`` is a line of at most ``most`` words standing alone over running text."""
    block, shape = context.blocks[i], context.shapes[i]
    return (
        block.kind is Kind.TEXT
        and block.spacing
        and block.blank_before
        and block.blank_after
        and is_short(shape, most, 90)
        and shape.last_mark in ("", "?")
        and context.prose(i + 1)
    )


def role_of_the_name_above(context: Context, i: int) -> bool:
    """Block ``i`` is a role (`Directeur`, `Secretary`) under a person's name standing alone
    (a staff page's name and what the person does)."""
    above = context.block(i - 1)
    return (
        above is not None
        and above.kind is Kind.TEXT
        and ROLE_RE.fullmatch(context.blocks[i].text) is not None
        and len(above.text.split()) >= 2
        and not context.shapes[i - 1].last_mark
        and is_a_name(above.text)
    )


def _wrapped(context: Context, i: int) -> bool:
    """Line ``i`` is a sentence broken off: it ends in a word that wants more (`als`, `van`,
    `the`) and goes on in lower case on the line right under it (in markup, the next
    paragraph), or in the list under it (`diensten zoals` / `• verzekering`), or the page
    breaks off there (`De volgende vergadering valt op`); or it is long and the line right
    under it ends the sentence in lower case (`I wanted to share … the upcoming volunteer` /
    `opportunities at the Museum.`, plain text wrapped at a width)."""
    words = context.blocks[i].text.split()
    following = context.block(i + 1)
    if len(words) >= WRAPPED_MIN_WORDS and following is not None and following.kind is Kind.TEXT:
        below = context.shapes[i + 1]
        right_under = following.spacing and not following.blank_before
        if right_under and below.first == "lower" and below.last_mark in (".", "!", "?"):
            return True
    if not words or words[-1].casefold() not in DANGLING_WORDS:
        return False
    if following is None:
        return True
    if following.kind is Kind.ITEM:
        return context.shapes[i + 1].first == "lower"
    right_under = not following.blank_before or not following.spacing  # markup: the next <p>
    return following.kind is Kind.TEXT and right_under and context.shapes[i + 1].first == "lower"


def _opens(context: Context, i: int) -> bool:
    """Block ``i`` is what a heading written as a paragraph opens: running text, or a
    contact (`Samenstelling` over `Voorzitter: Jan Smis`)."""
    block = context.block(i)
    if block is not None and block.kind is Kind.IMAGE:
        block = context.block(i := i + 1)  # the section's picture, then its text
    elif over_a_credit(context, i):
        block = context.block(i := i + 2)  # an alt text over its credit, then the text
    if block is None or block.kind is not Kind.TEXT:
        return False
    return context.prose(i) or context.shapes[i].person


def over_a_credit(context: Context, i: int) -> bool:
    """Block ``i`` is a picture's alt text left as text over its credit (`(c) Naam`)."""
    if i + 1 >= len(context.shapes) or not context.shapes[i + 1].caption:
        return False
    shape = context.shapes[i]
    return shape.words <= 8 and not shape.last_mark


def _over_a_short_line(context: Context, i: int) -> bool:
    """Block ``i`` is a few words of text with no final mark, as the line above."""
    block = context.block(i)
    return block is not None and block.kind is Kind.TEXT and _bare(context.shapes[i])


def _bare(shape: Shape) -> bool:
    """A few words and no final mark (or one trailing off): what a heading written as a
    paragraph looks like."""
    return shape.words <= 12 and shape.last_mark in ("", "?", "…") and not shape.sentence_break


def previous_is_item(context: Context, i: int) -> bool:
    previous = context.block(i - 1)
    return previous is not None and previous.kind is Kind.ITEM


def _alone(context: Context, i: int) -> str:
    """Why a line standing alone above block ``i`` heads it."""
    following = context.block(i)
    if following is not None and following.kind is Kind.ITEM:
        return gettext_noop("stands alone above a list")
    if context.prose(i):
        return gettext_noop("stands alone above a paragraph")
    return gettext_noop("stands alone")


def subheading(context: Context, block: SourceBlock, heading: tuple[float, str | Reason]):
    if block.heading:
        if context.section_level and block.heading > context.section_level:
            inside = gettext_noop("a level %(level)s heading, inside a section")
            return 3.0, Reason(inside, {"level": block.heading})
        return 0.0, heading[1]
    if block.bold and context.section_level:
        return heading[0] + 1.0, heading[1]  # a bold paragraph under the marked headings
    if block.bold:
        return heading[0] - 0.7, heading[1]
    return heading[0] - 0.3, heading[1]


def card_title(context: Context, i: int, shape: Shape, heading: tuple[float, str | Reason]):
    block = context.blocks[i]
    if block.heading:
        deeper = context.section_level and block.heading > context.section_level
        if not deeper or shape.last_mark == "?":
            return NEVER, ""
        if _short_text_follows(context, i):
            return 3.5, gettext_noop("a minor heading above a short text, like a card's title")
        return 1.5, gettext_noop("a minor heading above its text")
    if not is_short(shape, 10, 80) or shape.last_mark in (".", ",", ";"):
        return NEVER, ""
    if shape.last_mark == "?" and i not in context.headlines:
        return NEVER, ""  # a question heads a section; a teaser's name may be one
    if any(getattr(shape, name) for name in NOT_HEADINGS):
        return NEVER, ""
    score, reason = -1.0, gettext_noop("a short line above its text")
    if not block.blank_after and not context.unspaced and context.prose(i + 1):
        score, reason = score + 1.0, gettext_noop("a short line directly above its text")
    if i in context.headlines:
        score, reason = score + 2.0, gettext_noop("one of a run of names, each over one short text")
    elif i in context.closed_names:
        score, reason = (
            score + 2.0,
            gettext_noop(
                "the name of an item of an overview, closed by the link every item ends in"
            ),
        )
    if block.bold:
        score += 0.8
    if block.links:
        score, reason = score + 0.5, gettext_noop("a linked name above its text")
    if shape.first == "lower":
        score -= 1.0
    return score, reason


def under_card_title(context: Context, i: int) -> bool:
    """Block ``i`` is one of the short paragraphs right under a minor heading."""
    for j in range(i - 1, max(i - 4, -1), -1):
        block = context.blocks[j]
        if block.heading:
            deeper = context.section_level and block.heading > context.section_level
            return bool(deeper) and _short_text_follows(context, j)
        if block.kind is not Kind.TEXT and block.kind is not Kind.IMAGE:
            return False
    return False


def _short_text_follows(context: Context, i: int) -> bool:
    """One or two short paragraphs follow, then the next heading, list or the end."""
    count = words = 0
    for block, shape in zip(context.blocks[i + 1 :], context.shapes[i + 1 :], strict=False):
        if block.kind is Kind.IMAGE:
            continue
        if block.kind is not Kind.TEXT or block.heading:
            break
        count, words = count + 1, words + shape.words
    return 0 < count <= 2 and words <= 60
