"""Page chrome: what of a legacy page is the site around the content, not the content.

By element (``nav``, ``aside``, the page's ``header`` and ``footer``), by ARIA role, and, on
pages that mark their content with no landmark of their own, by the ids and classes old CMS
layouts give their plain ``div``s (``#menu``, ``.breadcrumb``, ``.sidebar``, ``#footer``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bs4 import BeautifulSoup, Tag

SECTIONING = ("article", "aside", "main", "nav", "section")
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
NEVER_CHROME = frozenset({"html", "body", "main", "article"})
# Ids and classes that old CMS layouts give their page chrome, in plain ``div``s: read only
# where the page marks its content with no landmark of its own (``main``, ``article``).
CHROME_NAMES = frozenset(
    {
        "menu", "nav", "navigation", "navbar", "breadcrumb", "breadcrumbs", "kruimelpad",
        "sidebar", "zijbalk", "footer", "voettekst", "cookie", "cookies", "cookiebar",
        "social", "share", "delen", "newsletter", "nieuwsbrief", "skiplinks", "topbar", "top",
        "header", "banner", "colofon", "submenu", "toolbar",
    }
)  # fmt: skip
BANNER_NAMES = frozenset({"top", "topbar", "header", "banner"})
NAME_SPLIT_RE = re.compile(r"[-_\s]+")


def chrome_of(tag: Tag, landmarked: Callable[[], bool]) -> str:
    """What marks ``tag`` as chrome (`nav`, `menu`, `footer` …), or "" for content.

    ``landmarked`` tells, when asked, whether the page marks its content itself; then ids and
    classes are not read, since the page's own structure says where the content is.
    """
    role = str(tag.get("role") or "").lower()
    if tag.name in ("nav", "aside") or role in CHROME_ROLES:
        return role or tag.name
    # A header or footer inside an article or section belongs to that content.
    if tag.name in ("header", "footer") and tag.find_parent(SECTIONING) is None:
        return tag.name
    classes = tag.get("class") or []
    if not classes and not tag.get("id"):
        return ""
    names = [str(tag.get("id") or ""), *(classes if isinstance(classes, list) else [classes])]
    for name in names:
        parts = [part for part in NAME_SPLIT_RE.split(name.casefold()) if part]
        hit = next((part for part in (parts[:1] + parts[-1:]) if part in CHROME_NAMES), "")
        if hit:
            return "" if tag.name in NEVER_CHROME or landmarked() else hit
    return ""


def is_landmarked(soup: BeautifulSoup) -> bool:
    """The page marks its content itself (``main``, ``article``, ``role="main"``)."""
    return any(
        isinstance(node, Tag) and (node.name in ("main", "article") or node.get("role") == "main")
        for node in soup.descendants
    )
