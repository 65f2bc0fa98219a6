"""The write: one transaction per source, never a duplicate page, always an ImportRun."""

from __future__ import annotations

import swapper
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from ..conf import get_page_model
from ..models import ImportRun
from .changes import page_changes
from .hints import keep_hints
from .pipeline import ImportFailed, PreparedImport

ON_EXISTING = ("update", "skip", "fail")


def check_parent(parent, source_name: str) -> None:
    """Refuse a parent that cannot hold a dossier page, before anything is written."""
    page_model = get_page_model()
    if not page_model.can_create_at(parent.specific):
        raise ImportFailed(
            f"{source_name}: '{parent.title}' (id {parent.pk}) cannot hold a "
            f"{page_model._meta.verbose_name}; choose another parent page."
        )


def write_import(
    prepared: PreparedImport,
    parent,
    *,
    publish: bool = False,
    user=None,
    on_existing: str = "update",
) -> ImportRun:
    """Create or update the dossier page for ``prepared`` under ``parent``.

    The ImportRun is saved first, as running, outside the page's transaction: an import the
    process never finished (killed, out of memory) stays in Import history as "running or
    interrupted". The page and the run's outcome are then saved together; when the write
    fails, nothing of the page stays and the run says why. Re-raises the failure.
    """
    run = ImportRun.objects.create(
        started_at=timezone.now(),
        source_name=prepared.source_name[:500],
        source_key=prepared.source_key,
        source_hash=prepared.source_hash,
        source_format=prepared.format,
        user=user,
        status=ImportRun.Status.RUNNING,
        counts=prepared.counts,
        report=prepared.report,
    )
    try:
        with transaction.atomic():
            run.status, run.page = _write_page(prepared, parent, publish, user, on_existing)
            run.published = publish and run.status != ImportRun.Status.SKIPPED
            run.finished_at = timezone.now()
            run.save(update_fields=["status", "page", "published", "finished_at"])
    except Exception as error:
        # The page's transaction is rolled back; the run is told so outside it.
        run.page, run.published = None, False
        run.status = ImportRun.Status.FAILED
        run.error = str(error)
        run.finished_at = timezone.now()
        run.save(update_fields=["status", "page", "published", "error", "finished_at"])
        raise
    return run


def _write_page(prepared, parent, publish, user, on_existing):
    Page = swapper.load_model("wagtailcore", "Page")
    page_model = get_page_model()
    # Re-read and lock the parent: concurrent imports must not corrupt the tree's
    # paths and child counts (wagtail#3553, #7434).
    parent = Page.objects.select_for_update().get(pk=parent.pk).specific
    check_parent(parent, prepared.source_name)

    existing = page_model.objects.filter(source_key=prepared.source_key).first()
    if existing and on_existing == "skip":
        return ImportRun.Status.SKIPPED, existing
    if existing and on_existing == "fail":
        raise ImportFailed(
            f"{prepared.source_name}: a page from this source exists already "
            f"('{existing.title}', id {existing.pk}); use --on-existing update or skip."
        )

    fields = dict(prepared.page_fields)
    hub_id = fields.pop("dossier_hub")
    keep_hints(prepared.source_key, prepared.hints, user)
    if existing:
        page = existing.get_latest_revision_as_object()
        if not page_changes(page, prepared.body, prepared.page_fields).has_changes:
            # The same content again: no new revision; published if asked and not yet live.
            if publish and (not existing.live or existing.has_unpublished_changes):
                existing.get_latest_revision().publish(user=user)
            return ImportRun.Status.UNCHANGED, existing
        status = ImportRun.Status.UPDATED
    else:
        page = page_model(live=False)
        status = ImportRun.Status.CREATED
    for name, value in fields.items():
        setattr(page, name, value)
    page.dossier_hub_id = hub_id
    page.body = prepared.body
    if existing is None:
        page.slug = _free_slug(parent, fields["title"])
        parent.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
    return status, page


def _free_slug(parent, title: str) -> str:
    base = slugify(title)[:240] or "dossier"
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug
