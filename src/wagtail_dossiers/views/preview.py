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
from ..importing.messages import describe
from ..models import Organisation

if TYPE_CHECKING:
    from ..importing import PreparedImport
    from .imports import ImportPlan

WARNING_GROUPS = (
    ("image_missing", _("Images waiting for a file")),
    ("unknown_organisation", _("Names not recognised as organisations")),
    ("", _("Other warnings")),
)


def build_preview(plan: ImportPlan) -> dict:
    """The prepared import as the template shows it: blocks, names, warnings, source lines."""
    prepared = plan.prepared
    stream_block = get_page_model()._meta.get_field("body").stream_block
    organisation_ids = {
        item["value"]
        for block in prepared.body
        if block["type"] == "section"
        for card in block["value"]["items"]
        if card["type"] == "initiative"
        for item in card["value"]["organisations"]
    }
    organisations = Organisation.objects.in_bulk(organisation_ids)

    def item(block: dict) -> dict:
        value = block["value"]
        shown = {"type": block["type"], "label": _block_label(stream_block, block), "value": value}
        if block["type"] == "initiative":
            shown["organisations"] = [
                organisations[o["value"]].name
                for o in value["organisations"]
                if o["value"] in organisations
            ]
            shown["links"] = [link["value"] for link in value["links"]]
        if block["type"] == "section":
            shown["items"] = [item(child) for child in value["items"]]
            shown["cards"] = sum(1 for child in value["items"] if child["type"] == "initiative")
        return shown

    fields = prepared.page_fields
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
        "warning_groups": _warning_groups(prepared),
        "unplaced": prepared.unplaced,
        "source_lines": _source_lines(plan),
    }


def _block_label(stream_block, block: dict) -> str:
    child = stream_block.child_blocks.get(block["type"])
    if child is None and block["type"] != "section":
        section_items = stream_block.child_blocks["section"].child_blocks["items"]
        child = section_items.child_blocks.get(block["type"])
    return str(child.label) if child is not None else block["type"]


def _warning_groups(prepared: PreparedImport) -> list[dict]:
    known = {code for code, _label in WARNING_GROUPS if code}
    groups = []
    for code, label in WARNING_GROUPS:
        warnings = [
            w for w in prepared.warnings if (w.code == code if code else w.code not in known)
        ]
        if warnings:
            shown = [{"line": w.line, "code": w.code, "message": describe(w)} for w in warnings]
            groups.append({"code": code or "other", "label": label, "warnings": shown})
    return groups


def _source_lines(plan: ImportPlan) -> list[dict]:
    """The source, numbered, with the lines that warnings or unplaced text point at."""
    try:
        text, _codec = decode(plan.source.data, plan.source.encoding or None)
    except DecodeError:
        return []
    flagged: dict[int, list[str]] = {}
    for warning in plan.prepared.warnings:
        flagged.setdefault(warning.line, []).append(describe(warning))
    for unplaced in plan.prepared.unplaced:
        flagged.setdefault(unplaced.line, []).append(gettext("Not placed: %s") % unplaced.text)
    return [
        {"number": number, "text": line, "notes": flagged.get(number, [])}
        for number, line in enumerate(text.split("\n"), start=1)
    ]
