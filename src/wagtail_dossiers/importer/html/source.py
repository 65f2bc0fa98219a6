"""Reading legacy HTML into a clean BeautifulSoup tree the HTML parser can trust.

Three jobs, done once before any structure is looked at:

* parse with the stdlib ``html.parser`` (no lxml dependency), retrying with the
  markup defused when the parser rejects it, so that no input ever raises;
* remember the source line of every node *before* anything is removed, because
  bs4 only records ``sourceline`` on tags and removal would shift our counting;
* remove what must never reach a page (scripts, styles, embeds, form controls),
  with a warning each, and drop comments and declarations silently.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable

from bs4 import (
    BeautifulSoup,
    CData,
    Comment,
    Declaration,
    Doctype,
    MarkupResemblesLocatorWarning,
    NavigableString,
    PageElement,
    ProcessingInstruction,
    Tag,
    XMLParsedAsHTMLWarning,
)

from ..document import Document, Lines

# Elements removed together with their content: active content, embedded
# documents and form controls have no meaning in a structured dossier page.
# ``form`` itself is only unwrapped: some CMSs wrap the whole page in one.
REMOVED_TAGS = frozenset(
    {
        "script", "style", "iframe", "object", "embed", "template", "noscript",
        "input", "textarea", "select", "button", "option", "optgroup", "datalist", "output",
    }
)  # fmt: skip

# Strings a browser never shows.
INVISIBLE_STRINGS = (Comment, CData, Declaration, Doctype, ProcessingInstruction)


def parse_markup(markup: str) -> BeautifulSoup:
    """Parse ``markup``; if html.parser rejects it, retry with declarations defused.

    html.parser raises on some malformed ``<!`` declarations; escaping them turns
    them into visible text, which keeps their words rather than losing the page.
    """
    attempts = (markup, re.sub(r"<!(?!--)", "&lt;!", markup), markup.replace("<", "&lt;"))
    with warnings.catch_warnings():
        # Short inputs that look like a URL or a file name are still markup here.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        for attempt in attempts:
            try:
                return BeautifulSoup(attempt, "html.parser")
            except Exception:  # the next attempt is more defensive
                continue
    return BeautifulSoup("", "html.parser")


class LineMap:
    """Source lines of every node, computed in one pass over the untouched tree.

    Tags carry ``sourceline``; a string starts where the previous tag started plus
    the newlines met since. Lookups for unknown nodes fall back to a default.
    """

    def __init__(self, soup: BeautifulSoup) -> None:
        self._first: dict[int, int] = {}
        self._last: dict[int, int] = {}
        line = 1
        for node in soup.descendants:
            if isinstance(node, Tag):
                line = node.sourceline or line
                self._first[id(node)] = self._last[id(node)] = line
                continue
            text = str(node)
            stripped = text.strip()
            if stripped:
                first = line + text[: len(text) - len(text.lstrip())].count("\n")
                self._first[id(node)] = first
                self._last[id(node)] = first + stripped.count("\n")
            line += text.count("\n")

    def first(self, node: PageElement, default: int = 0) -> int:
        return self._first.get(id(node), default)

    def span(self, nodes: Iterable[PageElement], default: int = 0) -> Lines:
        """First and last line holding visible content among ``nodes`` and their descendants."""
        last = self._last
        nodes = list(nodes)
        keys = list(map(id, nodes))
        for node in nodes:
            if isinstance(node, Tag):
                keys.extend(map(id, node.descendants))
        # Tags, and strings with visible content; a node's first line is never after its last.
        seen = [key for key in keys if key in last]
        if not seen:
            return Lines.one(default)
        return Lines(min(map(self._first.__getitem__, seen)), max(map(last.__getitem__, seen)))


def remove_unsafe(soup: BeautifulSoup, lines: LineMap, document: Document) -> None:
    """Drop invisible strings silently and unsafe elements with a warning each."""
    for node in list(soup.descendants):
        if isinstance(node, INVISIBLE_STRINGS):
            node.extract()
    for tag in tags_named(soup, REMOVED_TAGS):
        if tag.decomposed:
            continue  # removed with an enclosing element already
        document.warn(lines.first(tag), "removed_element", tag=tag.name)
        tag.decompose()


def tags_named(root: Tag, names: frozenset[str]) -> list[Tag]:
    """Descendant tags with one of ``names``, in document order (bs4's ``find_all``
    with a list of names is several times slower on large pages)."""
    return [node for node in root.descendants if isinstance(node, Tag) and node.name in names]


def is_blank(node: PageElement) -> bool:
    """A string holding only whitespace (NBSP included): layout, not content."""
    return isinstance(node, NavigableString) and not str(node).strip()


# What html.parser does not know: elements a new start tag closes implicitly
# (HTML's "optional end tags"). Without this, ``<p>a<p>b<p>c`` nests each
# paragraph in the previous one. Headings are added because legacy pages often
# mistype their end tag (``<h2>…</h3>``), which would swallow the rest of the page.
BLOCK_STARTS = frozenset(
    {
        "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section",
        "table", "ul",
    }
)  # fmt: skip
ROW_STARTS = frozenset({"tr", "tbody", "thead", "tfoot"})
CLOSED_BY: dict[str, frozenset[str]] = {
    **dict.fromkeys(("p", "h1", "h2", "h3", "h4", "h5", "h6"), BLOCK_STARTS),
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "td": frozenset({"td", "th"}) | ROW_STARTS,
    "th": frozenset({"td", "th"}) | ROW_STARTS,
    "tr": ROW_STARTS,
}


def close_implicit_tags(soup: BeautifulSoup) -> None:
    """Move each element a browser would have closed out of its parent, with what follows it.

    Outermost first, in one pass: once ``<li>b`` has left ``<li>a``, the ``<li>c``
    inside it is a single move away too, so chains unfold in linear time.
    """
    for tag in tags_named(soup, _closers()):
        while (parent := tag.parent) is not None and tag.name in CLOSED_BY.get(parent.name, ()):
            anchor = parent
            for node in [tag, *tag.next_siblings]:
                anchor.insert_after(node.extract())
                anchor = node


def _closers() -> frozenset[str]:
    return frozenset().union(*CLOSED_BY.values())


def collapse(text: str) -> str:
    """Whitespace runs (NBSP and friends included) to one space, trimmed."""
    return " ".join(text.split())
