"""How well a list item or a table row fits each role: a card, a point of the prose, a
heading written as a numbered line, or a sub-item of the item above."""

from __future__ import annotations

from ..messages import gettext_noop
from .blocks import Kind, SourceBlock
from .context import Context, Scores, sentence_like
from .evidence import Shape
from .roles import Role


def item_scores(context: Context, i: int, block: SourceBlock, shape: Shape) -> Scores:
    if block.kind is Kind.ROW:
        return _row(context, i, block)
    if not any(ch.isalnum() for ch in block.title + block.text):
        return {Role.DEBRIS: (3.0, gettext_noop("a list item with no words"))}
    number = block.text.strip()
    if number.isdigit() and len(number) <= 3 and not block.title:
        # `1. 1`, `2. 2`: a slideshow's or a pager's buttons, numbered as they show.
        return {Role.DEBRIS: (3.0, gettext_noop("a number alone: a pager's button"))}
    # The points of a prose list are phrases or single sentences about the text around
    # them; initiatives are told: who does what (names), where to read on (links), in
    # sentences. The list as a whole decides, so that its items are read alike.
    mean = context.run_words.get(i, shape.words)
    told = context.run_sentences.get(i, float(sentence_like(shape)))
    # Items that open alike (`Het fonds geeft …`, `Het fonds brengt …`) unroll one statement:
    # the name and subject they share are one party's, not each item's own.
    alike = context.run_alike.get(i, 0.0)
    names = max(min(context.run_names.get(i, shape.names), 3.0) - alike, 0.0)
    linked = context.run_links.get(i, float(bool(block.links)))
    long = context.run_told_long.get(i, float(shape.sentences >= 2))
    card = 1.2 + 0.4 * told + 0.5 * long + (0.6 if mean >= 25 else 0.3 if mean >= 14 else 0)
    # Initiatives open with who or what they are (`Domus Mundi …`); points open with a time,
    # a place or an activity (`Op maandag …`, `Ondersteuning bij …`) and name others later.
    opening = context.run_opening.get(i, 1.0)
    names *= 0.4 + 0.6 * opening
    card += (0.45 if mean >= 10 else 0.2) * names + 1.2 * linked + (0.5 if block.title else 0)
    # Points that say what must, may or will be (`Het initiatief moet …`) are rules: their
    # subject is what the rule is about, not someone who acts.
    ruled = 0.0 if block.title else context.run_ruled.get(i, 0.0)
    subjects = (1 - alike) * (1 - ruled) * context.run_subjects.get(i, float(shape.subject))
    card += 0.6 * subjects  # `De gemeente stelt …`: told about someone
    # Items that open with a name (`Kickoff: …`) are named things: cards with that title.
    card += 1.2 * context.run_named.get(i, 0.0)
    card_reason = (
        gettext_noop("an item of a list told in sentences")
        if told >= 0.5
        else gettext_noop("a list item")
    )
    # A list that is all its section holds is a collection of things when its items name
    # someone or something (a name, a link, a title, someone who acts); points that name no
    # one stay points.
    naming = (
        names >= 0.5
        or linked >= 0.5
        or subjects >= 0.5
        or bool(block.title)
        or context.run_named.get(i, 0.0) >= 0.5
    )
    if i in context.whole and naming:
        card += 0.5
        card_reason = gettext_noop("an item of a list that is all its section holds")
    listed = 1.0 + 0.8 * (1 - told) + (0.4 if mean <= 8 else 0) + (0.2 if block.numbered else 0)
    list_reason = (
        gettext_noop("an item of a list of short points")
        if told < 0.5
        else gettext_noop("a list item")
    )
    alone = context.run_size.get(i, 1) == 1  # a list of one is no list
    # Single sentences that open with no name are points; an initiative told in sentences
    # may open with its time or place and name its makers later (`Bij de Ouderenraad …`),
    # and one with its own picture or link is a thing shown.
    plain = not (alone or block.title or block.numbered or _pictured(context, i))
    if plain and told >= 0.5 and long < 0.5 and linked < 0.5:
        listed += 0.8 * (1 - opening)
    if block.level == 1 and not alone and not naming and mean < 25:
        listed += 0.8
        list_reason = gettext_noop("a point amid the prose that names no one")
    if alone and block.numbered:
        listed -= 0.6  # one numbered line is no list: a numbered heading, or a card
    if i in context.announced:
        card += 1.0
        card_reason = gettext_noop(
            "an item of a list the sentence above announces as groups, projects or organisations"
        )
    elif i in context.led_in:
        listed += 0.6
        list_reason = gettext_noop("a point a sentence ending in “:” leads in to")
    # Items in lower case go on with the sentence that leads in to them: points of the prose.
    lower = context.run_lower.get(i, 0.0)
    listed += 1.5 * lower
    if lower >= 0.5:
        list_reason = gettext_noop("a point that goes on with the sentence above")
    listed += 2.0 * alike
    # Points that speak to the reader (`Stuur je formulier`, `Uw initiatief moet …`) or for
    # the writer (`We ondersteunen …`) are the page's own advice and aims; an initiative
    # is told about someone else. An item with a title of its own stays a named thing.
    addressed = 0.0 if block.title else context.run_addressed.get(i, 0.0)
    listed += 1.5 * addressed
    if addressed >= 0.5 and listed > card:
        list_reason = gettext_noop("a point that speaks to the reader or for the writer")
    listed += 1.0 * ruled
    if ruled >= 0.5 and listed > card:
        list_reason = gettext_noop("a point that says what must or may be: a rule or a criterion")
    if alike >= 0.5:
        list_reason = gettext_noop(
            "a point of a list whose items open alike: one statement unrolled"
        )
    scores: Scores = {Role.CARD: (card, card_reason), Role.LIST: (listed, list_reason)}
    if shape.person and shape.words <= 12 and block.level == 1:
        # `• Voorzitter: Jacques Verhulst`: who to reach, one person an item.
        scores[Role.CONTACT] = (
            max(card, listed) + 0.5,
            gettext_noop("names someone and the role they hold"),
        )
    if i in context.crumbs:
        scores[Role.DEBRIS] = (
            max(card, listed) + 1.0,
            gettext_noop("a breadcrumb: its last step is the page's name, printed below it"),
        )
    elif i in context.above_all:
        scores[Role.DEBRIS] = (
            listed,
            gettext_noop("a list of a few words above everything: a menu"),
        )
    if block.level > 1:
        scores = {role: (value - 1.0, reason) for role, (value, reason) in scores.items()}
        scores[Role.CONTINUE] = (2.0, gettext_noop("a sub-item of the item above"))
    elif heading := _item_heading(context, i, block, shape):
        scores[Role.HEADING] = heading
        scores[Role.SUBHEADING] = (heading[0] - 0.3, heading[1])
        if block.numbered and block.spacing and block.blank_before and block.blank_after:
            # A numbered line set apart above its own text, as `2. Wie is vrijwilliger?`:
            # a numbered heading, whatever the numbers of the other headings around it.
            for role in (Role.CARD, Role.LIST):
                scores[role] = (scores[role][0] - 0.8, scores[role][1])
    return scores


def _pictured(context: Context, i: int) -> bool:
    """Item ``i`` holds an image (the markup put one inside it, before or after its words)."""
    return any(
        (near := context.block(j)) is not None and near.kind is Kind.IMAGE and near.inside
        for j in (i - 1, i + 1)
    )


def _row(context: Context, i: int, block: SourceBlock) -> Scores:
    """A table of initiatives has a cell that tells (a card a row); a table of data does not."""
    if context.run_sentences.get(i, 0.0) > 0:
        if block.header_row:
            return {
                Role.DEBRIS: (2.5, gettext_noop("the column names of a table of initiatives")),
                Role.PARAGRAPH: (0.5, gettext_noop("the column names of a table")),
            }
        return {
            Role.CARD: (2.0, gettext_noop("a row of a table of initiatives")),
            Role.PARAGRAPH: (0.5, gettext_noop("a row of a table")),
        }
    return {
        Role.PARAGRAPH: (1.5, gettext_noop("a row of a table of data")),
        Role.CARD: (0.3, gettext_noop("a row")),
    }


def _item_heading(context: Context, i: int, block: SourceBlock, shape: Shape):
    """A numbered line standing alone above its own text: a numbered heading (`1. Wie?`)."""
    if shape.words > 14 or shape.last_mark in (".", ",", ";", "!") or shape.sentence_break:
        return None
    if block.title:
        return None  # an item with a title and its own text is a titled card
    following = context.block(i + 1)
    if following is not None and following.kind is Kind.ITEM and following.level == 1:
        return None  # the next item of the same list
    score = 0.3 + (1.0 if block.numbered else 0) + (0.8 if block.blank_after else 0)
    if following is not None and following.kind is Kind.ITEM and shape.words <= 8:
        score += 0.8  # a short line above its own sub-items heads them
    if context.run_size.get(i, 1) == 1:  # a list of one is no list
        score += 0.8 if context.prose(i + 1) else 0.4 if block.numbered else 0
    return score, gettext_noop(
        "a numbered line standing alone"
    ) if block.numbered else gettext_noop("a lone list item")
