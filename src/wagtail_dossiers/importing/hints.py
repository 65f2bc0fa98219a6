"""Import hints from a file or a form: an editor's corrections, checked before they are used.

A hint is ``{"line": N, "text": "<that source line, stripped>", "role": "<role>"}``; the pure
core (``importer.structure.hints``) finds its block again and applies it. The hints of every
import are kept with the source's key (``ImportHints``), so that the next import of the same
source applies them again without being asked.
"""

from __future__ import annotations

import json
from typing import Any

from ..importer.structure import HINT_ROLES, Hint


class HintsInvalid(ValueError):
    """Hints that cannot be read; the message says what is wrong, for the file's name to lead."""


def parse_hints(data: str | bytes) -> list[Hint]:
    """The hints of a JSON list; raises ``HintsInvalid`` naming the first problem."""
    try:
        raw = json.loads(data)
    except (ValueError, UnicodeDecodeError) as error:
        raise HintsInvalid(f"not JSON ({error})") from error
    return hints_from(raw)


def hints_from(raw: Any) -> list[Hint]:
    """The hints of a decoded JSON value (a list of hint objects)."""
    if not isinstance(raw, list):
        raise HintsInvalid("expected a JSON list of hints")
    return [_hint(number, item) for number, item in enumerate(raw, start=1)]


def _hint(number: int, item: Any) -> Hint:
    if not isinstance(item, dict):
        raise HintsInvalid(f"hint {number} is not an object")
    line, text, role = item.get("line"), item.get("text", ""), item.get("role")
    if not isinstance(line, int) or isinstance(line, bool) or line < 1:
        raise HintsInvalid(f"hint {number}: 'line' must be a line number (1 or more)")
    if not isinstance(text, str):
        raise HintsInvalid(f"hint {number}: 'text' must be the line's text")
    if role not in HINT_ROLES:
        raise HintsInvalid(
            f"hint {number}: unknown role {role!r}; use one of {', '.join(sorted(HINT_ROLES))}"
        )
    return Hint(line=line, role=HINT_ROLES[role], text=text.strip())


def hint_json(hint: Hint) -> dict[str, Any]:
    return {"line": hint.line, "text": hint.text, "role": hint.role.value}


def stored_hints(source_key: str) -> list[dict[str, Any]]:
    """The corrections kept from the last import of ``source_key`` (JSON hints), or none."""
    from ..models import ImportHints

    record = ImportHints.objects.filter(source_key=source_key).first()
    return list(record.hints) if record else []


def keep_hints(source_key: str, hints: list[Hint], user=None) -> None:
    """Keep ``hints`` as the corrections of ``source_key``; no hints, no record."""
    from ..models import ImportHints

    if not hints:
        ImportHints.objects.filter(source_key=source_key).delete()
        return
    ImportHints.objects.update_or_create(
        source_key=source_key, defaults={"hints": [hint_json(h) for h in hints], "user": user}
    )
