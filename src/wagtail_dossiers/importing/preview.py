"""What the import preview shows: the blocks, the names, the warnings, the source lines.

Built from the prepared import's raw StreamField data, so the editor sees exactly
what the confirmation would store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import swapper
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..conf import get_page_model
from ..importer.decode import DecodeError, decode
from ..importer.structure.build import READING_TEXT_CHARS
from ..models import Organisation
from ..permissions import user_can_manage_organisations
from ..streamdata import blocks, card_organisation_ids
from .messages import describe, reason, warning_groups

if TYPE_CHECKING:
    from ..forms import SignedSource
    from .plan import ImportPlan

# The roles an editor can give a part of the source, in the order the select offers them.
ROLE_LABELS = {
    "title": _("Title"),
    "dossier_label": _("Dossier label"),
    "header_image": _("Header image"),
    "intro": _("Intro"),
    "heading": _("Heading"),
    "subheading": _("Sub-heading"),
    "card": _("Card (starts a new card here)"),
    "paragraph": _("Paragraph"),
    "image": _("Image"),
    "caption": _("Caption"),
    "call_to_action": _("Call to action"),
    "contact": _("Contact"),
    "debris": _("Not part of the page"),
    "continue": _("Joins the previous part"),
}
# What the importer may read a part as besides those: shown, not offered.
READ_AS_LABELS = {
    "card_title": _("Card title"),
    "card_text": _("Card text"),
    "list": _("List in the text"),
}


def build_preview(plan: ImportPlan, user=None) -> dict:
    """The prepared import as the template shows it: blocks, names, warnings, source lines."""
    prepared = plan.prepared
    stream_block = get_page_model()._meta.get_field("body").stream_block
    organisation_ids = {
        pk
        for _path, card in blocks(prepared.body)
        if card["type"] == "initiative"
        for pk in card_organisation_ids(card["value"])
    }
    organisations = Organisation.objects.in_bulk(organisation_ids)

    def item(block: dict) -> dict:
        value = block["value"]
        shown = {"type": block["type"], "label": _block_label(stream_block, block), "value": value}
        if block["type"] == "initiative":
            shown["organisations"] = [
                organisations[pk].name for pk in card_organisation_ids(value) if pk in organisations
            ]
            shown["links"] = [link["value"] for link in value["links"]]
        if block["type"] == "section":
            shown["items"] = [item(child) for child in value["items"]]
            shown["cards"] = sum(1 for child in value["items"] if child["type"] == "initiative")
        return shown

    fields = prepared.page_fields
    lines = _decoded_lines(plan.source.data, plan.source.encoding)
    Page = swapper.load_model("wagtailcore", "Page")
    hub = Page.objects.filter(pk=fields["dossier_hub"]).first() if fields["dossier_hub"] else None
    opts = get_page_model()._meta
    return {
        "fields_changed": [
            str(opts.get_field(name).verbose_name)
            for name in (plan.changes.fields_changed if plan.changes else [])
        ],
        "fields": fields,
        "dossier_label": hub.title if hub else fields["dossier_name"],
        "body": [item(block) for block in prepared.body],
        "counts": prepared.counts,
        "warning_groups": warning_groups(prepared.warnings),
        "unplaced": prepared.unplaced,
        "source_lines": _source_lines(plan, lines),
        "reading": _reading(plan),
        "role_choices": list(ROLE_LABELS.items()),
        "hints": plan.source.hints or [],
        "hints_remembered": plan.hints_remembered,
        # Unknown names can be fixed in place by who may manage organisations.
        "may_manage_organisations": bool(user) and user_can_manage_organisations(user),
        "organisation_choices": list(
            Organisation.objects.order_by("name").values_list("pk", "name")
        ),
    }


def _reading(plan: ImportPlan) -> list[dict]:
    """Each part as the importer read it: its lines, its role and why, for the editor to
    correct. A part an editor's hint placed says so."""
    hinted = set(plan.prepared.hints_applied)
    rows = []
    for reading in plan.prepared.reading:
        first = reading.lines.first
        rows.append(
            {
                "line": first,
                "lines": str(reading.lines),
                "text": reading.text,
                "role": reading.role,
                "role_label": ROLE_LABELS.get(reading.role) or READ_AS_LABELS.get(reading.role),
                "reason": reason(reading),
                "hinted": first in hinted,
            }
        )
    return rows


def corrected_hints(source: SignedSource, post) -> list[dict]:
    """The hints after the editor's choices in the preview: for each part, its ``role-<line>``
    select, the role it was read as (``read-<line>``) and its text as read (``text-<line>``,
    what finds the part again). A changed role is a hint for that line, the empty choice drops
    the line's hint, the others stay."""
    hints = {hint["line"]: hint for hint in source.hints or []}
    for name, role in post.items():
        prefix, _, number = name.partition("-")
        if prefix != "role" or not number.isdigit() or int(number) < 1:
            continue
        line = int(number)
        if role == "":
            hints.pop(line, None)
        elif role in ROLE_LABELS and role != post.get(f"read-{line}"):
            text = post.get(f"text-{line}", "").strip()[:READING_TEXT_CHARS]
            hints[line] = {"line": line, "text": text, "role": role}
    return [hints[line] for line in sorted(hints)]


def _decoded_lines(data: bytes, encoding: str) -> list[str]:
    try:
        text, _codec = decode(data, encoding or None)
    except DecodeError:
        return []
    return text.split("\n")


def _block_label(stream_block, block: dict) -> str:
    child = stream_block.child_blocks.get(block["type"])
    if child is None and block["type"] != "section":
        section_items = stream_block.child_blocks["section"].child_blocks["items"]
        child = section_items.child_blocks.get(block["type"])
    return str(child.label) if child is not None else block["type"]


def _source_lines(plan: ImportPlan, lines: list[str]) -> list[dict]:
    """The source, numbered, with the lines that warnings or unplaced text point at."""
    flagged: dict[int, list[str]] = {}
    for warning in plan.prepared.warnings:
        flagged.setdefault(warning.line, []).append(describe(warning))
    for unplaced in plan.prepared.unplaced:
        flagged.setdefault(unplaced.line, []).append(gettext("Not placed: %s") % unplaced.text)
    return [
        {"number": number, "text": line, "notes": flagged.get(number, [])}
        for number, line in enumerate(lines, start=1)
    ]
