"""Imported inline HTML becomes rich text within Wagtail's whitelist."""

import pytest
from bs4 import BeautifulSoup

from wagtail_dossiers.importing.richtext import _converter, to_rich_text


def same_markup(a: str, b: str) -> bool:
    def normal(x: str) -> str:
        return BeautifulSoup(x, "html.parser").decode(formatter="minimal")

    return normal(a) == normal(b)


@pytest.mark.parametrize(
    "fragment",
    [
        "Gewone tekst met &amp; en &lt;script&gt; als woorden.",
        'Zie <a href="https://www.ikstemook.be">www.ikstemook.be</a>.',
        'Mail <a href="mailto:elke@example.org">elke@example.org</a> of <b>bel</b> <i>ons</i>.',
        "Aanhalingstekens \" en ' blijven tekst.",
    ],
)
def test_markup_of_our_own_parsers_is_stored_as_wagtails_whitelist_would_store_it(fragment):
    stored, removals = to_rich_text([fragment])
    cleaned, _ = _converter.clean(f"<p>{fragment}</p>")
    assert removals == []
    assert same_markup(stored, cleaned)


@pytest.mark.parametrize(
    ("fragment", "kept"),
    [
        ('<a href="javascript:alert(1)">klik</a>', "klik"),
        ('<span onclick="go()">tekst</span>', "tekst"),
        ('<a href="https://x.be" onclick="go()">x</a>', "x"),
        ("<script>alert(1)</script>", "alert(1)"),
    ],
)
def test_anything_else_goes_through_the_whitelist(fragment, kept):
    stored, removals = to_rich_text([fragment])
    assert "javascript:" not in stored and "onclick" not in stored and "<script" not in stored
    assert kept in stored


def test_nested_lists_stay_lists():
    stored, _ = to_rich_text(["Kaart<ul><li>sub een</li><li>sub twee</li></ul>"])
    assert stored == "<p>Kaart</p><ul><li>sub een</li><li>sub twee</li></ul>"
