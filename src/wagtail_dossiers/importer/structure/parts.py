"""A block's words as the text and safe html of a part: paragraphs, cards, nested items.

The builder decides where a part goes; these functions only say what it holds, so the same
words come out whether a block starts a part or goes on with one.
"""

from __future__ import annotations

from html import escape, unescape

from ..detectors import Detectors
from ..document import Initiative, Lines, Paragraph
from ..prose import join_fragments
from .blocks import Kind, SourceBlock
from .evidence import BOLD_LEAD_RE, first_kind, lead_label


def paragraph_of(block: SourceBlock) -> Paragraph:
    html = block.html or escape(block.text, quote=False)
    if block.kind in (Kind.ITEM, Kind.ROW) and block.title:
        html = f"<b>{block.title_html or escape(block.title, quote=False)}</b> {html}"
        return Paragraph(f"{block.title} {block.text}", html, block.lines, list(block.links))
    return Paragraph(
        block.text, html, Lines(block.lines.first, block.lines.last), list(block.links)
    )


def nest(element: Paragraph | Initiative, block: SourceBlock, nested: list[SourceBlock]) -> None:
    """A sub-item added to the card or list above it, in a nested list at its depth."""
    if not nested:
        nested.append(SourceBlock(block.kind, "", block.lines, html=element.html, level=0))
    nested.append(block)
    element.html = nested[0].html + nested_html(nested[1:], nested[1].level)
    element.text = f"{element.text} {item_text(block)}"
    element.links.extend(block.links)
    element.lines.last = max(element.lines.last, block.lines.last)


def nested_html(items: list[SourceBlock], level: int) -> str:
    """``items`` (sub-items of one card, in order) as nested ``<ul>``/``<ol>`` by depth."""
    html, i = "", 0
    while i < len(items):
        item = items[i]
        deeper_end = i + 1
        while deeper_end < len(items) and items[deeper_end].level > level:
            deeper_end += 1
        inner = nested_html(items[i + 1 : deeper_end], level + 1) if deeper_end > i + 1 else ""
        html += f"<li>{item_html(item)}{inner}</li>"
        i = deeper_end
    tag = "ol" if items and items[0].numbered else "ul"
    return f"<{tag}>{html}</{tag}>" if html else ""


def lead(text: str, html: str) -> tuple[str, str, str] | None:
    """A card's name split off its text and html, where both open with it; or None."""
    bold = BOLD_LEAD_RE.fullmatch(html)
    found = lead_label(text)
    if bold and text.startswith(unescape(bold["label"]).strip()):
        label = unescape(bold["label"]).strip().rstrip(":").strip()
        rest = text[len(unescape(bold["label"]).strip()) :].lstrip(" :–—-")
        # A bold name that goes on in lower case is the subject of the sentence, no title.
        if rest and (first_kind(rest) != "lower" or bold["sep"]):
            return label, rest, bold["rest"]
        return None
    if found is None:
        return None
    label, rest = found
    escaped = escape(text, quote=False)
    if html != escaped:
        return None  # markup inside the text: it keeps its words whole
    return label, rest, escape(rest, quote=False)


def heading_text(block: SourceBlock) -> str:
    """A heading as a reader sees it: numbered ones keep their number (`1. Wat is armoede?`)."""
    if block.kind is Kind.ITEM:
        return f"{block.marker} {block.text}" if block.numbered else block.text
    # A label's colon (`Werkgebied:`) pointed at the text below; a heading says so itself.
    return _unframed(block.text).removesuffix(":").rstrip() or block.text


def _unframed(text: str) -> str:
    """A heading without the rules drawn around it: `| FOCUS OP ONTMOETING |`."""
    return text.strip(" |=*#~-").strip() or text


def item_text(block: SourceBlock) -> str:
    return f"{block.title} {block.text}".strip()


def item_html(block: SourceBlock) -> str:
    html = block.html or escape(block.text, quote=False)
    if block.title:
        return f"<b>{block.title_html or escape(block.title, quote=False)}</b> {html}"
    return html


def append(element: Paragraph | Initiative, block: SourceBlock, *, paragraph_break=False) -> None:
    """``block``'s words added to a paragraph or a card: a wrapped line, or a paragraph more."""
    html = block.html or escape(block.text, quote=False)
    if paragraph_break:
        element.text = f"{element.text} {block.text}"
        element.html = f"{element.html}<br><br>{html}"
    else:
        element.text = join_fragments([element.text, block.text])
        glue = "" if block.text.startswith((",", ".", ";", ":", "!", "?", ")")) else " "
        element.html = f"{element.html}{'<br>' if block.broken else glue}{html}"
    element.links.extend(block.links)
    element.lines.last = max(element.lines.last, block.lines.last)


def title_of(block: SourceBlock, detectors: Detectors) -> tuple[str, list[str]]:
    """The page's title in a title block, and what else it holds, for the report: the site's
    name after it (`Orbit vzw | Organisatie`), the page's type before it (`Artikel …`)."""
    title = block.text
    if block.kind is Kind.PAGE_TITLE and block.title != block.text:
        title = block.title  # the site's name after it goes to the report
    elif " | " in title:
        title = title.split(" | ", 1)[0]  # `Orbit vzw | Organisatie`: the site's filing
    leftovers = [block.text[len(title) :].strip()] if title != block.text else []
    marker, _, rest = title.partition(" ")
    if rest[:1].isupper() and len(rest.split()) >= 2 and detectors.is_debris(marker):
        leftovers.append(marker)  # `Artikel Leidraad bij …`: the page's type, glued to it
        title = rest
    return title, leftovers
