"""The Dutch catalogue: complete, compiled from the .po in the repository, and used by the pages.

The .po is read with the small parser below, so CI needs neither polib nor GNU gettext.
Refresh the catalogue with ``make messages`` (that one needs gettext).
"""

import ast
import gettext as gnu_gettext
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext, ngettext

import wagtail_dossiers
from tests.utils import card, make_dossier, make_organisation, section

APP = Path(wagtail_dossiers.__file__).parent
MESSAGES = APP / "locale" / "nl" / "LC_MESSAGES"
PO = MESSAGES / "django.po"
MO = MESSAGES / "django.mo"


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False


def _unquote(text: str) -> str:
    # A PO string is a C string in double quotes; Python's literal rules read it the same.
    return ast.literal_eval(text)


def parse_po(path: Path) -> list[Entry]:
    """The entries of a .po file, header included (msgid "")."""
    entries, entry, target = [], Entry(), None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = line.strip()
        if not line:
            if target is not None:
                entries.append(entry)
            entry, target = Entry(), None
        elif line.startswith("#~"):
            entry.obsolete = True
        elif line.startswith("#,"):
            entry.flags.update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif match := re.fullmatch(r'(msgid|msgid_plural|msgstr(?:\[(\d+)\])?)\s+(".*")', line):
            keyword, index, text = match.groups()
            if keyword == "msgid":
                target = ("msgid", None)
            elif keyword == "msgid_plural":
                target = ("msgid_plural", None)
            else:
                target = ("msgstr", int(index or 0))
            _append(entry, target, _unquote(text))
        elif line.startswith('"') and target is not None:
            _append(entry, target, _unquote(line))
        else:
            raise ValueError(f"{path}: cannot read {line!r}")
    return entries


def _append(entry: Entry, target: tuple[str, int | None], text: str) -> None:
    name, index = target
    if name == "msgstr":
        entry.msgstr[index] = entry.msgstr.get(index, "") + text
    else:
        setattr(entry, name, (getattr(entry, name) or "") + text)


CATALOGUE = parse_po(PO)
HEADER = next(entry for entry in CATALOGUE if entry.msgid == "")
MESSAGES_NL = [entry for entry in CATALOGUE if entry.msgid and not entry.obsolete]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def test_the_catalogue_has_the_apps_messages():
    assert len(MESSAGES_NL) > 150
    assert not [entry.msgid for entry in CATALOGUE if entry.obsolete]


def test_the_header_declares_dutch_utf8_and_two_plural_forms():
    header = HEADER.msgstr[0]
    assert "Language: nl\n" in header
    assert "Content-Type: text/plain; charset=UTF-8\n" in header
    assert "Plural-Forms: nplurals=2; plural=(n != 1);\n" in header
    assert "fuzzy" not in HEADER.flags


def test_every_message_is_translated_and_none_is_fuzzy():
    fuzzy = [entry.msgid for entry in MESSAGES_NL if "fuzzy" in entry.flags]
    untranslated = [
        entry.msgid
        for entry in MESSAGES_NL
        if sorted(entry.msgstr) != ([0, 1] if entry.msgid_plural else [0])
        or not all(text.strip() for text in entry.msgstr.values())
    ]
    assert not fuzzy, f"fuzzy entries in {PO}: {fuzzy}"
    assert not untranslated, f"untranslated entries in {PO}: {untranslated}"


def test_translations_keep_the_placeholders():
    wrong = []
    for entry in MESSAGES_NL:
        for index, text in entry.msgstr.items():
            source = entry.msgid_plural if index and entry.msgid_plural else entry.msgid
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append((entry.msgid, text))
    assert not wrong


def test_translations_add_no_html_special_characters():
    # {% trans "…" %} output is not escaped, and some lands in attributes (aria-label, data-*):
    # a translation must not bring a ", <, > or & its English original does not have.
    wrong = [
        (entry.msgid, text)
        for entry in MESSAGES_NL
        for text in entry.msgstr.values()
        if any(text.count(char) > entry.msgid.count(char) for char in '"<>&')
    ]
    assert not wrong


def test_the_compiled_catalogue_matches_the_po():
    # Mtimes mean nothing in a fresh checkout: compare the content instead.
    with MO.open("rb") as handle:
        compiled = gnu_gettext.GNUTranslations(handle)
    assert compiled.info()["language"] == "nl"
    stale = []
    for entry in MESSAGES_NL:
        if entry.msgid_plural:
            for n, index in ((1, 0), (2, 1)):
                if compiled.ngettext(entry.msgid, entry.msgid_plural, n) != entry.msgstr[index]:
                    stale.append(entry.msgid)
        elif compiled.gettext(entry.msgid) != entry.msgstr[0]:
            stale.append(entry.msgid)
    assert not stale, f"{MO} is older than {PO}: run `make compilemessages`. Differs: {stale}"


# What makemessages extracts, found without gettext: literal strings in {% trans %} and
# _()/gettext() calls. A string listed here but missing from the .po means someone added
# UI text without running `make messages`.
TEMPLATE_TRANS = re.compile(r"""\{%\s*trans(?:late)?\s+(["'])(.+?)\1(?:\s+as\s+\w+)?\s*%\}""")
PYTHON_GETTEXT = re.compile(r"""\b(?:_|gettext|gettext_lazy)\(\s*(["'])((?:\\.|(?!\1).)*)\1\s*\)""")


def source_msgids() -> set[tuple[str, str]]:
    found = set()
    for path in (APP / "templates").rglob("*.html"):
        for match in TEMPLATE_TRANS.finditer(path.read_text(encoding="utf-8")):
            found.add((str(path.relative_to(APP)), match.group(2)))
    for path in APP.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for match in PYTHON_GETTEXT.finditer(path.read_text(encoding="utf-8")):
            quote, body = match.groups()
            found.add((str(path.relative_to(APP)), _unquote(quote + body + quote)))
    return found


def test_the_catalogue_holds_the_strings_of_the_templates_and_code():
    known = {entry.msgid for entry in MESSAGES_NL}
    missing = sorted((where, msgid) for where, msgid in source_msgids() if msgid not in known)
    assert not missing, f"run `make messages` and translate: {missing}"


def test_admin_menu_labels_are_dutch_in_dutch():
    with translation.override("nl"):
        assert gettext("Organisations") == "Organisaties"
        assert gettext("Import history") == "Importgeschiedenis"
        assert gettext("dossier page") == "dossierpagina"
        initiatives = ngettext("%(n)s initiative", "%(n)s initiatives", 3) % {"n": 3}
        assert initiatives == "3 initiatieven"
    with translation.override("en"):
        assert gettext("Organisations") == "Organisations"


@pytest.fixture
def dossier(home):
    with translation.override("nl"):
        okra = make_organisation("Okra", website="https://www.okra.be")
        cards = [card("Okra roept senioren op.", organisations=[okra])]
        page = make_dossier(
            home,
            title="Lokale verkiezingen",
            body=[
                section("Sectoren in actie", cards),
                section("Maar even goed dorpen", []),
            ],
        )
        cache.clear()
        yield page
        cache.clear()


def ui_texts(response) -> dict[str, str]:
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")

    def text(selector: str) -> str:
        return " ".join(soup.select_one(selector).get_text().split())

    layout = soup.select_one("[data-dossiers]")
    return {
        "lang": soup.html["lang"],
        "skip": text(".dossiers-skip-link"),
        "toc": text(".dossiers-toc__heading"),
        "toc_count": text(".dossiers-toc__count:not(.dossiers-toc__count--soon)"),
        "soon": text(".dossiers-toc__count--soon"),
        "finder": text(".dossiers-finder__heading"),
        "organisation": text("label[for=dossiers--organisation]"),
        "theme": text("label[for=dossiers--section]"),
        "all_themes": text("#dossiers--section option[value='']"),
        "status": text("[role=status]"),
        "empty_section": text(".dossiers-section__empty"),
        "js_count_other": layout["data-count-other"],
        "js_status_one": layout["data-status-one"],
    }


@pytest.mark.django_db
def test_the_public_page_is_dutch_at_the_root(client, dossier):
    assert ui_texts(client.get(dossier.url)) == {
        "lang": "nl",
        "skip": "Naar de hoofdinhoud",
        "toc": "Inhoud",
        "toc_count": "1 initiatief",
        "soon": "binnenkort",
        "finder": "Zoek een initiatief",
        "organisation": "Organisatie",
        "theme": "Thema",
        "all_themes": "Alle thema's",
        "status": "1 van 1 initiatief",
        "empty_section": "De initiatieven voor dit thema volgen binnenkort.",
        "js_count_other": "{n} initiatieven",
        "js_status_one": "{shown} van {total} initiatief",
    }


@pytest.mark.django_db
def test_the_public_page_is_english_under_en(client, dossier):
    assert ui_texts(client.get("/en" + dossier.url)) == {
        "lang": "en",
        "skip": "Skip to main content",
        "toc": "Contents",
        "toc_count": "1 initiative",
        "soon": "coming soon",
        "finder": "Find an initiative",
        "organisation": "Organisation",
        "theme": "Theme",
        "all_themes": "All themes",
        "status": "1 of 1 initiative",
        "empty_section": "Initiatives for this theme are coming soon.",
        "js_count_other": "{n} initiatives",
        "js_status_one": "{shown} of {total} initiative",
    }


# The reasons the importer gives for reading a part as it did (the "Why" of the import
# preview): English phrases in the core's structure modules, each marked with the core's
# gettext_noop so that makemessages puts it in the catalogue.
STRUCTURE = APP / "importer" / "structure"


def _texts(node: ast.AST) -> list[ast.Constant]:
    """The string literals ``node`` gives, the branches of an ``a if c else b`` included."""
    if isinstance(node, ast.IfExp):
        return _texts(node.body) + _texts(node.orelse)
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
        return [node]
    return []


def reason_literals() -> tuple[set[str], list[tuple[str, int, str]]]:
    """The reasons marked with gettext_noop, and the reason-like literals that are not: the
    text of a ``(score, reason)`` pair or given to a ``…reason`` variable."""
    marked, unmarked = set(), []
    for path in sorted(STRUCTURE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "gettext_noop":
                (text,) = node.args
                marked.add(text.value)
            texts = []
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Reason":
                texts = _texts(node.args[0]) if node.args else []  # its template
            elif isinstance(node, ast.Tuple) and len(node.elts) == 2:
                score = node.elts[0]
                if not (isinstance(score, ast.Constant) and isinstance(score.value, str)):
                    texts = _texts(node.elts[1])
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                if any(name.endswith("reason") for name in names):
                    texts = _texts(node.value)
            unmarked += [(path.name, text.lineno, text.value) for text in texts]
    return marked, unmarked


def test_every_reason_the_importer_gives_is_marked_for_the_catalogue():
    from tests.corpus.scoring import blind_pages, import_page, pages

    marked, unmarked = reason_literals()
    assert len(marked) > 90
    assert not unmarked, f"mark these reasons with gettext_noop: {unmarked}"
    # And what the classifier gives reading real pages is one of them (no f-string).
    given = {
        reading.reason
        for page in pages() + blind_pages()
        for reading in import_page(page)[0].reading
    }
    assert given <= marked, f"reasons not marked: {sorted(given - marked)}"


def test_every_reason_the_importer_gives_has_a_dutch_translation():
    marked, _ = reason_literals()
    translated = {entry.msgid: entry for entry in MESSAGES_NL}
    missing = sorted(reason for reason in marked if reason not in translated)
    assert not missing, f"run `make messages` and translate: {missing}"
    with translation.override("nl"):
        untranslated = sorted(
            reason
            for reason in marked
            if "fuzzy" in translated[reason].flags
            or gettext(reason) in ("", reason)
            or gettext(reason) != translated[reason].msgstr[0]
        )
    assert not untranslated, f"translate these reasons in {PO}: {untranslated}"
