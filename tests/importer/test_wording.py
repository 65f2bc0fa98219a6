"""The words of the language the structure model reads: who acts, who is addressed, rules."""

from __future__ import annotations

import pytest

from wagtail_dossiers.importer.structure.wording import (
    ADDRESS_RE,
    acts,
    modal,
    names_collectives,
    numbered_name,
)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Project 3-12 brengt buren samen", True),
        ("Initiatief 2.4 van een organisatie", True),
        ("Vergadering 12/03/2024 in de raadzaal", False),
        ("Tel 09-123-45-67", False),
        ("Op 10-12 juli is er een feest", False),
    ],
)
def test_a_numbered_name_is_one_of_many_not_a_date_or_a_phone_number(text, named):
    assert numbered_name(text) is named


@pytest.mark.parametrize(
    ("text", "addressed"),
    [("Stuur je formulier op tijd", True), ("U ontvangt een brief", True),
     ("We ondersteunen buurten", True), ("Made in the US", False), ("Type U-bocht", False)],
)  # fmt: skip
def test_the_reader_or_the_writer_is_addressed_as_written(text, addressed):
    assert bool(ADDRESS_RE.search(text)) is addressed


@pytest.mark.parametrize(
    ("word", "is_modal"),
    [("moet", True), ("Mag", True), ("must", True), ("may", True), ("May", False),
     ("Will", False), ("mei", False)],
)  # fmt: skip
def test_a_modal_says_what_must_or_may_be_but_may_is_a_month(word, is_modal):
    assert modal(word) is is_modal


@pytest.mark.parametrize(
    ("text", "acting"),
    [("Vief lanceert een vacaturebank", True), ("Kunstenhuis Noord plaatst panelen", True),
     ("De gemeente stelt een plan op", True), ("Parkeren niet toegestaan", False),
     ("Het initiatief moet openstaan", True), ("Adviseren van het bestuur", False)],
)  # fmt: skip
def test_an_item_about_someone_who_acts(text, acting):
    assert acts(text.split()) is acting


@pytest.mark.parametrize(
    ("text", "announces"),
    [
        ("Er zijn 3 buurtcomités werkzaam:", True),
        ("The following groups meet here:", True),
        ("Daarom werken we samen met deze organisaties:", True),
        ("Voorbeelden van buurtinitiatieven", True),
        ("Onze projecten", True),
        ("Deelnemende verenigingen", True),  # what the items are, with one adjective
        ("Voorbeelden van lokale buurtinitiatieven", True),
        ("Some of our partner organisations", True),
        ("Subsidies voor lokale verenigingen", False),
        ("Community associations have:", False),  # the subject, not what follows
        ("Subsidies voor verenigingen", False),  # whom the subsidies are for
        ("Stappenplan voor verenigingen", False),
        ("Lokaal bestuur ondersteunt buurtprojecten", False),  # what a sentence does
        ("We werken voor de volgende doelgroepen:", False),  # an audience, no names
        ("Lees meer op www.verenigingen.be/projecten", False),  # a web address
    ],
)
def test_a_lead_in_or_heading_announces_groups_with_names_of_their_own(text, announces):
    assert names_collectives(text) is announces
