"""Inline HTML to a small, safe fragment plus its plain text.

Everything the legacy page wrote inside a paragraph, heading, cell or list item
is rewritten from scratch rather than filtered: only ``<b>``, ``<i>``,
``<a href>`` (http, https, mailto), ``<br>`` and, inside cards, nested
``<ul>/<ol>/<li>`` are ever emitted, text is escaped, and no attribute of the
source is copied. What cannot be kept (a ``javascript:`` link, a relative link)
loses its tag but never its words, and leaves a warning for the editor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape

from bs4 import NavigableString, PageElement, Tag

from ..document import Image, Lines, Link, Warning
from ..urls import UrlCheck, alt_from_file_name, check_href, check_src
from ..words import html_text, normalise
from .source import INVISIBLE_STRINGS, REMOVED_TAGS, LineMap, collapse, is_blank

BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup",
        "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LIST_TAGS = frozenset({"ul", "ol", "menu", "dir"})
BOLD_TAGS = frozenset({"b", "strong"})
ITALIC_TAGS = frozenset({"i", "em"})
# Deeper inline nesting than this only comes from unclosed tags: read it as text.
MAX_DEPTH = 60


@dataclass
class FoundImage:
    image: Image
    problems: list[Warning] = field(default_factory=list)


@dataclass
class Fragment:
    """Rendered inline content. ``problems`` are warnings to record if the content is placed."""

    text: str = ""
    html: str = ""
    links: list[Link] = field(default_factory=list)
    images: list[FoundImage] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    problems: list[Warning] = field(default_factory=list)


def image_from(tag: Tag, line: int) -> FoundImage:
    """An ``Image`` for an ``<img>``; a missing alt text is derived from the file name."""
    alt = collapse(normalise(str(tag.get("alt") or "")))
    source = check_src(tag.get("src"))
    found = FoundImage(Image(alt=alt, lines=Lines.one(line), src=source.url))
    if source.problem:
        found.problems.append(source.warning(line))
    if not alt:
        found.image.alt = alt_from_file_name(source.url)
        params = {"alt": found.image.alt, "src": source.url}
        variant = "" if source.url else "no_src"
        found.problems.append(Warning(line, "image_alt_missing", params, variant))
    return found


def li_parts(li: Tag) -> list[list[PageElement]]:
    """The items an ``<li>`` stands for: one, or more when later items were nested in it."""
    parts: list[list[PageElement]] = [[]]
    for child in li.children:
        if isinstance(child, Tag) and child.name == "li":
            parts.append([*child.children])
        else:
            parts[-1].append(child)
    return [part for part in parts if not all(is_blank(node) for node in part)]


def list_items(children: Iterable[PageElement]) -> list[list[PageElement]]:
    """The items of a list, as node lists. Content written straight into the list
    (text, a sublist beside its item) is kept: a sublist joins the item before it,
    loose text becomes an item of its own."""
    items: list[list[PageElement]] = []
    loose = False
    for child in children:
        if isinstance(child, Tag) and child.name == "li":
            items.extend(li_parts(child))
            loose = False
        elif is_blank(child):
            if loose:
                items[-1].append(child)
        elif loose or (isinstance(child, Tag) and child.name in LIST_TAGS and items):
            items[-1].append(child)
        else:
            items.append([child])
            loose = True
    return items


class _Writer:
    """Walks inline nodes once, writing the safe fragment and the plain text side by side."""

    def __init__(self, lines: LineMap, allow_lists: bool, default_line: int) -> None:
        self.lines = lines
        self.allow_lists = allow_lists
        self.default_line = default_line
        self.html: list[str] = []
        self.text: list[str] = []
        self.open: set[str] = set()
        self.fragment = Fragment()

    def write(self, node: PageElement, depth: int = 0) -> None:
        if isinstance(node, INVISIBLE_STRINGS):
            return
        if isinstance(node, NavigableString):
            self._string(str(node))
        elif isinstance(node, Tag) and node.name not in REMOVED_TAGS:
            if depth > MAX_DEPTH:
                self._gap()
                self._string(node.get_text(" "))
                self._gap()
            else:
                self._tag(node, depth + 1)

    def _string(self, text: str) -> None:
        text = normalise(text)
        self.html.append(escape(text, quote=False))
        self.text.append(text)

    def _gap(self, html: str = "<br>") -> None:
        self.html.append(html)
        self.text.append(" ")

    def _children(self, tag: Tag, depth: int) -> None:
        for child in tag.contents:  # bs4's ``children`` wraps this list in a generator
            self.write(child, depth)

    def _tag(self, tag: Tag, depth: int) -> None:
        name = tag.name
        if name == "br":
            self._gap()
        elif name in BOLD_TAGS or name in ITALIC_TAGS:
            self._wrap("b" if name in BOLD_TAGS else "i", tag, depth)
        elif name == "a":
            self._link(tag, depth)
        elif name == "img":
            found = image_from(tag, self.lines.first(tag, self.default_line))
            if found.image.alt:
                self.fragment.images.append(found)
            else:  # no file to find, nothing to describe: no image, only what was wrong with it
                kept = [p for p in found.problems if p.code != "image_alt_missing"]
                self.fragment.problems += kept
        elif name in LIST_TAGS and self.allow_lists and not self.open:
            self._list(tag, depth)
        elif name in BLOCK_TAGS:
            self._gap()
            self._children(tag, depth)
            self._gap()
        else:
            self._children(tag, depth)

    def _wrap(self, kind: str, tag: Tag, depth: int) -> None:
        if kind in self.open:  # <b> inside <b> says nothing more
            self._children(tag, depth)
            return
        self.open.add(kind)
        self.html.append(f"<{kind}>")
        self._children(tag, depth)
        self.html.append(f"</{kind}>")
        self.open.discard(kind)

    def _link(self, tag: Tag, depth: int) -> None:
        check = check_href(tag.get("href")) if "a" not in self.open else UrlCheck()
        if check.phone:
            self.fragment.phones.append(check.phone)
        if check.problem:
            line = self.lines.first(tag, self.default_line)
            self.fragment.problems.append(check.warning(line))
        if not check.url:
            self._children(tag, depth)
            return
        start = len(self.text)
        self.open.add("a")
        self.html.append(f'<a href="{escape(check.url, quote=True)}">')
        self._children(tag, depth)
        self.html.append("</a>")
        self.open.discard("a")
        self.fragment.links.append(Link(check.url, collapse("".join(self.text[start:]))))

    def _list(self, tag: Tag, depth: int) -> None:
        kind = "ol" if tag.name == "ol" else "ul"
        self._gap(f"<{kind}>")
        for item in list_items(tag.children):
            self._gap("<li>")
            for node in item:
                self.write(node, depth)
            self._gap("</li>")
        self._gap(f"</{kind}>")

    def finish(self) -> Fragment:
        self.fragment.text = collapse("".join(self.text))
        self.fragment.html = tidy_html("".join(self.html))
        return self.fragment


# ``tidy_html``'s patterns, compiled once. Most cannot start at a fixed character,
# so the engine tries them at every position of every fragment: each runs only
# when the markup it rewrites is present at all.
SPACES_RE = re.compile(r"\s{2,}|[^\S ]")  # whitespace not already a single space
SPACED_BREAK_RE = re.compile(r"\s*<br>\s*")
BREAK_RUN_RE = re.compile(r"(?:<br>){3,}")
LIST_TAG_RE = re.compile(r"</?(?:ul|ol|li)>")
PADDED_LIST_TAG_RE = re.compile(r"(?:<br>|\s)*(</?(?:ul|ol|li)>)(?:<br>|\s)*")
EMPTY_FORMAT_RE = re.compile(r"<(b|i)>((?:\s|<br>)*)</\1>")
EMPTY_LINK_RE = re.compile(r'<a href="[^"]*">(\s*)</a>')
EMPTY_LIST_RE = re.compile(r"<li></li>|<ul></ul>|<ol></ol>")
# Any of the three (the backreference still points at the first group).
EMPTY_WRAPPER_RE = re.compile(
    f"{EMPTY_FORMAT_RE.pattern}|{EMPTY_LINK_RE.pattern}|{EMPTY_LIST_RE.pattern}"
)
EDGE_PADDING_RE = re.compile(r"(?:<br>|\s)+")


def plain_text(html: str) -> str:
    """A fragment's words, its markup taken out and its spacing collapsed."""
    return " ".join(html_text(html).split())


def tidy_html(html: str) -> str:
    """Collapse whitespace, drop empty wrappers and breaks that only pad lists or edges."""
    html = SPACES_RE.sub(" ", html)
    if "<br>" in html:
        html = SPACED_BREAK_RE.sub("<br>", html)
        html = BREAK_RUN_RE.sub("<br><br>", html)  # first: keeps the next pattern linear
    if LIST_TAG_RE.search(html):
        html = PADDED_LIST_TAG_RE.sub(r"\1", html)
    # Until nothing changes; a round changes something exactly when one of its
    # patterns matches, which one search tells.
    while EMPTY_WRAPPER_RE.search(html):
        html = EMPTY_FORMAT_RE.sub(r"\2", html)
        html = EMPTY_LINK_RE.sub(r"\1", html)
        html = EMPTY_LIST_RE.sub("", html)
    if "<br>" in html:
        html = BREAK_RUN_RE.sub("<br><br>", html)
    return _strip_edge_padding(html)


def _strip_edge_padding(html: str) -> str:
    r"""``html`` without leading and trailing breaks and whitespace.

    What ``re.sub(r"^(?:<br>|\s)+|(?:<br>|\s)+$", "", html)`` gives, without trying
    the second pattern at every position: the trailing run is peeled from the end.
    """
    leading = EDGE_PADDING_RE.match(html)
    start, end = (leading.end() if leading else 0), len(html)
    while end > start:
        if html[end - 1].isspace():
            end -= 1
        elif html.endswith("<br>", start, end):
            end -= 4
        else:
            break
    return html[start:end]


def render_inline(
    nodes: Iterable[PageElement],
    lines: LineMap,
    *,
    allow_lists: bool = False,
    default_line: int = 0,
) -> Fragment:
    """Render inline ``nodes`` as a safe fragment; nested lists only if ``allow_lists`` (cards)."""
    writer = _Writer(lines, allow_lists, default_line)
    for node in nodes:
        writer.write(node)
    return writer.finish()
