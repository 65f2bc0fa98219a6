"""What names the page outside its text: the browser tab, the document's title, a breadcrumb.

A person reads the page's title off them, and knows the site's name when the page prints it
again, or prints a name above a title written as a sentence: these find the lines they name,
once, before the classifier runs.
"""

from __future__ import annotations

import re

from ..prose import contact_detail
from .blocks import Kind, SourceBlock
from .evidence import Shape

WORD_RE = re.compile(r"\w+")
TITLE_PARTS_RE = re.compile(r"\s+[|–—»›>:-]\s+|\s*\|\s*")
CRUMBS_RE = re.compile(r"\s[»›>]\s")  # a breadcrumb's separator (`Home » Nieuws » Titel`)
# What a breadcrumb opens with, on its line or above its steps: `U bent hier:`.
CRUMBS_LABEL = (
    r"(?:u bent hier|je bent hier|you are here|kruimelpad|vous êtes ici|sie sind hier)\s*:?"
)
CRUMBS_LABEL_RE = re.compile(CRUMBS_LABEL, re.IGNORECASE)
# A breadcrumb that starts at home: `Home > Over ons`, `U bent hier: Start / Nieuws / Titel`.
HOME_CRUMBS_RE = re.compile(
    rf"(?:{CRUMBS_LABEL}\s*)?"
    r"(?:home|start|startpagina|beginpagina|homepage|accueil|startseite)\s*[>»›/]+\s*(?:.*[>»›/]\s*)?(?P<last>[^>»›/]+)",
    re.IGNORECASE,
)
MENU_UNDER_CRUMBS_MIN = 2  # one line there may be the page's label or an image's alt text


def browser_title(blocks: list[SourceBlock], shapes: list[Shape], first: int) -> int:
    """The first line, when it is what a browser's tab showed (`Leidraad | Gemeente X`,
    `FAQ - VZW Support`): a page and a site name, and the page's own title follows; or -1."""
    if first >= len(blocks):
        return -1
    parts = [part.casefold() for part in TITLE_PARTS_RE.split(blocks[first].text)]
    if len(parts) < 2:
        return -1
    whole = blocks[first].text.casefold().strip()
    for j in range(first + 1, min(first + 12, len(blocks))):
        text = blocks[j].text.casefold().strip()
        if blocks[j].kind is not Kind.TEXT or text == whole or shapes[j].words > 16:
            continue  # not a title: the whole line again (a copy), or running text
        # The page's name, first in the tab, as a line of its own (`FAQ`); or a name of
        # two words or more closing a line (`Artikel Leidraad …`).
        if text == parts[0] or any(len(p.split()) >= 2 and text.endswith(p) for p in parts):
            return first
    return -1


def named_by_chrome(blocks: list[SourceBlock], tab: int, first: int) -> tuple[set[int], set[int]]:
    """The lines the chrome above names as the page — the browser tab (line ``tab``), the
    document's ``<title>``, a breadcrumb's last crumb (`Home » Nieuws » Titel`) — and the
    lines that are the site's name, as the rest of the document's title gives it."""
    names: list[list[str]] = []
    sites: list[list[str]] = []
    for i, block in enumerate(blocks):
        if block.kind is Kind.PAGE_TITLE and block.title and block.title != block.text:
            names.append(_words(block.title))
            rest = block.text[len(block.title) :]
            sites.extend(_words(part) for part in TITLE_PARTS_RE.split(rest) if part.strip())
        elif i == tab:
            parts = [_words(part) for part in TITLE_PARTS_RE.split(block.text)]
            if CRUMBS_RE.search(block.text):
                parts = parts[-1:]  # a breadcrumb: the last crumb is the page
            names.extend(part for part in parts if len(part) >= 2 or part is parts[0])
        elif i < first + 12 and (crumbs := _home_crumbs(block)):
            names.append(_words(crumbs["last"]))  # `Home > Over ons`: the page is `Over ons`
    named: set[int] = set()
    site: set[int] = set()
    if not names:
        return named, site
    for i in range(min(len(blocks), first + 12)):
        block = blocks[i]
        if block.kind is not Kind.TEXT or i == tab or block.heading > 2:
            continue
        text = _words(block.text)
        if any(text == name or len(name) >= 2 and text[-len(name) :] == name for name in names):
            named.add(i)
        elif text in sites:
            site.add(i)
    return named, site


def _home_crumbs(block: SourceBlock) -> re.Match[str] | None:
    """A breadcrumb that starts at home (`Home > Over ons`), on a line of its own."""
    return HOME_CRUMBS_RE.fullmatch(block.text.strip()) if len(block.text) <= 200 else None


def menu_under_crumbs(
    blocks: list[SourceBlock], shapes: list[Shape], named: set[int], first: int
) -> set[int]:
    """Short lines between a breadcrumb that starts at home and the line it names as the page
    (`Home / … / Word lid`, then `Nieuws` / `Projecten`, then `Word lid`): the site's menu,
    printed between its trail and the page."""
    crumb = next(
        (i for i in range(first, min(first + 12, len(blocks))) if _home_crumbs(blocks[i])), -1
    )
    name = min((j for j in named if j > crumb), default=-1) if crumb >= 0 else -1
    lines = [j for j in range(crumb + 1, name) if blocks[j].kind is Kind.TEXT]
    short = all(
        not blocks[j].heading and shapes[j].words <= 6 and shapes[j].last_mark not in tuple(".:,;!")
        for j in lines
    )
    return set(lines) if len(lines) >= MENU_UNDER_CRUMBS_MIN and short else set()


def _words(text: str) -> list[str]:
    return WORD_RE.findall(text.casefold())


# The small words a name holds (`Abdij van Herkenrode`, `Kring Zoersel vzw`).
NAME_PARTICLES = frozenset(["van", "de", "der", "den", "het", "voor", "en", "vzw", "of", "the"])


def home_links(blocks: list[SourceBlock], shapes: list[Shape]) -> set[int]:
    """Lines above the text that are the first words of a menu above them (`Vlaamse
    Ouderenraad` under `Vlaamse Ouderenraad Lokaal Actualiteit …`): the site's name, which a
    menu opens with as its link home, printed again."""
    text = next(
        (i for i, shape in enumerate(shapes) if shape.words >= 8 and not shape.menu),
        len(blocks),
    )
    top = range(text)
    menus = [(j, _words(blocks[j].text)) for j in top if shapes[j].menu]
    found: set[int] = set()
    for i in top:
        words = _words(blocks[i].text)
        if blocks[i].kind is not Kind.TEXT or len(words) < 2 or shapes[i].menu:
            continue
        if any(
            j < i and len(menu) > len(words) and menu[: len(words)] == words for j, menu in menus
        ):
            found.add(i)
    return found


# The names sites give their standard pages: a page's name, never a site's.
PAGE_NAME_RE = re.compile(
    r"(about( us)?|over (ons|de vereniging)|wie (zijn|is) (we|wij)|who we are|contact( us)?|"
    r"nieuws|news|onze werking|our work|wat we doen|what we do|missie( en visie)?|"
    r"mission( and vision)?|geschiedenis|our history|onze geschiedenis)\W*",
    re.IGNORECASE,
)


def site_name_above_title(blocks: list[SourceBlock], shapes: list[Shape], first: int) -> range:
    """The first lines, when they are a name (`Gemeente Holsbeek`, `Abdij van Herkenrode`:
    every word capitalised; or capitals, perhaps a logo's words broken over lines written line
    under line: `FORUM VOOR` / `AMATEURKUNSTEN`) over a title written as a sentence (`Wat we
    doen`): the site's name or the header's alt text, printed above the page's title."""
    none = range(0)
    if first >= len(blocks) or blocks[first].heading:
        return none
    end = first + 1  # a name in capitals goes on in capitals on the line right under it
    while (
        shapes[end - 1].all_caps
        and (not blocks[end - 1].blank_after or not blocks[end - 1].spacing)
        and end < len(blocks)
        and blocks[end].kind is Kind.TEXT
        and shapes[end].all_caps
        and not blocks[end].heading
    ):
        end += 1
    following = next((j for j in range(end, len(blocks)) if blocks[j].kind is Kind.TEXT), -1)
    if following < 0:
        return none
    words = sum(shape.words for shape in shapes[first:end])
    name, title = shapes[first], shapes[following]
    # A section's name in capitals (`VRIJWILLIGERSCENTRALE`) is a name of one word.
    shouted = name.all_caps and (
        end - first > 1 and words <= 5 or words == 1 and len(blocks[first].text.strip()) >= 6
    )
    if not (2 <= words <= 5 or shouted) or shapes[end - 1].last_mark:
        return none
    if not (shouted or is_a_name(blocks[first].text)) or PAGE_NAME_RE.fullmatch(
        blocks[first].text.strip()
    ):
        return none
    if (title.words < words and not shouted) or title.words > 16:
        return none
    if title.sentence_break or title.last_mark:
        return none
    after = blocks[following + 1] if following + 1 < len(blocks) else None
    if after is not None and after.kind is Kind.ITEM:
        return none  # a sentence over a list heads it: the name above is the title
    lower = [t for t in WORD_RE.findall(blocks[following].text) if t[0].islower() and len(t) > 2]
    if not (lower or shouted and not title.all_caps) or blocks[following].heading:
        return none
    # The last crumb of a breadcrumb (`Home`, `Diensten`, `Garda Vetting Service`) above it
    # names the page: then the name is the title.
    crumb = blocks[first].text.casefold().strip()
    if any(blocks[j].text.casefold().strip() == crumb for j in range(first)):
        return none
    return range(first, end)


def is_a_name(text: str) -> bool:
    """Every word capitalised but the small words a name holds (`Abdij van Herkenrode`)."""
    tokens = WORD_RE.findall(text)
    capitals = [t for t in tokens if t[0].isupper()]
    return len(capitals) >= 2 and all(t[0].isupper() or t in NAME_PARTICLES for t in tokens)


def detail_holder(text: str) -> str:
    """The person a contact detail is labelled with (`Femke Surinx: +32 495 …`), or ``""``."""
    detail = contact_detail(text)
    label = detail.label.strip(" :") if detail else ""
    return label if len(label.split()) >= 2 and is_a_name(label) else ""


def menu_column(
    blocks: list[SourceBlock], shapes: list[Shape], end: int
) -> tuple[set[int], set[int], int]:
    """A site's menu printed as a column above the text (`Start` / `Cultuur` / `Jeugd` / …):
    five short names or more written line under line, before line ``end``; the lines after
    it that print one of its entries again (the page's name: the menu's active entry); and
    then the line above it, the site's name, or -1."""
    end = min(end, len(blocks))
    column: set[int] = set()
    run: list[int] = []
    seen: set[tuple[str, ...]] = set()  # the entries of the run
    for i in range(end + 1):
        entry = i < end and _menu_entry(blocks[i], shapes[i])
        words = tuple(_words(blocks[i].text)) if entry else ()
        # A menu names each page once: an entry printed again is the page's own name.
        again = entry and words in seen
        # In markup every paragraph stands apart: there a menu is its entries in a row.
        apart = entry and blocks[i].blank_before and blocks[i].spacing
        if entry and run and not again and not apart:
            run.append(i)
            seen.add(words)
            continue
        capitalised = sum(1 for j in run if shapes[j].first == "upper")
        if len(run) >= 5 and capitalised * 5 >= len(run) * 4:
            column.update(run)
        run, seen = ([i], {words}) if entry else ([], set())
    if not column:
        return column, set(), -1
    entries = {tuple(_words(blocks[i].text)) for i in column}
    named = {
        j
        for j in range(max(column) + 1, min(end + 1, len(blocks)))
        if blocks[j].kind is Kind.TEXT and tuple(_words(blocks[j].text)) in entries
    }
    # The site's name (its logo's alt text) opens the page right above its menu.
    top = min(column) - 1
    first = top >= 0 and not any(blocks[j].kind is Kind.TEXT for j in range(top))
    if named and first and blocks[top].kind is Kind.TEXT and shapes[top].words <= 8:
        return column, named, top
    return column, named, -1


def _menu_entry(block: SourceBlock, shape: Shape) -> bool:
    """A menu's entry: a link's name of a word or three, no sentence."""
    return (
        block.kind is Kind.TEXT
        and not block.heading
        and shape.words <= 3
        and shape.chars <= 30
        and not shape.last_mark
    )
