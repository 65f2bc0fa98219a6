"""Imported inline HTML → rich text that passed Wagtail's own whitelist."""

from __future__ import annotations

import html
import re

from wagtail.admin.rich_text.converters.db_html import DbHTMLConverter

from ..blocks import RICH_TEXT_FEATURES

# Markup a text source produces by itself: paragraphs around escaped text. It is
# already within the whitelist, so it skips the (costly) cleaning.
_PLAIN_RE = re.compile(r"(?:<p>[^<>]*</p>)*")
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


def text_to_html(text: str) -> str:
    """Escaped plain text, for values that came without markup."""
    return html.escape(text, quote=False)
