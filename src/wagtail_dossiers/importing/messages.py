"""The import warnings in the editor's language: the core's templates through gettext.

The core (``importer.messages``) keeps one English template per warning and reports codes
with parameters; here they are translated where they are shown — the admin preview, the
report of an ``ImportRun`` — so that a Dutch admin reads Dutch.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.translation import gettext

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
