"""The scores the classifier adds up: how well a block fits each role, and each role the next.

Scores are small numbers, about +3 for strong evidence and -3 against; ``NEVER`` rules a
role out. Each role's score keeps the reason that weighed most, in a few words, for the
report and the admin preview. Markup (a heading level, bold, a list, a caption) is strong
evidence; a plain line's shape and its neighbours count where there is no markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Kind, SourceBlock
from .evidence import Shape, name_and_role
from .roles import Role

NEVER = float("-inf")
CONTENT = frozenset({Role.CARD, Role.LIST, Role.PARAGRAPH, Role.CARD_TITLE, Role.CALL_TO_ACTION})
NOT_HEADINGS = (
    "caption",
    "file_name",
    "date",
    "identifier",
    "debris",
    "call_to_action",
    "contact",
    "detail",
)


@dataclass
class Context:
    """The blocks, their shapes and what the whole page says (its heading levels, repeats)."""

    blocks: list[SourceBlock]
    shapes: list[Shape]
    section_level: int = 0
    repeats: set[int] = field(default_factory=set)
    run_words: dict[int, float] = field(default_factory=dict)  # a list's mean item length
    run_sentences: dict[int, float] = field(default_factory=dict)  # … its share of sentences
    run_lower: dict[int, float] = field(default_factory=dict)  # … of items in lower case
    run_named: dict[int, float] = field(default_factory=dict)  # … of items opening with a name
    run_size: dict[int, int] = field(default_factory=dict)  # … and how many items it has

    def __post_init__(self) -> None:
        self._runs()
        levels = [b.heading for b in self.blocks if b.heading and b.kind is Kind.TEXT]
        if levels:
            top = min(levels)
            deeper = [level for level in levels if level > top]
            if deeper and levels.count(top) == 1:
                self.section_level = min(deeper)
            elif deeper or levels.count(top) > 1:
                self.section_level = top
            # else: one heading only, the title: the page marks no section headings
        seen: set[str] = set()
        for i, block in enumerate(self.blocks):
            key = block.text.casefold().strip(" .:")
            if block.kind is Kind.PAGE_TITLE:
                continue
            if key and key in seen and self.shapes[i].words <= 16:
                self.repeats.add(i)
            if block.kind is Kind.TEXT:  # a list of the page's questions announces, not repeats
                seen.add(key)

    def _runs(self) -> None:
        """Each list item's run (the items of one list): how long its items are on average."""
        run: list[int] = []
        for i, block in enumerate([*self.blocks, None]):
            if block is not None and block.kind in (Kind.ITEM, Kind.ROW) and block.level == 1:
                if run and _marker(self.blocks[run[-1]]) != _marker(block):
                    self._end_run(run)  # another marker: another list
                    run = []
                run.append(i)
                continue
            if block is not None and block.kind is Kind.ITEM:
                continue  # a sub-item stays in its list's run
            if run:
                self._end_run(run)
            run = []

    def _end_run(self, run: list[int]) -> None:
        count = len(run)
        mean = sum(self.shapes[j].words for j in run) / count
        self.run_words.update(dict.fromkeys(run, mean))
        self.run_sentences.update(dict.fromkeys(run, sum(map(self._tells, run)) / count))
        lower = sum(1 for j in run if self.shapes[j].first == "lower") / count
        self.run_lower.update(dict.fromkeys(run, lower))
        named = sum(1 for j in run if self.shapes[j].label_text) / count
        self.run_named.update(dict.fromkeys(run, named))
        self.run_size.update(dict.fromkeys(run, count))

    def _tells(self, i: int) -> bool:
        """An item told in a sentence; a table row with a cell of six words or more."""
        block = self.blocks[i]
        if block.kind is Kind.ROW:
            return any(len(cell.split()) >= 6 for cell in block.text.split(" — "))
        return _sentence_like(self.shapes[i])

    def block(self, i: int) -> SourceBlock | None:
        return self.blocks[i] if 0 <= i < len(self.blocks) else None

    def prose(self, i: int) -> bool:
        """Block ``i`` is running text: a sentence or more."""
        block = self.block(i)
        if block is None or block.kind is not Kind.TEXT or block.heading:
            return False
        shape = self.shapes[i]
        return shape.words >= 8 or (shape.words >= 3 and shape.last_mark in (".", "!", "…"))


Scores = dict[Role, tuple[float, str]]


def emissions(context: Context, i: int) -> Scores:
    """How well block ``i`` fits each role it could play."""
    block, shape = context.blocks[i], context.shapes[i]
    if block.kind is Kind.CHROME:
        return {Role.DEBRIS: (6.0, f"page chrome ({block.chrome})")}
    if block.kind is Kind.LABEL:
        return {Role.DOSSIER_LABEL: (4.0, "says which dossier the page belongs to")}
    if block.kind is Kind.IMAGE:
        return {
            Role.HEADER_IMAGE: (2.0, "an image at the top of the page"),
            Role.IMAGE: (3.0, "an image"),
            Role.DEBRIS: (-1.0, "an image outside the content"),
        }
    scores: Scores = {Role.DEBRIS: _debris(context, i, shape)}
    if block.kind is Kind.PAGE_TITLE:
        scores[Role.TITLE] = (1.0, "the document's own title")
        scores[Role.DEBRIS] = (0.5, "the document's title, repeated by the page")
        return scores
    if block.kind in (Kind.ITEM, Kind.ROW):
        scores.update(_item(context, i, block, shape))
        return scores
    scores[Role.TITLE] = _title(context, block, shape)
    scores[Role.HEADER_IMAGE] = _alt_text(context, i, shape, header=True)
    scores[Role.IMAGE] = _alt_text(context, i, shape, header=False)
    heading = _heading(context, i, shape)
    scores[Role.HEADING] = heading
    scores[Role.SUBHEADING] = _subheading(context, block, heading)
    scores[Role.CARD_TITLE] = _card_title(context, i, shape, heading)
    prose = _prose(shape)
    if not block.spacing and prose[0] < 0.3:
        prose = (0.3, "a paragraph")  # the markup says so
    scores[Role.PARAGRAPH] = prose
    scores[Role.INTRO] = prose  # which of the two it is, the builder says: where it lands
    glued = 0.3 if not block.blank_before else 0.0
    scores[Role.CARD_TEXT] = (
        prose[0] + glued + (0.2 if _under_card_title(context, i) else 0),
        prose[1],
    )
    scores[Role.CARD] = _typed_card(block, shape)
    scores[Role.CAPTION] = _caption(context, i, block, shape)
    scores[Role.CALL_TO_ACTION] = _call_to_action(shape)
    if block.spacing and block.blank_after:
        scores[Role.DOSSIER_LABEL] = _tag(shape)
    scores[Role.CONTACT] = _contact(context, i, shape)
    scores[Role.CONTINUE] = _continue(context, i, shape)
    return scores


def _debris(context: Context, i: int, shape: Shape) -> tuple[float, str]:
    if shape.debris:
        return 3.0, "reads as website debris"
    if shape.identifier:
        return 3.0, "a layout identifier, not words"
    if i in context.repeats:
        return 2.5, "repeats an earlier line"
    if shape.date:
        return 2.0, "a date the old site printed"
    if shape.words >= 8 or shape.sentence_break:
        return -4.0, "running text is never debris"
    return -1.5, "debris must be earned"


def _item(context: Context, i: int, block: SourceBlock, shape: Shape) -> Scores:
    if block.kind is Kind.ROW:
        return _row(context, i, block)
    if not any(ch.isalnum() for ch in block.title + block.text):
        return {Role.DEBRIS: (3.0, "a list item with no words")}
    # The points of a prose list are phrases; initiatives are told in sentences. The list
    # as a whole decides, so that its items are read alike.
    mean = context.run_words.get(i, shape.words)
    told = context.run_sentences.get(i, float(_sentence_like(shape)))
    card = 1.5 + 0.8 * told + (0.5 if mean >= 14 else 0) + (0.5 if block.title else 0)
    # Items that open with a name (`Kickoff: …`) are named things: cards with that title.
    card += 1.2 * context.run_named.get(i, 0.0)
    listed = 1.0 + 0.8 * (1 - told) + (0.4 if mean <= 8 else 0) + (0.2 if block.numbered else 0)
    # Items in lower case go on with the sentence that leads in to them: points of the prose.
    listed += 1.5 * context.run_lower.get(i, 0.0)
    scores: Scores = {
        Role.CARD: (card, "an item of a list told in sentences" if told >= 0.5 else "a list item"),
        Role.LIST: (listed, "an item of a list of short points" if told < 0.5 else "a list item"),
    }
    if block.level > 1:
        scores = {role: (value - 1.0, reason) for role, (value, reason) in scores.items()}
        scores[Role.CONTINUE] = (2.0, "a sub-item of the item above")
    elif heading := _item_heading(context, i, block, shape):
        scores[Role.HEADING] = heading
        scores[Role.SUBHEADING] = (heading[0] - 0.3, heading[1])
    return scores


def _row(context: Context, i: int, block: SourceBlock) -> Scores:
    """A table of initiatives has a cell that tells (a card a row); a table of data does not."""
    if context.run_sentences.get(i, 0.0) > 0:
        if block.header_row:
            return {
                Role.DEBRIS: (2.5, "the column names of a table of initiatives"),
                Role.PARAGRAPH: (0.5, "the column names of a table"),
            }
        return {
            Role.CARD: (2.0, "a row of a table of initiatives"),
            Role.PARAGRAPH: (0.5, "a row of a table"),
        }
    return {Role.PARAGRAPH: (1.5, "a row of a table of data"), Role.CARD: (0.3, "a row")}


def _marker(block: SourceBlock) -> str:
    """What kind of list an item is in: numbered, or the bullet it is written with."""
    return "1." if block.numbered else block.marker


def _sentence_like(shape: Shape) -> bool:
    return shape.sentence_break or (shape.words >= 4 and shape.last_mark in (".", "?", "!", "…"))


def _item_heading(context: Context, i: int, block: SourceBlock, shape: Shape):
    """A numbered line standing alone above its own text: a numbered heading (`1. Wie?`)."""
    if shape.words > 14 or shape.last_mark in (".", ",", ";", "!") or shape.sentence_break:
        return None
    following = context.block(i + 1)
    if following is not None and following.kind is Kind.ITEM and following.level == 1:
        return None  # the next item of the same list
    score = 0.3 + (1.0 if block.numbered else 0) + (0.8 if block.blank_after else 0)
    if context.run_size.get(i, 1) == 1 and context.prose(i + 1):
        score += 0.8  # a list of one, above a paragraph: a numbered heading
    return score, "a numbered line standing alone" if block.numbered else "a lone list item"


def _is_short(shape: Shape, words: int = 12, chars: int = 90) -> bool:
    return shape.words <= words and shape.chars <= chars


def _title(context: Context, block: SourceBlock, shape: Shape) -> tuple[float, str]:
    if any(getattr(shape, name) for name in NOT_HEADINGS):
        return -3.0, "reads as something else"
    score, reason = 0.0, "a short line at the top"
    if shape.sentence_break and not block.heading:
        if shape.last_mark in (".", ":"):
            return NEVER, ""  # sentences that end in a full stop are a paragraph
        score -= 1.5  # `Klaar voor 2025? Ook een verkiezingsjaar` can be a title
    if block.heading:
        score += 3.5 if block.heading < (context.section_level or 7) or block.heading == 1 else 1.5
        reason = "the page's top heading"
    if _is_short(shape, 16, 120):
        score += 1.0
    else:
        score -= 3.0
    score -= {".": 0.8, ":": 1.5, ",": 3.0, ";": 3.0}.get(shape.last_mark, 0.0)
    if shape.first == "lower":
        score -= 1.5
    if block.blank_before and block.blank_after:
        score += 0.5
    return score, reason


def _alt_text(context: Context, i: int, shape: Shape, *, header: bool) -> tuple[float, str]:
    """A short line an image left behind: its alt text or its file name."""
    if shape.file_name:
        return 2.0, "looks like an image's file name"
    if shape.words > 8 or shape.last_mark or shape.sentence_break or shape.chars > 80:
        return NEVER, ""
    if shape.debris or shape.contact or shape.call_to_action or shape.detail or shape.caption:
        return NEVER, ""
    score, reason = -0.5, "a few words standing alone"
    if not context.blocks[i].spacing:
        score -= 1.5  # markup marks its images: a paragraph of markup is text
    if shape.first == "lower" and shape.words >= 2:
        score, reason = score + 1.5, "a few words in lower case, like an image's alt text"
    elif shape.pictures:
        score, reason = score + 1.5, "describes a picture"
    previous = context.block(i - 1)
    block = context.blocks[i]
    if (
        not header
        and previous is not None
        and previous.kind is Kind.ITEM
        and not block.blank_before
    ):
        score, reason = score + 1.2, "left under a list, like an image's alt text"
    score -= min(1.0, 0.4 * shape.function_words)
    return score, reason


def _heading(context: Context, i: int, shape: Shape) -> tuple[float, str]:
    block = context.blocks[i]
    if block.heading:
        level = context.section_level or block.heading
        if block.heading <= level:
            return 3.0, f"a level {block.heading} heading"
        return 1.0, f"a level {block.heading} heading, below the section headings"
    if any(getattr(shape, name) for name in NOT_HEADINGS[:4]):
        return NEVER, ""
    marked = context.section_level > 0  # the page marks its headings itself
    limit = 25 if block.bold else 12
    if not _is_short(shape, limit, 160 if block.bold else 90):
        return NEVER, ""
    score, reason = 0.0, "a short line"
    if block.bold:
        score, reason = score + 1.5, "a short line in bold"
    question = "?" in block.text  # a question and what it leads to: `Klaar voor 2025? Ook …`
    marks = {".": 0.8 if question else 2.5, "?": 0.3, ":": 2.0, "!": 0.8, "…": 0.8, ",": 3.0}
    score -= marks.get(shape.last_mark, 3.0 if shape.last_mark == ";" else 0.0)
    if shape.sentence_break:
        score -= 0.3 if question else 1.2
    if question and block.blank_after:
        score += 0.8  # a question standing above what answers it
    if shape.first == "lower":
        score -= 1.5
    elif shape.first == "other":
        score -= 0.3
    if shape.all_caps or shape.framed:
        score, reason = score + 0.8, "set apart in capitals or rules"
    if any(getattr(shape, name) for name in NOT_HEADINGS[4:]):
        score -= 3.0
    if marked:
        score -= 1.5
    following = context.block(i + 1)
    if not block.spacing:  # markup: a paragraph is a heading only by its look and place
        if not block.bold:
            score -= 0.6
        if following is not None and following.kind is Kind.ITEM:
            score, reason = score + 0.8, "stands above a list"
        return score, reason
    if block.blank_before and block.blank_after:
        score += 1.2
        reason = "stands alone" if following is None else _above(context, i + 1, "stands alone")
    elif following is not None and following.kind is Kind.ITEM and not block.blank_after:
        score, reason = score + 1.0, "stands above a list"
    elif not block.blank_before and previous_is_item(context, i) and block.blank_after:
        score, reason = score + 0.5, "stands under a list, above what follows"
    elif not block.blank_before:
        score -= 0.5
    return score, reason


def previous_is_item(context: Context, i: int) -> bool:
    previous = context.block(i - 1)
    return previous is not None and previous.kind is Kind.ITEM


def _above(context: Context, i: int, reason: str) -> str:
    following = context.block(i)
    if following is not None and following.kind is Kind.ITEM:
        return f"{reason} above a list"
    if context.prose(i):
        return f"{reason} above a paragraph"
    return reason


def _subheading(context: Context, block: SourceBlock, heading: tuple[float, str]):
    if block.heading:
        if context.section_level and block.heading > context.section_level:
            return 3.0, f"a level {block.heading} heading, inside a section"
        return 0.0, heading[1]
    if block.bold and context.section_level:
        return heading[0] + 1.0, heading[1]  # a bold paragraph under the marked headings
    if block.bold:
        return heading[0] - 0.7, heading[1]
    return heading[0] - 0.3, heading[1]


def _card_title(context: Context, i: int, shape: Shape, heading: tuple[float, str]):
    block = context.blocks[i]
    if block.heading:
        deeper = context.section_level and block.heading > context.section_level
        if not deeper or shape.last_mark == "?":
            return NEVER, ""
        if _short_text_follows(context, i):
            return 3.5, "a minor heading above a short text, like a card's title"
        return 1.5, "a minor heading above its text"
    if not _is_short(shape, 10, 80) or shape.last_mark in (".", ",", ";", "?"):
        return NEVER, ""
    if any(getattr(shape, name) for name in NOT_HEADINGS):
        return NEVER, ""
    score, reason = -1.0, "a short line above its text"
    if not block.blank_after and context.prose(i + 1):
        score, reason = score + 1.0, "a short line directly above its text"
    if block.bold:
        score += 0.8
    if block.links:
        score, reason = score + 0.5, "a linked name above its text"
    if shape.first == "lower":
        score -= 1.0
    return score, reason


def _under_card_title(context: Context, i: int) -> bool:
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


def _prose(shape: Shape) -> tuple[float, str]:
    if shape.words >= 8 or shape.sentence_break:
        return 0.5, "running text"
    if shape.last_mark in (".", "!", "…") and shape.words >= 2:
        return 0.3, "a sentence"
    if shape.last_mark == ":":
        return 0.2, "leads in to what follows"
    return -0.8, "a short line read as text"


def _typed_card(block: SourceBlock, shape: Shape) -> tuple[float, str]:
    if shape.bold_label and shape.words >= 6:
        return 0.8, "opens with a bold label"
    if shape.label_text and shape.words >= 8:
        return 0.4, "opens with a label and a colon or dash"
    return NEVER, ""


def _caption(context: Context, i: int, block: SourceBlock, shape: Shape):
    if block.caption:
        return 3.5, "the caption of an image"
    if shape.caption:
        return 2.5, "reads as a caption or a credit"
    return NEVER, ""


def _tag(shape: Shape) -> tuple[float, str]:
    """A word or two standing under the title: the theme the old site filed the page under."""
    if _is_short(shape, 4, 40) and not shape.last_mark and not shape.sentence_break:
        return 0.3, "a tag under the title"
    return NEVER, ""


def _call_to_action(shape: Shape) -> tuple[float, str]:
    # An invitation is said in a sentence or two; in a longer text it is only part of it.
    if shape.call_to_action and shape.words <= 45 and shape.sentences <= 3:
        return 2.0, "invites the reader to act"
    return NEVER, ""


def _contact(context: Context, i: int, shape: Shape) -> tuple[float, str]:
    if shape.detail:
        return 0.5, "an e-mail address or phone number"
    if shape.contact and shape.words <= 16 and shape.sentences <= 2:
        return 2.0, "names someone to contact"  # a line of its own, not a sentence in prose
    name, _ = name_and_role(context.blocks[i].text)
    if len(name.split()) <= 8 and not shape.last_mark and shape.first == "upper":
        # A signature: the name, perhaps a role, then an address or a number.
        for j in (i + 1, i + 2):
            block = context.block(j)
            if block is None or block.blank_before:
                break
            if context.shapes[j].detail or context.shapes[j].contact:
                return 1.5, "a name above contact details"
    return NEVER, ""


def _continue(context: Context, i: int, shape: Shape) -> tuple[float, str]:
    block, previous = context.blocks[i], context.block(i - 1)
    if previous is None or previous.kind not in (Kind.TEXT, Kind.ITEM):
        return NEVER, ""
    if block.blank_before:  # only a contact's details go on after a blank line
        return (0.0, "a contact detail") if shape.detail else (NEVER, "")
    before = context.shapes[i - 1]
    score, reason = 0.0, "written right under the line before"
    if not before.last_mark or before.last_mark == ",":
        score, reason = score + 1.5, "the line before stops mid-sentence"
    if shape.first in ("lower", "other"):
        score, reason = score + 1.5, "starts in lower case"
    if block.indent > previous.indent:
        score += 0.5
    if before.last_mark in (".", "!", "?", "…") and shape.first in ("upper", "digit"):
        score -= 1.0
    if shape.detail:
        score, reason = score + 1.0, "a contact detail"
    return score, reason


def transition(context: Context, i: int, previous: Role | None, role: Role | None) -> float:
    """How well ``role`` (block ``i``; None past the end) follows ``previous``."""
    if previous is Role.CARD_TITLE:
        if role is Role.IMAGE:
            return 0.0  # the card's image, between its title and its text
        return 0.6 if role is Role.CARD_TEXT else NEVER
    if role is Role.CARD_TEXT:
        if previous is Role.CARD_TEXT:  # more of the card: near in markup, rare in plain text
            return -0.5 if context.blocks[i].spacing else 0.0
        return 0.0 if previous is Role.CARD_TITLE else NEVER
    if role is Role.CONTINUE:
        if previous is None:
            return NEVER
        shape = context.shapes[i]
        if previous is Role.CONTACT:
            return 1.0 if shape.detail or shape.contact or _is_short(shape, 5, 50) else 0.0
        short_parts = (Role.TITLE, Role.HEADING, Role.SUBHEADING, Role.IMAGE, Role.HEADER_IMAGE)
        if previous in short_parts and not _is_short(shape, 8):
            return NEVER  # a title, heading or alt text broken over two lines, not its text
        if previous in (Role.CAPTION, Role.DOSSIER_LABEL):
            return -2.0  # a credit or a tag is one line
        if previous in (Role.IMAGE, Role.HEADER_IMAGE):
            return -1.5  # an alt text is not written over two lines
        return -0.8 if previous in (Role.HEADING, Role.SUBHEADING, Role.TITLE) else 0.0
    if role is Role.DOSSIER_LABEL and context.blocks[i].kind is Kind.TEXT:
        # A tag stands under the title, among the other things the old site put there.
        return 0.5 if previous in (Role.TITLE, Role.DOSSIER_LABEL, Role.HEADER_IMAGE) else NEVER
    if previous is Role.HEADING:
        if role in CONTENT:
            return 0.6
        if role is Role.DEBRIS and context.blocks[i].kind is Kind.TEXT:
            return -1.5  # what stands under a heading is what it names
        return -0.9 if role is Role.HEADING else -0.4
    if previous is Role.SUBHEADING:
        return 0.6 if role in CONTENT and role is not Role.SUBHEADING else -1.5
    if role is Role.CAPTION:
        return 1.2 if previous in (Role.IMAGE, Role.HEADER_IMAGE) else -0.5
    if role is Role.IMAGE and previous is Role.CAPTION:
        return 1.0  # a caption written above its image
    if role is Role.CALL_TO_ACTION and previous in (
        Role.TITLE,
        Role.DOSSIER_LABEL,
        Role.HEADER_IMAGE,
    ):
        return -2.0  # a page opens with what it is about, an invitation comes after
    if role is Role.HEADER_IMAGE and previous in (Role.INTRO, Role.PARAGRAPH):
        return NEVER  # the header image stands above the text
    if role is None:
        return 0.0
    if role in (Role.HEADING, Role.SUBHEADING) and previous is Role.TITLE:
        return -0.8  # the body seldom opens right under the title: first come tags, an intro
    if role is Role.SUBHEADING and previous in (Role.DOSSIER_LABEL, Role.HEADER_IMAGE, Role.INTRO):
        return -1.0  # a sub-heading stands in a section
    if role is Role.TITLE and previous is Role.HEADER_IMAGE:
        return 0.3  # the image, then the title: how old sites open a page
    if (
        role is Role.HEADER_IMAGE
        and previous in (Role.TITLE, Role.DOSSIER_LABEL)
        and context.blocks[i].kind is Kind.IMAGE
    ):
        return 1.5  # an image right under the title is the page's own
    if previous is Role.CARD and role is Role.CARD:
        return 0.3
    if previous is Role.LIST and role is Role.LIST:
        return 0.6
    if {previous, role} == {Role.CARD, Role.LIST} and not context.blocks[i].blank_before:
        return -1.5
    return 0.0
