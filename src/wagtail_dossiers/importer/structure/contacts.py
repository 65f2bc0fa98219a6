"""Contacts from the blocks read as one: the line that names someone, and the lines under it.

Pure functions that return the contact and what of a line's words the contact does not hold,
for the report: a detector reads the phrases, these place the fields, and every word of a
line is checked to be in the contact or in the report.
"""

from __future__ import annotations

from collections import Counter

from ..detectors import Detectors
from ..document import Contact
from ..prose import contact_detail, join_fragments
from ..words import missing_words, words
from .blocks import SourceBlock
from .names import detail_holder
from .parts import item_text
from .wording import name_and_role


def contact_from(block: SourceBlock, detectors: Detectors) -> tuple[Contact, list[str]]:
    """The contact a block names, and the texts the report must keep."""
    report: list[str] = []
    text = item_text(block)  # an item's title is the name it opens with
    contact = detectors.contact(text, block.lines)
    if contact is None:
        detail = contact_detail(text)
        if detail is not None:  # an address or a number alone, perhaps labelled
            name = detail_holder(text)  # … or with whose it is (`Femke Surinx: +32 …`)
            contact = Contact(name=name, lines=block.lines, email=detail.email, phone=detail.phone)
            if words(detail.label) and not name:
                report.append(detail.label)
        else:  # `An Peeters - coördinator`, above the lines that say how to reach her
            name, role = name_and_role(text)  # (`Jan Smis,` signs above his role)
            contact = Contact(name=name.rstrip(" ,"), lines=block.lines, role=role)
    _take_links(contact, block)
    if missing_words(words(text), [_words(contact)] + [words(t) for t in report]):
        report.append(text)  # the detector left words out
    return contact, report


def add_contact_line(contact: Contact, block: SourceBlock, detectors: Detectors) -> list[str]:
    """A line under a contact: an address or number, the person's role, how to reach them.

    Returns what the report must keep: labels (`E-mail`, `Tel.`) and a line whose words the
    contact does not take, such as an address it has already.
    """
    contact.lines.last = block.lines.last
    before = _words(contact)
    _take_links(contact, block)  # `<br><a href="mailto:…">Neem contact op</a>`
    text = item_text(block)
    detail = contact_detail(text)
    if detail and not (detail.email and contact.email) and not (detail.phone and contact.phone):
        contact.email = contact.email or detail.email
        contact.phone = contact.phone or detail.phone
        return [detail.label] if words(detail.label) else []
    said = detectors.contact(text, block.lines)
    if said and not said.name and said.action_label:
        contact.action_label = join_fragments([contact.action_label, said.action_label])
        contact.email, contact.phone = contact.email or said.email, contact.phone or said.phone
    elif not contact.role and not contact.action_label and not detail:
        contact.role = text
    if missing_words(words(text), [_words(contact) - before]):
        return [text]
    return []


def _take_links(contact: Contact, block: SourceBlock) -> None:
    """The address of a ``mailto:`` link, the first web link and ``tel:`` number, where the
    contact has none yet."""
    for link in block.links:
        if link.url.startswith("mailto:") and not contact.email:
            contact.email = link.url[len("mailto:") :].split("?", 1)[0]
        elif link.url.startswith("http") and not contact.action_url:
            contact.action_url = link.url
    if block.phones and not contact.phone:
        contact.phone = block.phones[0]


def _words(contact: Contact) -> Counter[str]:
    fields = (contact.name, contact.role, contact.email, contact.phone, contact.action_label)
    return sum((words(field) for field in fields), Counter())
