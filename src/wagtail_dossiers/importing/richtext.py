"""Imported inline HTML → rich text that passed Wagtail's own whitelist."""

from __future__ import annotations

import re

from wagtail.admin.rich_text.converters.db_html import DbHTMLConverter

from ..blocks import RICH_TEXT_FEATURES

# Markup the parsers and enrichment produce themselves: paragraphs of escaped text
# with bold, italic and http(s)/mailto links. It is already within the whitelist,
# so it skips the (costly) cleaning; anything else goes through Wagtail's converter.
_INLINE = (
    r"(?:[^<>&]|&(?:amp|lt|gt|quot|#x27|#39);|</?[bi]>"
    r'|<a href="(?:https?://|mailto:)[^"<>\s&]*">|</a>)*'
)
_PLAIN_RE = re.compile(rf"(?:<p>{_INLINE}</p>)*")
_LIST_RE = re.compile(r"(<(?:ul|ol)\b.*</(?:ul|ol)>)", re.DOTALL | re.IGNORECASE)
_converter = DbHTMLConverter(RICH_TEXT_FEATURES)


def to_rich_text(fragments: list[str]) -> tuple[str, list[str]]:
    """Wrap inline fragments in paragraphs (nested lists kept as lists) and clean them.

    Returns the database HTML and a description of every construct the whitelist removed.
    """
    blocks = []
    for fragment in fragments:
        for part in _LIST_RE.split(fragment):
            if not part.strip():
                continue
            blocks.append(part if _LIST_RE.fullmatch(part) else f"<p>{part.strip()}</p>")
    markup = "".join(blocks)
    if _PLAIN_RE.fullmatch(markup):
        return markup, []
    cleaned, removals = _converter.clean(markup)
    return cleaned, [f"<{r.tag}> {r.action} ({r.reason})" for r in removals]
