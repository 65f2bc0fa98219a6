"""Why a block got its role: the few English words each score keeps, for the report and the
preview.

A reason is an English phrase marked with ``gettext_noop`` (``importer.messages``), so that
``makemessages`` puts it in the catalogue: the command and the JSON report say it in English,
the admin preview in the editor's language (``importing.messages.reason``). A reason that names
a value (a heading's level) is a ``Reason``: a template with named parameters and their values,
kept apart so that the template can be translated.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Reason:
    """A reason with parameters: ``Reason("a level %(level)s heading", {"level": 2})``."""

    template: str
    args: dict[str, object] = field(default_factory=dict)


def template_and_args(reason: str | Reason) -> tuple[str, dict[str, object]]:
    """A score's reason as its English template and the values of its parameters."""
    if isinstance(reason, Reason):
        return reason.template, dict(reason.args)
    return reason, {}


__all__ = ["Reason", "template_and_args"]
