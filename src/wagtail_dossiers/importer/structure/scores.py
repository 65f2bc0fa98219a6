"""The scores the classifier adds up: how well a block fits each role, and each role the next.

Scores are small numbers, about +3 for strong evidence and -3 against; ``NEVER`` rules a
role out. Each role's score keeps the reason that weighed most, in a few words, for the
report and the admin preview. Markup (a heading level, bold, a list, a caption) is strong
evidence; a plain line's shape and its neighbours count where there is no markup.
"""

from __future__ import annotations

from ..detectors import ROLE_RE
from ..messages import gettext_noop
from ..prose import breaks_off, left_the_list
from .blocks import Kind, SourceBlock
from .context import NEVER, Context, Scores, first_word, is_short
from .debris import debris
from .evidence import CREDIT_LABEL_RE, Shape, bracketed
from .headings import (
    announced,
    card_title,
    heading_score,
    heads_an_invitation,
    over_a_credit,
    role_of_the_name_above,
    subheading,
    title,
    under_card_title,
)
from .items import item_scores
from .labels import under_label, web_address
from .names import detail_holder, is_a_name
from .reasons import Reason
from .roles import Role
from .transitions import transition
from .wording import ASKING_WORDS, BUTTON_RE, CONTACT_HEADING_RE, READER_RE, name_and_role

__all__ = ["NEVER", "Context", "emissions", "transition"]


def emissions(context: Context, i: int) -> Scores:
    """How well block ``i`` fits each role it could play."""
    block, shape = context.blocks[i], context.shapes[i]
    if block.kind is Kind.CHROME:
        chrome = Reason(gettext_noop("page chrome (%(chrome)s)"), {"chrome": block.chrome})
        return {Role.DEBRIS: (6.0, chrome)}
    if block.kind is Kind.LABEL:
        return {Role.DOSSIER_LABEL: (4.0, gettext_noop("says which dossier the page belongs to"))}
    if block.kind is Kind.IMAGE:
        return {
            Role.HEADER_IMAGE: (2.0, gettext_noop("an image at the top of the page")),
            Role.IMAGE: (3.0, gettext_noop("an image")),
            Role.DEBRIS: (-1.0, gettext_noop("an image outside the content")),
        }
    scores: Scores = {Role.DEBRIS: debris(context, i, shape)}
    if i < context.skip_link or i in context.under_skip_link:
        return scores  # the site's chrome, around the link that skips to the content
    if i in context.menu_column:  # a menu's entries are the site's, all of them one block
        if i - 1 in context.menu_column and context.shapes[i - 1].words <= 3:
            scores[Role.CONTINUE] = (3.0, gettext_noop("the menu above goes on"))
        return scores
    if block.kind is Kind.PAGE_TITLE:
        scores[Role.TITLE] = (1.0, gettext_noop("the document's own title"))
        scores[Role.DEBRIS] = (0.5, gettext_noop("the document's title, repeated by the page"))
        return scores
    if block.kind in (Kind.ITEM, Kind.ROW):
        scores.update(item_scores(context, i, block, shape))
        return scores
    scores[Role.TITLE] = title(context, i, shape)
    if not web_address(block):  # an address is a link's words, never an image's
        scores[Role.HEADER_IMAGE] = _alt_text(context, i, shape, header=True)
        scores[Role.IMAGE] = _alt_text(context, i, shape, header=False)
    heading = heading_score(context, i, shape)
    scores[Role.HEADING] = heading
    scores[Role.SUBHEADING] = subheading(context, block, heading)
    scores[Role.CARD_TITLE] = card_title(context, i, shape, heading)
    prose = _prose(shape)
    if not block.spacing and block.blank_before and block.blank_after and prose[0] < 0.3:
        prose = (0.3, gettext_noop("a paragraph"))  # the markup says so (a line of one: not)
    if prose[0] < 0.3 and under_label(context, i):
        prose = (0.3, gettext_noop("the value under its label"))
    elif prose[0] < 0.5 and announced(context, i):
        prose = (0.5, gettext_noop("the name the sentence above announces"))
    elif shape.greeting:
        prose = (1.0, gettext_noop("a salutation: how the writer opens the text"))
    elif role_of_the_name_above(context, i):
        prose = (1.0, gettext_noop("the role of the person named above: what they do"))
    scores[Role.PARAGRAPH] = prose
    scores[Role.INTRO] = prose  # which of the two it is, the builder says: where it lands
    glued = 0.3 if not block.blank_before else 0.0
    scores[Role.CARD_TEXT] = (
        prose[0] + glued + (0.2 if under_card_title(context, i) else 0),
        prose[1],
    )
    scores[Role.CARD] = _typed_card(block, shape)
    if i in context.closed:
        scores[Role.CARD] = (
            1.5,
            gettext_noop("an item of an overview, closed by the link every item ends in"),
        )
    scores[Role.CAPTION] = _caption(context, i, block, shape)
    scores[Role.CALL_TO_ACTION] = _call_to_action(context, i, shape)
    if _asks(context, i, shape):
        scores[Role.CALL_TO_ACTION] = (2.0, gettext_noop("asks the reader, and heads no text"))
    if _button(context, i, shape):
        scores[Role.CALL_TO_ACTION] = (2.6, gettext_noop("a button's label: what to do next"))
        scores[Role.HEADING] = scores[Role.SUBHEADING] = (NEVER, "")
    # A tag stands apart: a blank line under it, or a paragraph of its own in markup that
    # heads nothing in markup (where it does, a short paragraph is text).
    apart = block.blank_after and (block.spacing or not context.heads_in_markup)
    if (shape.tags or apart) and not web_address(block):
        scores[Role.DOSSIER_LABEL] = _tag(context, i, shape)
    scores[Role.CONTACT] = _contact(context, i, shape)
    scores[Role.CONTINUE] = _continue(context, i, shape)
    return scores


def _alt_text(context: Context, i: int, shape: Shape, *, header: bool) -> tuple[float, str]:
    """A short line an image left behind: its alt text or its file name."""
    if shape.detail or shape.address:
        return NEVER, ""  # a number or a street, whatever its digits look like
    if shape.file_name:
        return 2.0, gettext_noop("looks like an image's file name")
    if shape.depicts and not shape.sentence_break and shape.last_mark in ("", "."):
        return 2.0, gettext_noop("says what a picture shows")
    if shape.words > 8 or shape.last_mark or shape.sentence_break or shape.chars > 80:
        return NEVER, ""
    if shape.debris or shape.contact or shape.call_to_action or shape.caption:
        return NEVER, ""
    if shape.greeting or shape.date or shape.hours:
        return NEVER, ""
    if bracketed(context.blocks[i].text) and not shape.pictures:
        return NEVER, ""
    score, reason = -0.5, gettext_noop("a few words standing alone")
    credited = over_a_credit(context, i)
    if not context.blocks[i].spacing and not (shape.pictures or credited):
        score -= 1.5  # markup marks its images: a paragraph of markup is text, unless it
        # names a picture (`Overzichtsfoto …`) or stands over its credit (`(c) Naam`): an
        # alt text the export left as a paragraph
    if shape.first == "lower" and shape.words >= 2 and not context.lower_names:
        score, reason = (
            score + 1.5,
            gettext_noop("a few words in lower case, like an image's alt text"),
        )
    elif shape.pictures:
        score, reason = score + 1.5, gettext_noop("describes a picture")
    elif credited:
        score, reason = score + 1.5, gettext_noop("stands over a picture's credit")
    previous = context.block(i - 1)
    block = context.blocks[i]
    if (
        not header
        and previous is not None
        and previous.kind is Kind.ITEM
        and not block.blank_before
    ):
        score, reason = score + 1.2, gettext_noop("left under a list, like an image's alt text")
    score -= min(1.0, 0.4 * shape.function_words)
    return score, reason


def _prose(shape: Shape) -> tuple[float, str]:
    if shape.words >= 8 or shape.sentence_break:
        return 0.5, gettext_noop("running text")
    if shape.last_mark in (".", "!", "…") and shape.words >= 2:
        return 0.3, gettext_noop("a sentence")
    if shape.last_mark == ":":
        return 0.2, gettext_noop("leads in to what follows")
    return -0.8, gettext_noop("a short line read as text")


def _typed_card(block: SourceBlock, shape: Shape) -> tuple[float, str]:
    if shape.bold_label and shape.words >= 6:
        return 0.8, gettext_noop("opens with a bold label")
    if shape.label_text and shape.words >= 8:
        return 0.4, gettext_noop("opens with a label and a colon or dash")
    return NEVER, ""


def _caption(context: Context, i: int, block: SourceBlock, shape: Shape):
    if block.caption:
        return 3.5, gettext_noop("the caption of an image")
    if shape.caption:
        return 2.5, gettext_noop("reads as a caption or a credit")
    return NEVER, ""


def _tag(context: Context, i: int, shape: Shape) -> tuple[float, str]:
    """A word or two by the title (under it, or a rubric above it): the theme the old site
    filed the page under."""
    if shape.tags:
        return 2.5, gettext_noop("a row of tags under the title")
    if shape.date or shape.greeting or shape.hours or role_of_the_name_above(context, i):
        return NEVER, ""  # the CMS's date; the salutation; opening hours; what one does
    if is_short(shape, 4, 40) and not shape.last_mark and not shape.sentence_break:
        return (-0.3 if shape.first == "lower" else 0.3), gettext_noop(
            "a few words by the title: the theme it is filed under"
        )
    return NEVER, ""


def _button(context: Context, i: int, shape: Shape) -> bool:
    """A short line that says what to do (`Projectsubsidie aanvragen`, `BEZOEK HUN SITE`),
    standing alone under a text and heading none: the link button that ends it. A heading
    with the same words stands over its own paragraph, list or table (`Aanmelden en
    betalen` over the steps)."""
    block = context.blocks[i]
    if not is_short(shape, 7, 60) or shape.last_mark or block.heading or i == context.first_text:
        return False
    if not BUTTON_RE.fullmatch(block.text.strip()):
        return False
    following = context.block(i + 1)
    if following is not None and following.kind in (Kind.ITEM, Kind.ROW):
        return False
    return not context.prose(i + 1) and context.block(i - 1) is not None


def _asks(context: Context, i: int, shape: Shape) -> bool:
    """A short question to the reader (`Do you have a project?`, `Bouw jij mee?`) with no
    text of its own under it: the end of the page, or the next part's name. It invites."""
    block = context.blocks[i]
    if shape.last_mark not in ("?", "!") or "?" not in block.text or block.heading:
        return False
    if not is_short(shape, 10, 80) or not READER_RE.search(block.text):
        return False
    following = context.block(i + 1)
    if following is None:
        return True
    if following.kind is not Kind.TEXT or context.prose(i + 1):
        return False
    after = context.shapes[i + 1]
    return after.call_to_action or is_short(after, 8, 60) and not after.last_mark


def _call_to_action(context: Context, i: int, shape: Shape) -> tuple[float, str]:
    # An invitation is said in a sentence or two; in a longer text it is only part of it.
    if not shape.call_to_action or shape.debris or shape.words > 45 or shape.sentences > 3:
        return NEVER, ""
    if _answers(context, i):
        return 0.0, gettext_noop("tells what to do, in answer to the question above")
    if heads_an_invitation(context, i, shape):
        return 0.5, gettext_noop("invites, and names the text under it")
    return 2.0, gettext_noop("invites the reader to act")


def _answers(context: Context, i: int) -> bool:
    """Under a short question asked for the writer (`Hoe vraag ik het aan?`), what to do is
    its answer: text. Under one to the reader (`Meer info?`, `Heb jij een project?`) it
    invites (``_asks``)."""
    if not i:
        return False
    above, text = context.shapes[i - 1], context.blocks[i - 1].text
    opening = first_word(text).strip("\"'‘“(*")
    asked = above.last_mark == "?" and is_short(above) and opening in ASKING_WORDS
    return asked and not READER_RE.search(text)


def _contact(context: Context, i: int, shape: Shape) -> tuple[float, str]:
    if CONTACT_HEADING_RE.fullmatch(context.blocks[i].text.strip()):
        return NEVER, ""  # `Contact:` names no one: it heads who follows
    if shape.detail:
        return 0.5, gettext_noop("an e-mail address or phone number")
    if shape.contact and shape.words <= 16 and shape.sentences <= 2:
        return 2.0, gettext_noop(
            "names someone to contact"
        )  # a line of its own, not a sentence in prose
    name, _ = name_and_role(context.blocks[i].text)
    if shape.address:
        return NEVER, ""  # a street, not a name: the details go on the name above it
    if shape.last_mark == "," and _signs_above_a_role(context, i, name.rstrip(",")):
        return 1.5, gettext_noop("a name signing above the role it holds")
    if len(name.split()) <= 8 and not shape.last_mark and shape.first == "upper":
        # A signature: the name, perhaps a role and a street and town, then a number or an
        # address, each on a line of its own.
        # Only a person's name (two capitalised words or more) has a street and a town under
        # it; `Openingsuren` over the days of the week is no signature.
        reach = i + 5 if len(name.split()) >= 2 else i + 3
        if context.over_details(i):
            return 1.5, gettext_noop("a name above contact details")
        above = context.block(i - 1)
        headed = above is not None and CONTACT_HEADING_RE.fullmatch(above.text.strip())
        if headed and len(name.split()) >= 2 and is_a_name(name):
            return 1.5, gettext_noop("a person's name under the heading Contact")
        for j in range(i + 1, reach):
            block = context.block(j)
            if (
                block is None
                or block.kind is not Kind.TEXT
                or (block.spacing and block.blank_before)
            ):
                break  # in markup every paragraph stands apart: the details are the next ones
            if context.shapes[j].person:
                break  # a line that names its own person (`Voorzitter: Jan Smis`)
            if context.shapes[j].detail or context.shapes[j].contact:
                return 1.5, gettext_noop("a name above contact details")
            if context.shapes[j].words > 6 or context.shapes[j].last_mark in (".", "?", "!"):
                break  # a sentence: no signature
    return NEVER, ""


def _signs_above_a_role(context: Context, i: int, name: str) -> bool:
    """A letter's signature: a person's name and a comma, the role on the line under it
    (`Martin van Rooijen,` / `Voorzitter`)."""
    below = context.block(i + 1)
    return (
        len(name.split()) >= 2
        and is_a_name(name)
        and below is not None
        and below.kind is Kind.TEXT
        and not below.blank_before
        and ROLE_RE.fullmatch(below.text) is not None
    )


def _continue(context: Context, i: int, shape: Shape) -> tuple[float, str]:
    block, previous = context.blocks[i], context.block(i - 1)
    if previous is None or previous.kind not in (Kind.TEXT, Kind.ITEM) or shape.date:
        return NEVER, ""  # a date the site printed stands on its own line
    if block.blank_before:  # only a contact's details go on after a blank line, or the
        # end of a line broken off before it, in text or in a paragraph of its own (`Samen
        # versterken we` / `buurten`)
        if shape.detail and not detail_holder(block.text):  # `Silke Surinx: …` is hers
            return 0.0, gettext_noop("a contact detail")
        if shape.address:  # a signature's lines, each a paragraph of markup
            return 0.0, gettext_noop("a street or a town, under the name above")
        before = context.shapes[i - 1]
        if CREDIT_LABEL_RE.fullmatch(previous.text.strip()) and is_short(shape, 5, 50):
            return 1.0, gettext_noop("whose the credit above is")  # `Foto's` / `Bob Van Mol`
        # Markup parts its paragraphs for sure: only a title or heading's end is broken off.
        opens = block.spacing or before.first == "upper" and not previous.heading
        if shape.first == "lower" and shape.words <= 3 and not before.last_mark and opens:
            if web_address(block):
                return NEVER, ""  # a website on a line of its own
            return 1.2, gettext_noop("the end of the line above, broken off")
        # A stray blank line in a sentence of plain text (`… en met een` / `haalbaarheids…`).
        rest = block.spacing and previous.kind is Kind.TEXT and before.words > 3
        if shape.first == "lower" and rest and breaks_off(previous.text) and not web_address(block):
            return 1.2, gettext_noop("the rest of the sentence above, parted by a blank line")
        return NEVER, ""
    before = context.shapes[i - 1]
    score, reason = 0.0, gettext_noop("written right under the line before")
    # A text written a paragraph a line breaks no line at a width: there a line in capitals
    # under a list's item, no further in, is the next part, whatever the item's end.
    unbroken = context.unspaced and previous.kind is Kind.ITEM and block.indent <= previous.indent
    left = previous.kind is Kind.ITEM and left_the_list(
        block.text, block.indent, previous.indent, previous.text
    )
    if unbroken and shape.first == "upper" or left:
        score -= 1.0
    elif not before.last_mark or before.last_mark == ",":
        score, reason = score + 1.5, gettext_noop("the line before stops mid-sentence")
    if shape.first in ("lower", "other"):
        score, reason = score + 1.5, gettext_noop("starts in lower case")
    if block.indent > previous.indent:
        score += 0.5
    if before.last_mark in (".", "!", "?", "…") and shape.first in ("upper", "digit"):
        score -= 1.0
    if shape.detail:
        score, reason = score + 1.0, gettext_noop("a contact detail")
    return score, reason
