"""The import plan: what confirming an admin import would do, decided before anything is
written — the prepared import, create or update, publish or draft, what changes.

Shared by the preview and the confirmation, so both decide on the same reading of the same
signed source — the confirmation on the preview's own when the cache still holds it
(``preview_cache``); the views only show and confirm it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..conf import get_page_model, get_time_budget
from ..forms import SignedSource
from ..importer.budget import time_budget
from .changes import BodyChanges, page_changes
from .hints import hints_from, stored_hints
from .pipeline import ImportFailed, PreparedImport, prepare_import, source_key_for

PASTED_SOURCE = _("pasted text")


@dataclass
class ImportPlan:
    """What a confirmation would do: the prepared import and where it goes."""

    source: SignedSource
    prepared: PreparedImport
    parent: object
    existing: object | None = None
    publish: bool = False
    publish_refused: bool = False
    changes: BodyChanges | None = None
    hints_remembered: bool = False  # the corrections of the source's last import, applied

    @property
    def action(self) -> str:
        return "update" if self.existing else "create"


def read_source(source: SignedSource) -> tuple[PreparedImport, bool]:
    """The pipeline on a signed source, with the corrections kept for it on a first preview;
    ``source.key`` and ``source.hints`` are set to what it was read with.

    Returns:
        The prepared import, and whether it applied corrections kept from an earlier import.
    """
    name = source.name or str(PASTED_SOURCE)
    options = {"format": "auto", "encoding": source.encoding or None, "title": source.title or None}
    # What identifies the source: a title given for it, else its file's name; pasted text
    # without a title is known by the title read from it (below).
    named = source.title or source.name
    key = source.key or (source_key_for(named) if named else "")
    remembered = source.hints is None  # a first preview: the corrections kept for the source
    if key and remembered:
        source.hints = stored_hints(key)
    with time_budget(get_time_budget()):  # one budget, however often the source is read
        prepared = prepare_import(
            source.data,
            source_name=name,
            source_key=key or None,
            hints=hints_from(source.hints or []),
            **options,
        )
        if not key:
            # Pasted text has no file name: its title identifies it, as a file's name would.
            key = source_key_for(prepared.page_fields["title"])
            source.hints = stored_hints(key) if remembered else source.hints
            prepared = prepare_import(
                source.data,
                source_name=name,
                source_key=key,
                hints=hints_from(source.hints or []),
                **options,
            )
    source.key = prepared.source_key
    return prepared, remembered and bool(source.hints)


def plan_import(
    user, source: SignedSource, parent, prepared: PreparedImport | None = None
) -> ImportPlan:
    """Run the pipeline — unless ``prepared`` is what a preview of ``source`` read already —
    and decide create or update, and publish or not.

    Raises ``ImportFailed`` for a source that cannot be imported, or an existing page
    from the same source that ``user`` may not change.
    """
    remembered = False
    if prepared is None:
        prepared, remembered = read_source(source)
    plan = ImportPlan(source=source, prepared=prepared, parent=parent)
    plan.hints_remembered = remembered
    existing = get_page_model().objects.filter(source_key=prepared.source_key).first()
    if existing is not None:
        permissions = existing.permissions_for_user(user)
        title = existing.get_admin_display_title()
        if not permissions.can_edit():
            raise ImportFailed(
                gettext(
                    'A page from this source exists already ("%(title)s"), and you may not edit it.'
                )
                % {"title": title}
            )
        if permissions.page_locked():
            raise ImportFailed(
                gettext('A page from this source exists already ("%(title)s"), and it is locked.')
                % {"title": title}
            )
        latest = existing.get_latest_revision_as_object()
        plan.existing = existing
        plan.changes = page_changes(latest, prepared.body, prepared.page_fields)
        may_publish = permissions.can_publish()
    else:
        may_publish = parent.permissions_for_user(user).can_publish_subpage()
    plan.publish = source.publish and may_publish
    plan.publish_refused = source.publish and not may_publish
    return plan
