"""``manage.py import_dossier``: the seed, other dossiers, re-imports, failures and bad input."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError
from wagtail.models import Page

from home.models import InfoPage
from tests.expected import (
    CARDS,
    CARDS_PER_SECTION,
    CONTACT_ACTION,
    CONTACT_NAME,
    DOSSIER_LABEL,
    HEADER_IMAGE_ALT,
    HEADINGS,
    TITLE,
)
from tests.paths import FILES, SEED
from tests.utils import make_organisation
from wagtail_dossiers.importer import words
from wagtail_dossiers.models import DossierPage, ImportRun

SEED_ORGANISATIONS = {
    "Okra": "",
    "Avansa Limburg": "",
    "VI.BE": "",
    "Beweging.net": "",
    "De Wakkere Burger": "",
    "Orbit": "ORBIT",
}


def dry_run(*sources: Path | str, **options) -> list[dict]:
    out = io.StringIO()
    call_command(
        "import_dossier",
        *map(str, sources),
        dry_run=True,
        json=True,
        stdout=out,
        stderr=io.StringIO(),
        **options,
    )
    return json.loads(out.getvalue())


def run_import(*sources: Path | str, **options) -> str:
    out = io.StringIO()
    call_command("import_dossier", *map(str, sources), stdout=out, stderr=out, **options)
    return out.getvalue()


def stored_words(result: dict) -> list:
    """The words a reader finds in what would be stored, plus the report's unplaced text.

    Written independently of the importer's own check: every string in the page
    fields and the body, markup stripped, plus the unplaced list.
    """
    found = []

    def walk(value):
        if isinstance(value, str):
            found.append(words.html_words(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in ("id", "type", "url", "source_key"):
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(result["page"])
    walk(result["body"])
    found += [words.words(item["text"]) for item in result["report"]["unplaced"]]
    return found


def sections(result: dict) -> list[dict]:
    return [b["value"] for b in result["body"] if b["type"] == "section"]


def cards(section: dict) -> list[dict]:
    return [i["value"] for i in section["items"] if i["type"] == "initiative"]


def card_text(card: dict) -> str:
    return " ".join((card["title"] + " " + words.TAG_RE.sub(" ", card["text"])).split())


@pytest.fixture
def seed_registry(db):
    return {
        name: make_organisation(name, aliases=alias) for name, alias in SEED_ORGANISATIONS.items()
    }


# ----------------------------------------------------------------------------- the seed


def test_seed_dry_run_gives_the_expected_structure(seed_registry):
    [result] = dry_run(SEED)
    page = result["page"]
    assert page["title"] == TITLE
    assert page["dossier_name"] == DOSSIER_LABEL
    assert page["header_image_alt"] == HEADER_IMAGE_ALT
    assert "Lokale verkiezingen beroeren onze sectoren" in page["intro"]
    assert "En de wijzigingen rond opkomstplicht" in page["intro"]
    assert "Dossier:" not in page["intro"]

    found = sections(result)
    assert [s["heading"] for s in found] == HEADINGS
    assert [len(cards(s)) for s in found] == CARDS_PER_SECTION
    assert result["report"]["counts"]["cards"] == CARDS

    image = [i["value"] for i in found[2]["items"] if i["type"] == "image"]
    assert image == [{"image": None, "alt_text": "Groep film debat klein", "caption": ""}]
    cta = [i["value"] for i in found[3]["items"] if i["type"] == "call_to_action"]
    assert len(cta) == 1 and cta[0]["text"].startswith("Plan je als")
    assert "Laat ze ons weten" in cta[0]["text"]
    assert not any("Plan je als" in card_text(c) for s in found for c in cards(s))

    [contact] = [b["value"] for b in result["body"] if b["type"] == "contact"]
    assert contact["name"] == CONTACT_NAME
    assert contact["action_label"] == CONTACT_ACTION
    assert result["body"][-1]["type"] == "contact"


def test_seed_card_broken_over_three_lines_is_one_card(seed_registry):
    [result] = dry_run(SEED)
    texts = [card_text(c) for s in sections(result) for c in cards(s)]
    joined = [t for t in texts if "burgerparticipatiemethoden" in t]
    assert len(joined) == 1
    assert "in hun werking integreren, als ze daarvoor" in joined[0]


def test_seed_web_addresses_become_https_links_on_their_cards(seed_registry):
    [result] = dry_run(SEED)
    all_cards = [c for s in sections(result) for c in cards(s)]
    urls = {item["value"]["url"] for c in all_cards for item in c["links"]}
    assert "https://www.ikstemook.be" in urls
    assert "https://vi.be/lokaal" in {u.lower() for u in urls}
    ikstemook = [c for c in all_cards if "ikstemook" in card_text(c)]
    assert "https://www.ikstemook.be" in [i["value"]["url"] for i in ikstemook[0]["links"]]


def test_seed_cards_name_the_organisations_the_registry_knows(seed_registry):
    [result] = dry_run(SEED)
    all_cards = [c for s in sections(result) for c in cards(s)]
    ids = {name: org.pk for name, org in seed_registry.items()}

    def orgs_of(fragment):
        [card] = [c for c in all_cards if fragment in card_text(c)]
        return set(card["organisations"])

    assert orgs_of("Avansa Limburg gaat er binnenkort") == {ids["Avansa Limburg"]}
    assert ids["Okra"] in orgs_of("Okra roept senioren")
    assert ids["VI.BE"] in orgs_of("repetitieruimtes")
    assert ids["Beweging.net"] in orgs_of("Geef ons Ruimte")
    assert {ids["Orbit"], ids["De Wakkere Burger"]} <= orgs_of("Niet-Belgische kiezers")
    assert result["report"]["counts"]["organisations"] == len(SEED_ORGANISATIONS)


def test_seed_every_word_is_in_the_page_or_the_report(seed_registry):
    [result] = dry_run(SEED)
    missing = words.missing_words(words.words(SEED.read_text("utf-8")), stored_words(result))
    assert not missing
    assert "words_not_placed" not in {w["code"] for w in result["report"]["warnings"]}


def test_seed_report_asks_for_the_missing_image_files(seed_registry):
    [result] = dry_run(SEED)
    missing = [w for w in result["report"]["warnings"] if w["code"] == "image_missing"]
    assert {w["line"] for w in missing} == {1, 33}


# ------------------------------------------------------------------- other dossiers


# Every sample dossier with words in it (the empty ones are bad-input cases).
FIXTURES = sorted(
    p
    for p in FILES.iterdir()
    if p.suffix in (".txt", ".html") and words.words(p.read_bytes().decode("utf-8", "ignore"))
)


@pytest.mark.django_db
@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_every_fixture_keeps_every_word(path):
    from wagtail_dossiers.importing.pipeline import visible_words

    [result] = dry_run(path, title="Fallback title")
    from wagtail_dossiers.importer.decode import decode

    text, _ = decode(path.read_bytes())
    fmt = "html" if path.suffix == ".html" else "text"
    missing = words.missing_words(visible_words(text, fmt), stored_words(result))
    assert not missing
    assert "words_not_placed" not in {w["code"] for w in result["report"]["warnings"]}


@pytest.mark.django_db
def test_html_export_becomes_sections_of_cards():
    [result] = dry_run(FILES / "legacy-export.html")
    assert result["page"]["title"]
    assert len(sections(result)) == 4
    assert sum(len(cards(s)) for s in sections(result)) == 10


# The file's six bullets: three initiatives under `Ontmoeting`, three points on money
# under `Financiën` (read off the file).
WINDOWS_1252_CARDS = [3, 0]


@pytest.mark.django_db
def test_windows_1252_file_imports_without_garbling():
    [result] = dry_run(FILES / "windows-1252-crlf.txt")
    blob = json.dumps(result, ensure_ascii=False)
    assert "Ã" not in blob and "\ufffd" not in blob
    for kept in ("Café Samen", "Kunstenaars’ ateliers", "500 €", "Naïeve vragen", "Coördinatie"):
        assert kept in blob
    # The three initiatives are cards; the points on money are one list of the section.
    assert [len(cards(s)) for s in sections(result)] == WINDOWS_1252_CARDS


@pytest.mark.django_db
def test_a_two_thousand_card_dossier_imports(tmp_path, home):
    lines = ["Een groot dossier", "", "Dossier: Test", "", "Een inleiding over het dossier.", ""]
    for s in range(20):
        lines += [f"Thema nummer {s}", ""]
        lines += [f" • Initiatief {s}-{c} van een organisatie in de regio." for c in range(100)]
        lines.append("")
    source = tmp_path / "groot.txt"
    source.write_text("\n".join(lines), encoding="utf-8")
    [result] = dry_run(source)
    assert result["report"]["counts"]["cards"] == 2000
    run_import(source, parent=str(home.pk))
    page = DossierPage.objects.get(source_key="groot")
    assert (
        sum(len(block.value["items"]) for block in page.get_latest_revision_as_object().body)
        == 2000
    )


@pytest.mark.django_db
def test_dry_run_json_body_is_exactly_what_is_stored(home, seed_registry):
    [result] = dry_run(SEED)
    run_import(SEED, parent=str(home.pk))
    page = DossierPage.objects.get(source_key="lokale-verkiezingen-2024")
    stored = page.get_latest_revision().content["body"]
    assert (json.loads(stored) if isinstance(stored, str) else stored) == result["body"]


# ------------------------------------------------------------------------ writing


@pytest.mark.django_db
def test_import_creates_a_draft_under_the_parent_and_logs_the_run(home):
    out = run_import(SEED, parent=str(home.pk))
    page = DossierPage.objects.get()
    assert page.get_parent().pk == home.pk
    assert not page.live and page.has_unpublished_changes
    run = ImportRun.objects.get()
    assert run.status == "created" and run.page_id == page.pk
    assert run.counts["cards"] == CARDS and run.report["warnings"]
    assert "created" in out and str(CARDS) in out


@pytest.mark.django_db
def test_parent_can_be_given_as_a_url_path(home):
    run_import(SEED, parent="/", publish=True)
    page = DossierPage.objects.get()
    assert page.get_parent().pk == home.pk and page.live


@pytest.mark.django_db
def test_importing_twice_updates_one_page_with_two_revisions_and_stable_block_ids(home, tmp_path):
    run_import(SEED, parent=str(home.pk), publish=True)
    first_ids = [b.id for b in DossierPage.objects.get().body]
    # The same source again: nothing changes, no revision, and the summary says so.
    out = run_import(SEED, parent=str(home.pk), publish=True)
    assert DossierPage.objects.get().revisions.count() == 1
    assert "unchanged" in out
    # The source changed (the first section's heading): a new revision; the other blocks
    # keep their ids, so the editor's later changes to them can be compared.
    changed = tmp_path / SEED.name
    changed.write_bytes(SEED.read_bytes().replace(b"Sectoren in actie", b"Onze sectoren in actie"))
    run_import(changed, parent=str(home.pk), publish=True)
    page = DossierPage.objects.get()
    assert page.revisions.count() == 2
    new_ids = [b.id for b in page.body]
    assert new_ids[0] != first_ids[0] and new_ids[1:] == first_ids[1:]
    assert list(ImportRun.objects.order_by("pk").values_list("status", flat=True)) == [
        "created",
        "unchanged",
        "updated",
    ]


@pytest.mark.django_db
def test_on_existing_skip_and_fail(home):
    run_import(SEED, parent=str(home.pk))
    run_import(SEED, parent=str(home.pk), on_existing="skip")
    assert DossierPage.objects.get().revisions.count() == 1
    with pytest.raises(CommandError):
        run_import(SEED, parent=str(home.pk), on_existing="fail")
    assert DossierPage.objects.get().revisions.count() == 1


@pytest.mark.django_db
def test_a_dossier_label_links_to_the_hub_page_of_that_title(home):
    hub = DossierPage(title=DOSSIER_LABEL)
    home.add_child(instance=hub)
    run_import(SEED, parent=str(hub.pk))
    page = DossierPage.objects.get(source_key="lokale-verkiezingen-2024")
    assert page.dossier_hub_id == hub.pk
    assert page.dossier_label == hub.title


@pytest.mark.django_db
def test_an_error_during_the_write_leaves_no_page_and_a_failed_run(home, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(DossierPage, "save_revision", broken)
    children = home.get_children().count()
    with pytest.raises(RuntimeError):
        run_import(SEED, parent=str(home.pk))
    assert DossierPage.objects.count() == 0
    home.refresh_from_db()
    assert home.get_children().count() == children and home.numchild == children
    run = ImportRun.objects.get()
    assert run.status == "failed" and "disk full" in run.error


@pytest.mark.django_db
def test_one_failing_source_does_not_stop_the_others(home, tmp_path):
    empty = tmp_path / "leeg.txt"
    empty.write_text("")
    with pytest.raises(CommandError, match="1 of 2"):
        run_import(empty, SEED, parent=str(home.pk))
    assert DossierPage.objects.count() == 1


@pytest.mark.django_db
def test_a_database_error_fails_its_source_only_and_says_so(home, tmp_path, monkeypatch):
    other = tmp_path / "ander-dossier.txt"
    other.write_bytes(SEED.read_bytes())
    original = DossierPage.save_revision

    def locked_for_the_seed(page, *args, **kwargs):
        if page.source_key == "lokale-verkiezingen-2024":
            raise OperationalError("database is locked")
        return original(page, *args, **kwargs)

    monkeypatch.setattr(DossierPage, "save_revision", locked_for_the_seed)
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 of 2"):
        call_command("import_dossier", str(SEED), str(other), parent=str(home.pk),
                     stdout=io.StringIO(), stderr=err)  # fmt: skip
    assert "the database refused the write (database is locked)" in err.getvalue()
    assert list(DossierPage.objects.values_list("source_key", flat=True)) == ["ander-dossier"]
    assert ImportRun.objects.get(source_key="lokale-verkiezingen-2024").status == "failed"


@pytest.mark.django_db
def test_dry_run_json_gives_an_error_object_for_a_source_that_fails(tmp_path):
    empty = tmp_path / "leeg.txt"
    empty.write_text("")
    out = io.StringIO()
    with pytest.raises(CommandError, match="1 of 2"):
        call_command("import_dossier", str(empty), str(SEED), dry_run=True, json=True,
                     stdout=out, stderr=io.StringIO())  # fmt: skip
    failed, imported = json.loads(out.getvalue())
    assert failed["source"] == str(empty) and "leeg.txt" in failed["error"]
    assert set(failed) == {"source", "error"}
    assert imported["report"]["counts"]["cards"] == 45


# ---------------------------------------------------------------------- bad input


def bad_sources(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    (tmp_path / "leeg.txt").write_bytes(b"")
    (tmp_path / "spaties.txt").write_bytes(b"  \n\t\n  ")
    (tmp_path / "plaatje.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 20)
    (tmp_path / "kapot.txt").write_bytes(b"Titel\n\nTekst \x81\x8d\x8f\x90\x9d en meer\n")
    (tmp_path / "map").mkdir()
    os.mkfifo(tmp_path / "pijp")
    (tmp_path / "groot.txt").write_bytes(b"Titel\n\n" + b"woord " * 1_000_000)  # 6 MB
    return {
        "missing": (tmp_path / "bestaat-niet.txt", "no such file"),
        "empty": (tmp_path / "leeg.txt", "empty"),
        "whitespace": (tmp_path / "spaties.txt", "whitespace"),
        "binary": (tmp_path / "plaatje.png", "text"),
        "undecodable": (tmp_path / "kapot.txt", "--encoding"),
        "directory": (tmp_path / "map", "directory"),
        "fifo": (tmp_path / "pijp", "not a regular file"),
        "device": (Path("/dev/zero"), "not a regular file"),
        "too large": (tmp_path / "groot.txt", "6,000,007 bytes, over the limit of 5,242,880 bytes"),
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "case",
    [
        "missing", "empty", "whitespace", "binary", "undecodable", "directory", "fifo", "device",
        "too large",
    ],
)  # fmt: skip
def test_bad_input_names_the_file_fails_and_changes_nothing(home, tmp_path, case, capsys):
    path, problem = bad_sources(tmp_path)[case]
    pages = Page.objects.count()
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_dossier", str(path), parent=str(home.pk), stdout=io.StringIO(), stderr=err
        )
    message = err.getvalue()
    assert str(path) in message and problem in message
    assert Page.objects.count() == pages and ImportRun.objects.count() == 0


@pytest.mark.django_db
def test_max_size_raises_the_limit_for_one_run(tmp_path):
    big = tmp_path / "groot.txt"
    big.write_text("Groot dossier\n\n" + "• Een vereniging doet iets moois in de wijk.\n" * 200)
    with pytest.raises(CommandError):
        dry_run(big, max_size=1000)
    [result] = dry_run(big, max_size=20_000)
    assert result["page"]["title"] == "Groot dossier"


@pytest.mark.django_db
def test_a_source_without_a_title_asks_for_one(tmp_path):
    source = tmp_path / "zonder-titel.txt"
    source.write_text(" • Alleen een kaart zonder titel.\n • Nog een kaart.\n")
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_dossier", str(source), dry_run=True, stdout=io.StringIO(), stderr=err)
    assert "--title" in err.getvalue() and str(source) in err.getvalue()
    [result] = dry_run(source, title="Gegeven titel")
    assert result["page"]["title"] == "Gegeven titel"


@pytest.mark.django_db
def test_a_missing_parent_is_refused(home):
    with pytest.raises(CommandError, match="no such page"):
        run_import(SEED, parent="999999")
    with pytest.raises(CommandError, match="required"):
        run_import(SEED)
    assert DossierPage.objects.count() == 0


@pytest.mark.django_db
def test_a_parent_that_cannot_hold_a_dossier_is_refused(home):
    info = home.add_child(instance=InfoPage(title="Over ons", slug="over-ons"))
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_dossier", str(SEED), parent=str(info.pk), stdout=io.StringIO(), stderr=err
        )
    assert str(SEED) in err.getvalue() and "cannot hold" in err.getvalue()
    assert DossierPage.objects.count() == 0 and ImportRun.objects.count() == 0


@pytest.mark.django_db
def test_an_explicit_encoding_is_used(tmp_path):
    source = tmp_path / "latin.txt"
    source.write_bytes("Café cultuur\n\n • Een initiatief van Ferm.\n".encode("cp1252"))
    [result] = dry_run(source, encoding="cp1252")
    assert result["page"]["title"] == "Café cultuur"
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_dossier",
            str(source),
            dry_run=True,
            encoding="no-such-codec",
            stdout=io.StringIO(),
            stderr=err,
        )
    assert "no-such-codec" in err.getvalue()


@pytest.mark.django_db
def test_hostile_html_stores_nothing_executable(home):
    run_import(FILES / "hostile.html", parent=str(home.pk), title="Vijandig")
    page = DossierPage.objects.get()
    stored = json.dumps(
        [page.title, page.intro, page.dossier_name, page.header_image_alt, list(page.body.raw_data)]
    ).lower()
    for needle in (
        "<script",
        "javascript:",
        "data:text",
        "onerror=",
        "onclick=",
        "onload=",
        "<iframe",
        "<object",
    ):
        assert needle not in stored, needle
    run = ImportRun.objects.get()
    assert any(w["code"] == "removed_element" for w in run.report["warnings"])


def test_sources_named_alike_in_different_folders_are_different_dossiers():
    from wagtail_dossiers.importing.pipeline import source_key_for

    assert source_key_for("export/verkiezingen/index.html") == "verkiezingen-index"
    assert source_key_for("export/klimaat/index.html") == "klimaat-index"
    assert source_key_for("dossiers/lokale-verkiezingen-2024.txt") == "lokale-verkiezingen-2024"
    assert source_key_for("index.html") == "index"


@pytest.mark.django_db
def test_a_file_mixing_utf8_and_windows_1252_is_read_line_by_line_with_a_warning(tmp_path):
    source = tmp_path / "gemengd.txt"
    source.write_bytes(
        "Café-avonden\n\nOntmoeting\n\n • Het café De Ster opent elke woensdag.\n".encode()
        + " • Café Rosé nodigt buren uit voor een koffietafel.\n".encode("cp1252")
    )
    (result,) = dry_run(source)
    blob = json.dumps(result, ensure_ascii=False)
    assert "Ã" not in blob and "â€" not in blob
    assert result["page"]["title"] == "Café-avonden"
    assert result["report"]["counts"]["cards"] == 2
    (warning,) = [w for w in result["report"]["warnings"] if w["code"] == "mixed_encoding"]
    assert warning["line"] == 6 and warning["params"] == {"count": 1, "line": 6}
    assert "Rosé" in blob


@pytest.mark.django_db
def test_an_import_killed_mid_write_stays_in_the_history_as_running(home, monkeypatch):
    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # what a SIGINT does to the process mid-write

    monkeypatch.setattr(DossierPage, "save_revision", killed)
    with pytest.raises(KeyboardInterrupt):
        run_import(SEED, parent=str(home.pk))
    assert DossierPage.objects.count() == 0  # the page's transaction never committed
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.RUNNING and run.finished_at is None
