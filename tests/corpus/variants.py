"""The real text pages of the corpus written again as HTML and as Markdown.

The stored pages are plain text (what the ``pages`` corpus holds). Pages of other sites come
as HTML and Markdown too, and the importer must read the same words alike in any format. So
each text page is also scored as a plain export would write it — HTML with one ``<p>`` per
line, or one per paragraph with ``<br>`` between its lines, and ``<ul>``/``<ol>`` for bullets
and no heading tags (a WYSIWYG export), Markdown with its own list markers — against the same
outline. These are derived pages, not real ones: the figures say how much a format's reading
loses, not how well real HTML is read.
"""

from __future__ import annotations

import html
import re

BULLET_RE = re.compile(r"^(?P<indent>\s*)(?:[•*◦▪·–—-]|->|→|►)\s+")
NUMBER_RE = re.compile(r"^(?P<indent>\s*)(?P<number>\d{1,2})[.)]\s+")


def as_html(text: str, breaks: bool = False) -> str:
    """Every line a paragraph (with ``breaks``, the lines written line under line one
    paragraph, broken by ``<br>``), bullets and numbered lines as lists (no heading tags); the
    lines indented further than a bullet's marker are in its item. A list ends where an
    editor's would: at another kind of line, where the numbers start again, and at a blank
    line amid items written line under line."""
    out: list[str] = []
    open_list = ""
    last_number = 0
    blank = tight = False  # a blank line just now; the open list's items written close
    item_indent = 0  # the open item's marker stands this far in; its own lines stand further
    lines = text.split("\n")
    for at, line in enumerate(lines):
        bullet, number = BULLET_RE.match(line), NUMBER_RE.match(line)
        if number and _alone(lines, at):
            bullet = number = None  # `2. Wie is vrijwilliger?` typed as a paragraph of its own
        kind = "ol" if number else "ul" if bullet else ""
        indent = len(line) - len(line.lstrip())
        if open_list and not kind and line.strip() and indent >= 2 and indent > item_indent:
            out[-1] = out[-1].removesuffix("</li>") + f"<br>{html.escape(line.strip())}</li>"
            blank = False
            continue
        restart = number is not None and int(number["number"]) <= last_number
        if open_list and line.strip() and (kind != open_list or restart or blank and tight):
            out.append(f"</{open_list}>")
            open_list = ""
        if not line.strip():
            blank = True
            continue
        if kind:
            if not open_list:
                out.append(f"<{kind}>")
                open_list, tight = kind, None
            elif tight is None:
                tight = not blank
            last_number = int(number["number"]) if number else 0
            marker = number or bullet
            item_indent = len(marker["indent"])
            out.append(f"<li>{html.escape(line[marker.end() :].strip())}</li>")
        elif breaks and not blank and out and out[-1].startswith("<p>"):
            out[-1] = out[-1].removesuffix("</p>") + f"<br>{html.escape(line.strip())}</p>"
        else:
            out.append(f"<p>{html.escape(line.strip())}</p>")
        blank = False
    if open_list:
        out.append(f"</{open_list}>")
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>"


def _alone(lines: list[str], at: int) -> bool:
    """Numbered line ``at`` stands alone between blank lines, no other numbered line near:
    an editor types it as a paragraph, and no editor makes a list of one line of it."""
    before = lines[at - 1] if at > 0 else ""
    after = lines[at + 1] if at + 1 < len(lines) else ""
    if before.strip() or after.strip():
        return False
    near = lines[max(0, at - 2) : at] + lines[at + 1 : at + 3]
    return not any(NUMBER_RE.match(line) for line in near)


def as_markdown(text: str) -> str:
    """The text with Markdown's list markers (`-`, `1.`); the lines and blank lines kept."""
    out = []
    for line in text.split("\n"):
        if bullet := BULLET_RE.match(line):
            nested = "  " if len(bullet["indent"]) > 3 else ""
            line = f"{nested}- {line[bullet.end() :]}"
        elif number := NUMBER_RE.match(line):
            line = f"{number['number']}. {line[number.end() :]}"
        out.append(line.rstrip())
    return "\n".join(out)


def as_html_with_breaks(text: str) -> str:
    """As ``as_html``, but a paragraph's lines are one ``<p>`` broken by ``<br>``: what an
    editor gets with Shift+Enter, and what text extracted from HTML writes line under line."""
    return as_html(text, breaks=True)


# A variant's name, how it is written, and the format it is read as.
VARIANTS = {
    "html": (as_html, "html"),
    "html with line breaks": (as_html_with_breaks, "html"),
    "markdown": (as_markdown, "markdown"),
}
