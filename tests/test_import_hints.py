"""Corrections as data: ``import_dossier --hints FILE`` applies an editor's hints."""

from __future__ import annotations

import json

import pytest
from django.core.management import CommandError

from tests.paths import FILES, SEED
from tests.test_import_command import dry_run

SEED_HINTS = [
    {"line": 33, "text": "Groep film debat klein", "role": "debris"},
    {"line": 27, "text": "Lokaal debat stimuleren", "role": "paragraph"},
]


def write(tmp_path, name: str, content: str):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.django_db
def test_hints_change_the_reading_of_the_seed(tmp_path):
    hints = write(tmp_path, "hints.json", json.dumps(SEED_HINTS))
    (result,) = dry_run(SEED, hints=str(hints))
    report = result["report"]
    assert report["counts"]["sections"] == 9  # `Lokaal debat stimuleren` is text now
    # No image with that alt text anywhere: in a section, on its own, on a card, in the header.
    blocks = [*result["body"], *(b for s in result["body"] for b in s["value"].get("items", []))]
    alts = [b["value"]["alt_text"] for b in blocks if b["type"] == "image"]
    alts += [b["value"]["image"]["alt_text"] for b in blocks if b["type"] == "initiative"]
    alts.append(result["page"]["header_image_alt"])
    assert "Groep film debat klein" not in alts
    assert "header handjes" in alts  # the seed's other image stays
    assert {"line": 33, "text": "Groep film debat klein"} in report["unplaced"]
    assert result["hints"] == {"applied": SEED_HINTS, "not_applied": []}


# A page the importer misreads three times (the admin's browser test fixes them by keyboard).
MISREAD = FILES / "vrije-tijd-voor-iedereen.txt"
CAPTION = "Vrijwilligers van het buurtfeest in Kessel-Lo, zomer 2023"
SECTION_INTRO = (
    "Een greep uit wat leden organiseren, van een dag aan zee tot een avond in het theater."
)
CLOSING = "Meer weten? Het secretariaat helpt je graag verder via info@voorbeeld.be."
MISREAD_HINTS = [
    {"line": 14, "text": CAPTION, "role": "caption"},
    {"line": 17, "text": SECTION_INTRO, "role": "paragraph"},
    {"line": 28, "text": CLOSING, "role": "call_to_action"},
]


@pytest.mark.django_db
def test_the_three_misreadings_of_the_fixture_are_what_the_importer_reads_today():
    (result,) = dry_run(MISREAD)
    roles = {r["lines"]: r["role"] for r in result["reading"]}
    # The caption under its image as a paragraph, a section's opening sentence in its list as
    # a card, the closing invitation as the last section's text.
    assert (roles["12"], roles["14"], roles["17"], roles["28"]) == (
        "image",
        "paragraph",
        "card",
        "paragraph",
    )
    last = result["body"][-1]["value"]["items"][-1]
    assert (last["type"], "Het secretariaat helpt je" in last["value"]) == ("paragraph", True)


@pytest.mark.django_db
def test_three_hints_fix_the_three_misreadings(tmp_path):
    hints = write(tmp_path, "hints.json", json.dumps(MISREAD_HINTS))
    (result,) = dry_run(MISREAD, hints=str(hints))
    sections = {s["value"]["heading"]: s["value"] for s in result["body"]}
    assert list(sections) == [
        "Drempels verlagen",
        "Samen op uitstap",
        "Vrijetijdsparticipatie in cijfers",
    ]
    (image,) = [b["value"] for b in sections["Drempels verlagen"]["items"] if b["type"] == "image"]
    assert image == {
        "image": None,
        "alt_text": "buurtfeest kessel-lo vrijwilligers",
        "caption": CAPTION,
    }
    outing = sections["Samen op uitstap"]
    assert outing["intro"] == f"<p>{SECTION_INTRO}</p>"
    assert SECTION_INTRO not in json.dumps(outing["items"], ensure_ascii=False)
    last = sections["Vrijetijdsparticipatie in cijfers"]["items"][-1]
    assert (last["type"], last["value"]["text"]) == ("call_to_action", CLOSING)
    assert result["hints"] == {"applied": MISREAD_HINTS, "not_applied": []}


@pytest.mark.django_db
def test_a_hint_follows_its_line_when_the_source_moved_it(tmp_path):
    moved = write(tmp_path, "moved.txt", "Nieuwe eerste regel\n\n" + SEED.read_text("utf-8"))
    hints = write(tmp_path, "hints.json", json.dumps(SEED_HINTS[:1]))
    (result,) = dry_run(moved, hints=str(hints))
    assert {"line": 35, "text": "Groep film debat klein"} in result["report"]["unplaced"]
    assert result["hints"]["not_applied"] == []


@pytest.mark.django_db
def test_a_hint_whose_text_is_gone_is_reported_and_applied_nowhere(tmp_path):
    hints = write(
        tmp_path, "hints.json", json.dumps([{"line": 33, "text": "Weg", "role": "heading"}])
    )
    (result,) = dry_run(SEED, hints=str(hints))
    assert result["report"]["counts"]["sections"] == 10
    assert result["hints"]["not_applied"] == [{"line": 33, "text": "Weg", "role": "heading"}]
    assert "hint_not_applied" in [w["code"] for w in result["report"]["warnings"]]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("not json", "not JSON"),
        ('{"line": 1}', "expected a JSON list"),
        ('[{"line": 0, "text": "x", "role": "debris"}]', "'line' must be a line number"),
        ('[{"line": 3, "text": "x", "role": "banner"}]', "unknown role 'banner'"),
    ],
)
def test_a_bad_hints_file_is_a_clear_error_naming_the_file(tmp_path, content, problem):
    hints = write(tmp_path, "bad.json", content)
    with pytest.raises(CommandError, match=problem) as error:
        dry_run(SEED, hints=str(hints))
    assert "bad.json" in str(error.value)


def test_a_hint_finds_a_wrapped_bullet_by_its_first_line():
    from wagtail_dossiers.importer.structure import Hint
    from wagtail_dossiers.importer.structure.roles import Role
    from wagtail_dossiers.importer.text import parse_text

    source = (
        "Titel\n\nSectie\n\n"
        "• Een eerste kaart die over twee regels loopt en daarom\n"
        "  op de volgende regel verder gaat.\n"
        "• Een tweede kaart.\n"
    )
    hint = Hint(
        line=5, role=Role.PARAGRAPH, text="• Een eerste kaart die over twee regels loopt en daarom"
    )
    document = parse_text(source, hints=[hint])
    assert document.hints_applied == [5]
    assert not [w for w in document.warnings if w.code == "hint_not_applied"]
