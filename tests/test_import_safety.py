"""The last guard before a write, and text that merely mentions markup."""

import pytest

from tests.test_import_command import dry_run
from wagtail_dossiers.importing.safety import executable_content


def test_the_guard_finds_executable_markup_and_unsafe_urls_wherever_they_hide():
    body = [
        {"type": "paragraph", "value": '<p><a href="javascript:alert(1)">x</a></p>'},
        {
            "type": "section",
            "value": {
                "heading": "Thema",
                "intro": '<p onclick="go()">intro</p>',
                "items": [
                    {
                        "type": "initiative",
                        "value": {
                            "title": "",
                            "text": "<p>ok</p><script>alert(1)</script>",
                            "links": [{"value": {"url": "data:text/html,hi", "label": ""}}],
                        },
                    }
                ],
            },
        },
        {"type": "contact", "value": {"name": "Elke", "action_link": "vbscript:x"}},
    ]
    problems = executable_content({"intro": "<p>veilig</p>"}, body)
    assert len(problems) == 5
    assert executable_content({"intro": "<p>veilig</p>"}, []) == []


@pytest.mark.django_db
def test_a_title_that_mentions_a_script_tag_is_imported_as_text(tmp_path):
    source = tmp_path / "over-webveiligheid.txt"
    source.write_text(
        "Waarom <script> gevaarlijk is\n\nSectie over veiligheid\n\n"
        " • Een card over <script>alert(1)</script> in formulieren.\n",
        encoding="utf-8",
    )
    [result] = dry_run(source)
    assert result["page"]["title"] == "Waarom <script> gevaarlijk is"
    card = result["body"][0]["value"]["items"][0]["value"]
    assert "&lt;script&gt;" in card["text"] and "<script>" not in card["text"]


def test_the_guard_reads_markup_not_text_that_mentions_markup():
    # Escaped, these are words a card says about HTML: nothing in them can run.
    mentions = (
        "<p>Schrijf &lt;a href=&quot;foo.html&quot;&gt; in je pagina.</p>",
        "<p>Een beeld als src=data:image/png werkt niet in elke mail.</p>",
        "<p>Het attribuut onclick=&quot;x()&quot; is verboden.</p>",
    )
    for text in mentions:
        assert executable_content({"intro": text}, []) == []
    real = '<p><a href="javascript:x()">klik</a><img src="data:image/png;base64,AA"></p>'
    assert len(executable_content({"intro": real}, [])) == 2


@pytest.mark.django_db
def test_a_card_about_html_attributes_is_imported(tmp_path):
    source = tmp_path / "html-voor-beginners.txt"
    source.write_text(
        'HTML voor beginners\n\nLinks\n\n • Een link schrijf je als <a href="foo.html">, '
        "een beeld als src=data:image/png of met een gewone bestandsnaam.\n",
        encoding="utf-8",
    )
    [result] = dry_run(source)
    card = result["body"][0]["value"]["items"][0]["value"]
    assert "&lt;a href=" in card["text"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("intranet.txt", "Titel\n\nSectie\n\n• Zie http://intranet/pagina voor het reglement.\n"),
        (
            "intranet.html",
            '<h1>T</h1><h2>S</h2><ul><li>Zie <a href="http://intranet/x">het intranet</a> '
            "voor het reglement van de gemeente.</li></ul>",
        ),
        (
            "lang.txt",
            "Titel\n\nSectie\n\n• Zie https://voorbeeld.be/" + "a" * 600 + " voor het reglement.\n",
        ),
    ],
)
def test_an_odd_link_is_dropped_with_a_warning_and_the_import_goes_on(tmp_path, name, content):
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    [result] = dry_run(source)
    card = result["body"][0]["value"]["items"][0]["value"]
    assert card["links"] == []
    assert "reglement" in card["text"]
    assert [w["code"] for w in result["report"]["warnings"]] == ["link_dropped"]


@pytest.mark.django_db
def test_a_long_address_written_as_its_own_label_gets_a_short_label(tmp_path):
    source = tmp_path / "lang-label.txt"
    source.write_text(
        "Titel\n\nSectie\n\n• Zie https://voorbeeld.be/" + "a" * 300 + " voor het reglement.\n",
        encoding="utf-8",
    )
    [result] = dry_run(source)
    (link,) = result["body"][0]["value"]["items"][0]["value"]["links"]
    assert len(link["value"]["label"]) == 255 and link["value"]["label"].endswith("…")
    assert link["value"]["url"].endswith("a" * 300)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "alts"),
    [
        (
            "leeg-beeld.html",
            "<h1>Titel</h1><h2>Sectie</h2><ul><li><img> Een kaart over het reglement van de "
            'gemeente.</li><li><img src="javascript:x()"> Nog een kaart over de raad.</li></ul>',
            [],
        ),
        (
            "leeg-beeld.md",
            "# Titel\n\n## Sectie\n\n- ![](/media/groep.jpg) Een kaart over het reglement van de "
            "gemeente.\n- ![]() Nog een kaart over de raad.\n",
            ["groep"],
        ),
    ],
)
def test_an_image_without_alt_text_or_source_does_not_fail_the_import(
    tmp_path, name, content, alts
):
    # Nothing to find and nothing to describe: no image; a file name is a start for an alt.
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    [result] = dry_run(source)
    items = result["body"][0]["value"]["items"]
    cards = [item["value"] for item in items if item["type"] == "initiative"]
    images = [item["value"] for item in items if item["type"] == "image"]
    images += [card["image"] for card in cards if card["image"]["alt_text"]]
    assert [image["alt_text"] for image in images] == alts
    texts = " ".join(card["text"] for card in cards)
    assert "reglement" in texts and "raad" in texts
