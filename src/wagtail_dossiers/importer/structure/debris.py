"""How well a line fits the part of the site's leftovers: what the chrome, the page's top and
its repeats say, and what a line's words say (menus, dates, identifiers). Running text is
never debris: every word of the page is placed or reported, and a paragraph is placed."""

from __future__ import annotations

from ..messages import gettext_noop
from .context import Context
from .evidence import Shape


def debris(context: Context, i: int, shape: Shape) -> tuple[float, str]:
    if i < context.skip_link:
        return 3.5, gettext_noop("above the link that skips to the content: the site's chrome")
    if i in context.under_skip_link:
        return 3.0, gettext_noop("written right under the link that skips to the content")
    if i == context.browser_title:
        return 3.0, gettext_noop("the browser's title: the page's name and the site's")
    if shape.debris:
        return 3.0, gettext_noop("reads as website debris")
    if i in context.bar_lines:
        return 2.5, gettext_noop("entries parted by bars on one line: a menu or a stamp")
    if i in context.contents:
        return 2.5, gettext_noop("an entry of the page's table of contents: its headings, listed")
    if i in context.crumbs:
        return 2.5, gettext_noop("a step of the breadcrumb above, not the page's name")
    if i in context.name_above:
        return 2.5, gettext_noop(
            "a name printed above the title: the site's, or an image's alt text"
        )
    if i in context.home_links:
        return 2.5, gettext_noop("the site's name, as the menu above opens with it")
    if i in context.menu_column:
        return 2.5, gettext_noop("one of a column of short names above the text, like a menu")
    if i in context.site_named:
        return 2.5, gettext_noop("the site's name, as the browser tab gives it")
    if shape.identifier:
        return 3.0, gettext_noop("a layout identifier, not words")
    if i in context.title_repeats:
        return 3.2, gettext_noop("repeats a line above the text: the title, printed again")
    if i in context.closers:
        return 2.8, gettext_noop("a link printed under every item of an overview")
    if i in context.copies:
        return 3.0, gettext_noop("a teaser's name printed twice: its image's link")
    if i in context.repeats:
        return 2.5, gettext_noop("repeats an earlier line")
    if shape.date:
        return 2.0, gettext_noop("a date the old site printed")
    if i in context.header_lines:
        return 1.0, gettext_noop("the site's address and number, in its header")
    if shape.hours and i < context.first_prose:
        return 0.5, gettext_noop("the hours the site's desk is open, in its header")
    # A menu's row above the text; amid the text, a heading in title case heads its text
    # (but not the site's copyright line under a footer's menu).
    heads = context.prose(i + 1) and not context.shapes[i + 1].debris
    if shape.menu and (i < context.first_prose or not heads):
        return 2.0, gettext_noop("a row of capitalised words, like a menu")
    if shape.call_to_action and i == context.first_text or context.banner(i):
        return 0.5, gettext_noop(
            "an announcement above the page"
        )  # a site-wide banner (`Find out …`)
    if i == context.first_text and shape.first == "lower" and not context.blocks[i].heading:
        return 0.5, gettext_noop("the tail of a line above the page (a logo's tagline)")
    if shape.words >= 8 or shape.sentence_break:
        return -4.0, gettext_noop("running text is never debris")
    return -1.5, gettext_noop("debris must be earned")
