"""Reading pauses Python's cyclic garbage collector, and always turns it on again: a web
worker left without it would never free a cycle again."""

from __future__ import annotations

import gc

import pytest

from wagtail_dossiers.importer import formats
from wagtail_dossiers.importer.budget import BudgetExceeded, time_budget

SOURCE = "<h1>Titel</h1><h2>Sectie</h2><ul><li>Een kaart over de gemeente.</li></ul>"


def test_the_collector_is_on_again_after_a_reading():
    assert formats.parse(SOURCE, "html").title == "Titel"
    assert gc.isenabled()


def test_the_collector_is_on_again_after_a_reading_that_was_stopped():
    with time_budget(0), pytest.raises(BudgetExceeded):
        formats.parse(SOURCE, "html")
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off():
    gc.disable()
    try:
        formats.parse(SOURCE, "html")
        assert not gc.isenabled()
    finally:
        gc.enable()
