"""The last guard before a write, and text that merely mentions markup."""

import io
import json

import pytest
from django.core.management import call_command

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
    out = io.StringIO()
    call_command(
        "import_dossier", str(source), dry_run=True, json=True, stdout=out, stderr=io.StringIO()
    )
    [result] = json.loads(out.getvalue())
    assert result["page"]["title"] == "Waarom <script> gevaarlijk is"
    card = result["body"][0]["value"]["items"][0]["value"]
    assert "&lt;script&gt;" in card["text"] and "<script>" not in card["text"]
