"""Migration 0006: pages stored with a card's organisations as ListBlock items keep them.

The seed is imported, then its stored body and latest revision are rewritten by hand in
the shape every page had before 0006 (``{"type": "item", "value": id, "id": …}`` per
organisation); migrating must give the same organisations, the same public page and an
editor that opens on them.
"""

import json
import uuid

import pytest
from django.core.cache import caches
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from django.urls import reverse
from wagtail.models import Revision

from tests.browser import ensure_tree_root
from tests.paths import SEED
from tests.test_import_command import SEED_ORGANISATIONS, run_import
from tests.utils import make_home, make_organisation
from wagtail_dossiers.models import DossierPage

BEFORE = [("wagtail_dossiers", "0005_importrun_running")]
AFTER = [("wagtail_dossiers", "0006_card_organisations_in_one_field")]


def migrate(targets) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


def cards(body: list) -> list[dict]:
    return [
        item["value"]
        for block in body
        if block["type"] == "section"
        for item in block["value"]["items"]
        if item["type"] == "initiative"
    ]


def as_list_items(body: list) -> list:
    """The body as a page stored it before 0006: each organisation id a ListBlock item."""
    old = json.loads(json.dumps(body))
    for card in cards(old):
        card["organisations"] = [
            {"type": "item", "value": pk, "id": str(uuid.uuid4())} for pk in card["organisations"]
        ]
    return old


def stored_body(page) -> list:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT body FROM {DossierPage._meta.db_table} WHERE page_ptr_id = %s", [page.pk]
        )
        raw = cursor.fetchone()[0]
    return json.loads(raw) if isinstance(raw, str) else raw


def store_body(page, body: list) -> None:
    """Write the body and the latest revision's body as raw JSON, past the block definitions."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {DossierPage._meta.db_table} SET body = %s WHERE page_ptr_id = %s",
            [json.dumps(body), page.pk],
        )
    revision = Revision.objects.get(pk=page.latest_revision_id)
    revision.content["body"] = json.dumps(body)
    Revision.objects.filter(pk=revision.pk).update(content=revision.content)


def public_html(page) -> str:
    for cache in caches.all():
        cache.clear()  # the page as the stored data gives it now, not as it was cached
    response = Client().get(DossierPage.objects.get(pk=page.pk).url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def seed_page(transactional_db):
    ensure_tree_root()  # an earlier transactional test's flush removed Wagtail's root page
    home = make_home()
    for name, alias in SEED_ORGANISATIONS.items():
        make_organisation(name, aliases=alias)
    run_import(SEED, parent=str(home.pk), publish=True)
    yield DossierPage.objects.get()
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def test_the_seeds_cards_keep_their_organisations_through_migration_0006(seed_page):
    imported = stored_body(seed_page)
    chosen = [card["organisations"] for card in cards(imported)]
    assert sum(map(len, chosen)) >= len(SEED_ORGANISATIONS)  # the seed names them all
    html = public_html(seed_page)
    assert 'href="/organisaties/orbit/"' in html  # a card's organisation chip

    migrate(BEFORE)
    store_body(seed_page, as_list_items(imported))
    # Until it is migrated, a page stored the old way reads and renders the same.
    assert public_html(seed_page) == html
    migrate(AFTER)

    assert [card["organisations"] for card in cards(stored_body(seed_page))] == chosen
    revision = Revision.objects.get(pk=seed_page.latest_revision_id)
    assert [card["organisations"] for card in cards(json.loads(revision.content["body"]))] == (
        chosen
    )
    assert public_html(seed_page) == html


def test_the_editor_opens_a_migrated_page_on_its_organisations(
    seed_page, client, django_user_model
):
    imported = stored_body(seed_page)
    migrate(BEFORE)
    store_body(seed_page, as_list_items(imported))
    migrate(AFTER)

    draft = DossierPage.objects.get(pk=seed_page.pk).get_latest_revision_as_object()
    names = [[org.name for org in card.value["organisations"]] for card in draft_cards(draft)]
    orbit_card = next(n for n in names if "Orbit" in n)
    assert "De Wakkere Burger" in orbit_card  # a card with two organisations keeps both
    client.force_login(django_user_model.objects.create_superuser("admin", "a@b.be", "x"))
    response = client.get(reverse("wagtailadmin_pages:edit", args=(seed_page.pk,)))
    assert response.status_code == 200


def test_migrating_back_gives_every_organisation_a_list_item_again(seed_page):
    chosen = [card["organisations"] for card in cards(stored_body(seed_page))]
    migrate(BEFORE)
    items = [card["organisations"] for card in cards(stored_body(seed_page))]
    assert [[item["value"] for item in card] for card in items] == chosen
    assert all(item["type"] == "item" and item["id"] for card in items for item in card)


def draft_cards(page) -> list:
    return [
        item
        for block in page.body
        if block.block_type == "section"
        for item in block.value["items"]
        if item.block_type == "initiative"
    ]
