"""The import warnings in the editor's language: the core's templates through gettext.

The core (``importer.messages``) keeps one English template per warning and reports codes
with parameters; here they are translated where they are shown — the admin preview, the
report of an ``ImportRun`` — so that a Dutch admin reads Dutch. The reason the importer gives
for reading a part as it did is translated the same way (``reason``).
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..importer import messages
from ..importer.document import Reading, Warning


def describe(warning: Warning | Mapping) -> str:
    """What ``warning`` (a ``Warning`` or one stored in a report) says, translated."""
    stored = _stored(warning)
    if "params" not in stored:  # a report stored before warnings had parameters
        return str(stored.get("message", ""))
    template = messages.template(stored["code"], stored.get("variant", ""))
    return messages.fill(gettext(template), stored["params"] or {})


def reason(reading: Reading) -> str:
    """Why the importer read ``reading``'s part as it did, translated."""
    if not reading.reason:  # the empty message would translate as the catalogue's header
        return ""
    return messages.fill(gettext(reading.reason), reading.reason_args)


def _stored(warning: Warning | Mapping) -> Mapping:
    """A warning as a report stores it, whichever it was given as."""
    return warning.as_dict() if isinstance(warning, Warning) else warning


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
    language: ``{"code", "label", "warnings": [{"line", "code", "params", "message",
    "contentpath"}]}``."""
    known = {code for code, _label in WARNING_GROUPS if code}
    stored = [_stored(warning) for warning in warnings]
    groups = []
    for code, label in WARNING_GROUPS:
        chosen = [
            w for w in stored if (w.get("code") == code if code else w.get("code") not in known)
        ]
        if chosen:
            shown = [
                {
                    "line": w.get("line", 0),
                    "code": w.get("code", ""),
                    "params": w.get("params", {}),
                    "message": describe(w),
                    # Where the page editor shows it (reports stored before this have none).
                    "contentpath": w.get("contentpath", ""),
                }
                for w in chosen
            ]
            groups.append({"code": code or "other", "label": label, "warnings": shown})
    return groups
