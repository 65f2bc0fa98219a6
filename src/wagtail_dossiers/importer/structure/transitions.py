"""How well each role follows the one before it: a heading wants something under it, a
card's title its text, a caption its image; the body does not open right under the title."""

from __future__ import annotations

from .blocks import Kind
from .context import NEVER, Context, is_short
from .evidence import CREDIT_LABEL_RE
from .roles import Role

CONTENT = frozenset({Role.CARD, Role.LIST, Role.PARAGRAPH, Role.CARD_TITLE, Role.CALL_TO_ACTION})


def transition(context: Context, i: int, previous: Role | None, role: Role | None) -> float:
    """How well ``role`` (block ``i``; None past the end) follows ``previous``."""
    if previous is Role.CARD_TITLE:
        if role is Role.IMAGE:
            return 0.0  # the card's image, between its title and its text
        return 0.6 if role is Role.CARD_TEXT else NEVER
    if role is Role.CARD_TEXT:
        if previous is Role.CARD_TEXT:  # more of the card: near in markup, rare in plain text
            block = context.blocks[i]  # (and in a paragraph's lines broken by `<br>`)
            return -0.5 if block.spacing or block.broken else 0.0
        return 0.0 if previous is Role.CARD_TITLE else NEVER
    if role is Role.CONTINUE:
        if previous is None:
            return NEVER
        shape = context.shapes[i]
        if previous is Role.CONTACT:
            if shape.person:
                return -0.5  # the next person of a list of names and roles
            return 1.0 if shape.detail or shape.contact or is_short(shape, 5, 50) else 0.0
        short_parts = (Role.TITLE, Role.HEADING, Role.SUBHEADING, Role.IMAGE, Role.HEADER_IMAGE)
        if previous in short_parts and not is_short(shape, 8):
            return NEVER  # a title, heading or alt text broken over two lines, not its text
        if previous is Role.CAPTION and CREDIT_LABEL_RE.fullmatch(context.blocks[i - 1].text):
            return 1.0  # `Foto's` / `Bob Van Mol`: the credit's label, then whose it is
        if previous in (Role.CAPTION, Role.DOSSIER_LABEL):
            return -2.0  # a credit or a tag is one line
        if previous is Role.DEBRIS and i in context.menu_column:
            return 0.0  # a menu written as a column: one block of chrome
        if previous is Role.DEBRIS and context.blocks[i].kind is Kind.TEXT:
            return -1.5  # a widget, a menu, a date: each is a line of its own
        if previous in (Role.IMAGE, Role.HEADER_IMAGE):
            return -1.5  # an alt text is not written over two lines
        return -0.8 if previous in (Role.HEADING, Role.SUBHEADING, Role.TITLE) else 0.0
    if role is Role.DOSSIER_LABEL and context.blocks[i].kind is Kind.TEXT:
        # A tag stands under the title, among the other things the old site put there.
        if previous in (Role.TITLE, Role.DOSSIER_LABEL, Role.HEADER_IMAGE):
            return 0.5
        if previous is None:
            return -0.5  # the site's rubric or chapter, above the title (`In het vizier`)
        # Tags stand there even under a copy of the title the old site printed (above the
        # text: amid it, words parted by bars are the page's).
        tags = context.shapes[i].tags and i < context.first_prose
        return 0.0 if previous is Role.DEBRIS and tags else NEVER
    if previous is Role.HEADING:
        if role in CONTENT or role is Role.CONTACT:  # `Samenstelling`, `Contact`: who
            return 0.6
        if role is Role.DEBRIS and context.blocks[i].kind is Kind.TEXT:
            return -1.5  # what stands under a heading is what it names
        if role is Role.IMAGE:
            return 0.0  # the section's picture, above its text
        if role is None:
            return -1.5  # the page ends: a heading over nothing is the start of a text cut off
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
    if role is Role.HEADER_IMAGE and previous in (Role.TITLE, Role.DOSSIER_LABEL):
        # An image right under the title is the page's own; so is an alt text left there.
        return 1.5 if context.blocks[i].kind is Kind.IMAGE else 0.3
    if previous is Role.CARD and role is Role.CARD:
        return 0.3
    if previous is Role.CARD_TEXT and role is Role.PARAGRAPH:
        return -0.6  # more text under a titled card: the title was a heading
    if previous is Role.LIST and role is Role.LIST:
        return 0.6
    if {previous, role} == {Role.CARD, Role.LIST} and not context.blocks[i].blank_before:
        return -1.5
    return 0.0
