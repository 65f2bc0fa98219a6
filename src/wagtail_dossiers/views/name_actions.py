"""Unknown names, fixed where the preview shows them: create the organisation, add the name as
an alias of one, or say it is no organisation (a hint of its own, kept with the source).

Each action comes with the preview's "read again" post (``CorrectImportView``): the action
is done first, so the reading that follows already knows the organisation.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.db import IntegrityError, transaction
from django.utils.translation import gettext

from ..forms import SignedSource
from ..importer.decode import DecodeError, decode
from ..importer.enrich.links import find_links
from ..models import Organisation
from ..permissions import user_can_manage_organisations


class NameActionIncomplete(ValueError):
    """An action the post does not say enough for (an alias of no organisation chosen)."""


def apply_name_action(user, source: SignedSource, post) -> str | None:
    """Do the name action ``post`` asks for; the message to show, or None when none was asked.

    Raises ``PermissionError`` for a user who may not add or change organisations, and
    ``NameActionIncomplete`` (its message for the editor) when a choice is missing.
    """
    # The buttons carry `<line>:<name>`: the warning's line and the name it reports.
    line, name = _line_and_name(post.get("organisation-create", ""))
    if name:
        return _create(user, source, name, line)
    if index := post.get("organisation-alias", ""):
        name = post.get(f"alias-name-{index}", "").strip()
        # Wagtail's chooser fills `alias-target-`; without JavaScript, a plain select does.
        target = post.get(f"alias-target-{index}") or post.get(f"alias-choice-{index}", "")
        if not user_can_manage_organisations(user):
            raise PermissionError
        if not target.isdigit():
            raise NameActionIncomplete(
                gettext("Choose the organisation that “%(name)s” is an alias of.") % {"name": name}
            )
        return _alias(user, name, target) if name else None
    line, name = _line_and_name(post.get("organisation-ignore", ""))
    if name:
        hints = [h for h in source.hints or [] if not _same_ignore(h, name)]
        source.hints = [*hints, {"line": line or 1, "text": name, "role": "not_organisation"}]
        return gettext("“%(name)s” is no longer reported for this source.") % {"name": name}
    return None


def _create(user, source: SignedSource, name: str, line: int) -> str:
    if not user_can_manage_organisations(user):
        raise PermissionError
    website = _website_for(name, source, line)
    try:
        with transaction.atomic():
            Organisation.objects.create(name=name[:255], website=website)
    except IntegrityError:
        return gettext("An organisation named “%(name)s” exists already.") % {"name": name}
    return gettext("The organisation “%(name)s” was created.") % {"name": name}


def _alias(user, name: str, target: str) -> str | None:
    if not user_can_manage_organisations(user):
        raise PermissionError
    organisation = Organisation.objects.filter(pk=int(target)).first()
    if organisation is None:
        return None
    if name.casefold() not in {alias.casefold() for alias in organisation.alias_list}:
        organisation.aliases = "\n".join([*organisation.alias_list, name])
        organisation.save(update_fields=["aliases"])
    return gettext("“%(name)s” is now an alias of %(organisation)s.") % {
        "name": name,
        "organisation": organisation.name,
    }


def _website_for(name: str, source: SignedSource, line: int) -> str:
    """A link on the name's line whose host spells the name (`okra.be` for Okra), or ""."""
    try:
        text, _codec = decode(source.data, source.encoding or None)
    except DecodeError:
        return ""
    lines = text.split("\n")
    if not 0 < line <= len(lines):
        return ""
    letters = "".join(ch for ch in name.casefold() if ch.isalnum())
    if len(letters) < 3:
        return ""
    for link in find_links(lines[line - 1]):
        parts = urlsplit(link.url)
        host = parts.hostname or ""
        if parts.scheme in ("http", "https") and letters in host.replace("-", "").replace(".", ""):
            return f"{parts.scheme}://{host}/"
    return ""


def _line_and_name(value: str) -> tuple[int, str]:
    line, _, name = value.partition(":")
    return (int(line) if line.isdigit() else 0), name.strip()


def _same_ignore(hint: dict, name: str) -> bool:
    return hint.get("role") == "not_organisation" and hint.get("text", "").casefold() == (
        name.casefold()
    )
