"""The import warnings in the editor's language: the core's templates through gettext.

The core (``importer.messages``) keeps one English template per warning and reports codes
with parameters; here they are translated where they are shown — the admin preview, the
report of an ``ImportRun`` — so that a Dutch admin reads Dutch.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..importer import messages
from ..importer.document import Warning


def describe(warning: Warning | Mapping) -> str:
    """What ``warning`` (a ``Warning`` or one stored in a report) says, translated."""
    if isinstance(warning, Warning):
        code, params, variant = warning.code, warning.params, warning.variant
    elif "params" in warning:
        code, params, variant = warning["code"], warning["params"], warning.get("variant", "")
    else:  # a report stored before warnings had parameters: its English sentence
        return str(warning.get("message", ""))
    return messages.fill(gettext(messages.template(code, variant)), params or {})


# The counts of an import report, as the ImportRun's page lists them.
COUNT_LABELS = {
    "sections": _("Sections"),
    "cards": _("Cards"),
    "empty_sections": _("Sections without cards"),
    "paragraphs": _("Paragraphs"),
    "images": _("Images"),
    "calls_to_action": _("Calls to action"),
    "contacts": _("Contacts"),
    "links": _("Links on cards"),
    "organisations": _("Organisations recognised"),
    "warnings": _("Warnings"),
    "unplaced": _("Texts not placed"),
}
# Warnings grouped by what an editor does about them, in that order.
WARNING_GROUPS = (
    ("image_missing", _("Images waiting for a file")),
    ("unknown_organisation", _("Names not recognised as organisations")),
    ("", _("Other warnings")),
)


def counts_shown(counts: Mapping) -> list[tuple[str, object]]:
    """The counts of a report with their labels, in the labels' order."""
    return [(str(label), counts[key]) for key, label in COUNT_LABELS.items() if key in counts]


def warning_groups(warnings: list) -> list[dict]:
    """``warnings`` (``Warning`` values or stored dicts) by what to do, said in the editor's
    language: ``{"code", "label", "warnings": [{"line", "code", "message"}]}``."""
    known = {code for code, _label in WARNING_GROUPS if code}
    groups = []
    for code, label in WARNING_GROUPS:
        chosen = [w for w in warnings if (_code(w) == code if code else _code(w) not in known)]
        if chosen:
            shown = [
                {"line": _line(w), "code": _code(w), "params": _params(w), "message": describe(w)}
                for w in chosen
            ]
            groups.append({"code": code or "other", "label": label, "warnings": shown})
    return groups


def _code(warning) -> str:
    return warning.code if isinstance(warning, Warning) else warning.get("code", "")


def _line(warning) -> int:
    return warning.line if isinstance(warning, Warning) else warning.get("line", 0)


def _params(warning) -> dict:
    return warning.params if isinstance(warning, Warning) else warning.get("params", {})
