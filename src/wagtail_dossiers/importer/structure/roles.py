"""The roles a source block can play in a dossier, and where in the page each may stand."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    TITLE = "title"
    DOSSIER_LABEL = "dossier_label"
    HEADER_IMAGE = "header_image"
    INTRO = "intro"
    HEADING = "heading"
    SUBHEADING = "subheading"
    CARD = "card"
    CARD_TITLE = "card_title"  # a title line whose card text follows
    CARD_TEXT = "card_text"  # the text of the card a title line opened
    PARAGRAPH = "paragraph"
    LIST = "list"  # an item of a list that belongs to the prose
    IMAGE = "image"
    CAPTION = "caption"
    CALL_TO_ACTION = "call_to_action"
    CONTACT = "contact"
    DEBRIS = "debris"
    CONTINUE = "continue"  # more of the part before it
    # Only an editor's hint has this role, and it names no block: the name in its text is not
    # an organisation (``enrich`` stops reporting it). No block is ever read as one.
    NOT_ORGANISATION = "not_organisation"


# The page is read in three phases: before the title, the top (title, labels, intro), the body.
BEFORE, TOP, BODY = 0, 1, 2
PHASE_ROLES: dict[int, frozenset[Role]] = {
    BEFORE: frozenset(
        {Role.DEBRIS, Role.HEADER_IMAGE, Role.DOSSIER_LABEL, Role.CAPTION, Role.CONTINUE}
    ),
    TOP: frozenset(
        {
            Role.TITLE,
            Role.DOSSIER_LABEL,
            Role.HEADER_IMAGE,
            Role.INTRO,
            Role.CAPTION,
            Role.DEBRIS,
            Role.CONTINUE,
        }
    ),
    BODY: frozenset(
        {
            Role.HEADING,
            Role.SUBHEADING,
            Role.CARD,
            Role.CARD_TITLE,
            Role.CARD_TEXT,
            Role.PARAGRAPH,
            Role.LIST,
            Role.IMAGE,
            Role.CAPTION,
            Role.CALL_TO_ACTION,
            Role.CONTACT,
            Role.DEBRIS,
            Role.CONTINUE,
            Role.DOSSIER_LABEL,
        }
    ),
}
# Roles that move the reading into a phase when they first occur.
ENTERS: dict[Role, int] = {Role.TITLE: TOP} | dict.fromkeys(
    PHASE_ROLES[BODY] - PHASE_ROLES[TOP], BODY
)
