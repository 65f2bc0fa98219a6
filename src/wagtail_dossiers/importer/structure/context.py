"""What the whole page says about each block: heading levels, repeats, the lists it is in.

Measured once before the classifier runs, so that a block's score can weigh its page: the
heading level sections open at, whether a line repeats an earlier one, and for list items
the list they belong to (how long its items are, whether they tell in sentences).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..detectors import CONTENTS_LABEL_RE, SKIP_LINK_RE
from .blocks import Kind, SourceBlock, unspaced
from .evidence import ADDRESS_LINE_RE, Shape
from .names import (
    CRUMBS_LABEL_RE,
    WORD_RE,
    browser_title,
    home_links,
    is_a_name,
    menu_column,
    menu_under_crumbs,
    named_by_chrome,
    site_name_above_title,
)
from .reasons import Reason
from .roles import Role
from .runs import ListRuns, sentence_like
from .steps import counted_steps
from .wording import ADDRESS_RE, PREPOSITIONS, name_and_role

__all__ = ["NEVER", "Context", "Scores", "is_short", "sentence_like"]

NEVER = float("-inf")
Scores = dict[Role, tuple[float, str | Reason]]


@dataclass
class Context(ListRuns):
    """The blocks, their shapes and what the whole page says (its heading levels, repeats)."""

    blocks: list[SourceBlock]
    shapes: list[Shape]
    section_level: int = 0
    repeats: set[int] = field(default_factory=set)
    title_repeats: set[int] = field(default_factory=set)  # repeats of a line above the text
    run_words: dict[int, float] = field(default_factory=dict)  # a list's mean item length
    run_sentences: dict[int, float] = field(default_factory=dict)  # … its share of sentences
    run_lower: dict[int, float] = field(default_factory=dict)  # … of items in lower case
    run_named: dict[int, float] = field(default_factory=dict)  # … of items opening with a name
    run_opening: dict[int, float] = field(default_factory=dict)  # … with a name of any kind
    run_size: dict[int, int] = field(default_factory=dict)  # … and how many items it has
    run_names: dict[int, float] = field(default_factory=dict)  # … the names an item holds
    run_links: dict[int, float] = field(default_factory=dict)  # … its share of items linked
    run_told_long: dict[int, float] = field(default_factory=dict)  # … of two sentences or more
    run_subjects: dict[int, float] = field(default_factory=dict)  # … of items about someone
    run_alike: dict[int, float] = field(default_factory=dict)  # … of items opening alike
    run_addressed: dict[int, float] = field(default_factory=dict)  # … speaking to the reader
    run_ruled: dict[int, float] = field(default_factory=dict)  # … saying what must or may be
    whole: set[int] = field(default_factory=set)  # items of a list that is all its section holds
    above_all: set[int] = field(default_factory=set)  # items of a list of a few words each,
    # before any running text: a menu or a breadcrumb above the page
    browser_title: int = -1  # a first line `Page | Site` whose page name the page repeats
    led_in: set[int] = field(default_factory=set)  # items of a list a sentence leads in to (`:`)
    announced: set[int] = field(default_factory=set)  # … that it calls groups or projects
    named: set[int] = field(default_factory=set)  # lines the browser tab or a breadcrumb names
    headlines: set[int] = field(default_factory=set)  # short lines of a run, each over one text
    copies: set[int] = field(default_factory=set)  # a teaser's name printed above its headline
    closers: set[int] = field(default_factory=set)  # a link every item of an overview ends in
    closed: set[int] = field(default_factory=set)  # … and the texts above them: its items
    closed_names: set[int] = field(default_factory=set)  # … and the names that open them
    contents: set[int] = field(default_factory=set)  # a table of contents: its entries
    site_named: set[int] = field(default_factory=set)  # … and lines that are the site's name
    home_links: set[int] = field(default_factory=set)  # the site's name a menu opens with
    menu_column: set[int] = field(default_factory=set)  # a menu's entries, line under line
    menu_named: set[int] = field(default_factory=set)  # … and its entry printed again
    crumbs: set[int] = field(default_factory=set)  # a breadcrumb written as a list
    skip_link: int = 0  # a link that skips to the content, below the site's chrome; or 0
    under_skip_link: set[int] = field(default_factory=set)  # the site's lines right under it
    name_above: range = range(0)  # a name printed above the title: the site's, an image's alt
    first_words: int = 0  # the first line of text that is not debris
    unspaced: bool = False  # a text with (almost) no blank lines: each line is a paragraph
    heads_in_markup: bool = False  # the markup has headings (`<h1>`, `<h2>`): its way of heading
    lower_names: bool = False  # the page writes its name and headings in lower case
    header_lines: set[int] = field(default_factory=set)  # the site's address above the title
    steps: set[int] = field(default_factory=set)  # counted lines over parts (`Stap 2 –`)
    bar_lines: set[int] = field(default_factory=set)  # a menu or a stamp parted by bars

    def __post_init__(self) -> None:
        self._corroborate_addresses()
        kinds = [block.kind for block in self.blocks]
        texts = [block for block in self.blocks if block.kind is Kind.TEXT and block.spacing]
        apart = sum(1 for block in texts if block.blank_before)
        self.unspaced = unspaced(len(texts), apart)
        self.heads_in_markup = any(block.heading for block in self.blocks)
        # What stands above a skip link is the site's: the page starts at the link.
        link = next(
            (j for j, block in enumerate(self.blocks[:SKIP_LINK_REACH])
             if block.kind in (Kind.TEXT, Kind.CHROME)
             and SKIP_LINK_RE.fullmatch(block.text.strip(" .:"))),
            -1,
        )  # fmt: skip
        self.skip_link = max(link, 0)
        self._under_skip_link(link)
        start = self.skip_link
        self.first_text = next(
            (i for i in range(start, len(kinds)) if kinds[i] is Kind.TEXT), len(kinds)
        )
        self.first_prose = next(
            (i for i in range(start, len(kinds)) if kinds[i] is Kind.TEXT and self.prose(i)),
            len(kinds),
        )
        self._runs()
        self.browser_title = browser_title(self.blocks, self.shapes, self.first_text)
        self.named, self.site_named = named_by_chrome(
            self.blocks, self.browser_title, self.first_text
        )
        self.home_links = home_links(self.blocks, self.shapes)
        self.menu_column, self.menu_named, site = menu_column(
            self.blocks, self.shapes, self.first_prose
        )
        self.named |= self.menu_named
        self.menu_column |= menu_under_crumbs(self.blocks, self.shapes, self.named, self.first_text)
        self._crumbs()
        self.first_words = first_words = next(  # the first line of text that is not debris
            (j for j in range(self.first_text, len(self.blocks))
             if self.blocks[j].kind is Kind.TEXT and not self.shapes[j].debris),
            len(self.blocks),
        )  # fmt: skip
        self._header_lines()
        # A page whose name, over its first paragraph, is written in lower case (`netwerk
        # cultuurhuizen`) writes its headings so: there lower case tells no alt text.
        top = self.block(first_words)
        self.lower_names = (
            top is not None
            and self.shapes[first_words].first == "lower"
            and is_short(self.shapes[first_words], 4, 40)
            and not self.shapes[first_words].last_mark
            and top.blank_after
            and self.prose(first_words + 1)
        )
        # A banner over the page (`Live chat is available …`) stands above the site's name too.
        banner = first_words < len(self.blocks) and self.banner(first_words)
        under_banner = first_words + 1 if banner else first_words
        self.name_above = site_name_above_title(self.blocks, self.shapes, under_banner)
        if site >= 0 and not self.name_above:
            self.name_above = range(site, site + 1)
        self.menu_column -= set(self.name_above)  # a logo's lines in capitals, above the menu
        self._headlines()
        self.steps = counted_steps(self.blocks)
        self._bar_lines()
        levels = [b.heading for b in self.blocks if b.heading and b.kind is Kind.TEXT]
        if levels:
            top = min(levels)
            deeper = [level for level in levels if level > top]
            if deeper and levels.count(top) == 1:
                self.section_level = min(deeper)
            elif deeper or levels.count(top) > 1:
                self.section_level = top
            # else: one heading only, the title: the page marks no section headings
        listed = self._contents()
        seen: set[str] = set()
        top: set[str] = set()  # the first lines of text: where the title stands
        chrome = {  # what stands above a skip link: the site's, and the tab's title
            printed_as(block.text) for block in self.blocks[: self.skip_link]
        }
        for i, block in enumerate(self.blocks):
            key = printed_as(block.text)
            if block.kind is Kind.PAGE_TITLE:
                continue
            repeated = key in seen
            if repeated and key in listed and i not in self.contents:
                listed.discard(key)  # the heading the contents list, printed once: no repeat
                repeated = False
            if key and repeated and self.shapes[i].words <= 16 and i - 1 not in self.copies:
                if i in self.menu_named:
                    continue  # the menu's entry printed again: the page's name
                if key in chrome and i >= self.skip_link and not self.named - {i}:
                    self.named.add(i)  # the tab's title above the skip link, then the page's
                    chrome.clear()
                    continue
                if self._leads_in(i):
                    continue  # `Amateurkunsten:` over points that go on with it: a sentence
                if self.over_details(i):
                    continue  # a staff page's name again, on the card that says how to reach
                self.repeats.add(i)
                if key in top:
                    self.title_repeats.add(i)
            if block.kind is Kind.TEXT:  # a list of the page's questions announces, not repeats
                seen.add(key)
                shape = self.shapes[i]
                leftover = shape.debris or shape.identifier or i == self.browser_title
                if len(top) < 3 and i < self.first_prose and not leftover:
                    top.add(key)
        self._closers()

    def _contents(self) -> set[str]:
        """Short lines one under another, most of which the page prints again further down: a
        table of contents (`Profiel van een animator`, `Verloning`, …), whose entries link to
        the page's own headings. The entries are the page's links; the headings are the later
        prints, not repeats. Returns the entries' words."""
        keys = [printed_as(block.text) if block.kind is Kind.TEXT else "" for block in self.blocks]
        following: list[int] = [-1] * len(keys)  # where each line is printed next
        printed: dict[str, int] = {}
        for i in range(len(keys) - 1, -1, -1):
            if keys[i]:
                following[i] = printed.get(keys[i], -1)
                printed[keys[i]] = i
        run: list[int] = []
        entries: set[str] = set()
        for i in range(len(self.blocks) + 1):
            block = self.block(i)
            shape = self.shapes[i] if block is not None else None
            entry = (
                block is not None
                and block.kind is Kind.TEXT
                and not block.heading
                and is_short(shape, 8, 60)
                and shape.last_mark in ("", "?")
                and not shape.debris
            )
            # A line the run holds already, printed again, is the first heading it lists.
            if entry and keys[i] not in entries:
                run.append(i)
                entries.add(keys[i])
                continue
            again = [j for j in run if following[j] > run[-1]]
            if again:  # the lines above the first entry printed again are no entries (the
                run = run[run.index(again[0]) :]  # title, a line of the intro)
            # The entries are printed again as headings, one at least over a text of its own
            # (not as names over their addresses, or labels over their values: the page's
            # own lists, written twice).
            heads = any(self.prose(following[j] + 1) for j in again)
            listing = len(run) >= CONTENTS_MIN and len(again) >= 2 and len(again) * 2 >= len(run)
            # Under `On this page:` the lines are the contents whatever follows: the page may
            # be cut off before it prints them again.
            if run and self._heads_contents(run[0] - 1) or listing and heads:
                self.contents.update(run)
            run, entries = [], set()
        return {keys[i] for i in self.contents}

    def over_details(self, i: int) -> bool:
        """A person's name over a line that is only their address or number (`Leen Peeters`
        / `leen@cult.be`), however far apart: a team page's member, a staff page's card."""
        name, _ = name_and_role(self.blocks[i].text)
        following = self.block(i + 1)
        return (
            following is not None
            and following.kind is Kind.TEXT
            and self.shapes[i + 1].detail
            and self.shapes[i + 1].words <= 3
            and len(name.split()) >= 2
            and is_a_name(name)
        )

    def _heads_contents(self, i: int) -> bool:
        """The block at ``i`` says that a menu of the page's parts follows (`On this page:`)."""
        block = self.block(i)
        return block is not None and bool(CONTENTS_LABEL_RE.fullmatch(block.text.strip()))

    def _leads_in(self, i: int) -> bool:
        """Line ``i`` ends in `:` right above a list: it opens the sentence its items end."""
        following = self.block(i + 1)
        return (
            self.shapes[i].last_mark == ":"
            and following is not None
            and following.kind is Kind.ITEM
        )

    def _closers(self) -> None:
        """A short line printed after every item of an overview (`Meer weten?`, `Lees meer`),
        three times or more: the link each item ends in; the text above one is an item."""
        counts = Counter(
            block.text.casefold().strip()
            for block, shape in zip(self.blocks, self.shapes, strict=True)
            if block.kind is Kind.TEXT and not block.heading and shape.words <= 4
        )
        for i, block in enumerate(self.blocks):
            if block.kind is not Kind.TEXT or counts[block.text.casefold().strip()] < 3:
                continue
            if self.shapes[i].words > 4 or block.heading:
                continue
            self.closers.add(i)
            if self.prose(i - 1) and i - 2 not in self.headlines:
                self.closed.add(i - 1)
        self._closed_names()

    def _closed_names(self) -> None:
        """The short line that opens each item an overview's link closes, over the item's
        text (`Op uitstap met het speelplein` / its text, a list / `Download deze infofiche`):
        the item's name, however much text follows it up to the link."""
        previous = -1
        for closer in sorted(self.closers):
            if self.shapes[closer].debris:
                previous = closer  # `Terug naar boven` under every section: no item's link
                continue
            texts = 0  # an item tells in one paragraph, perhaps with a list
            for j in range(closer - 1, max(previous, closer - ITEM_BLOCKS_MAX - 1), -1):
                block, shape = self.blocks[j], self.shapes[j]
                if block.kind is not Kind.TEXT and block.kind is not Kind.ITEM:
                    break
                named = block.kind is Kind.TEXT and is_short(shape, 10, 80) and self.prose(j + 1)
                if named and shape.last_mark not in (".", ",", ";", ":") and texts == 1:
                    if j != self.first_words:  # the page's own name, above its first item
                        self.closed_names.add(j)
                        self.closed.discard(closer - 1)  # the named item's text, not an item
                    break
                texts += block.kind is Kind.TEXT
                if texts > 1:
                    break
            previous = closer

    def _headlines(self) -> None:
        """Short lines that each stand over one short text, three or more in a row: the
        names of the items of an overview (news, projects, what we do), not sections."""
        run: list[int] = []
        i = 0
        while i < len(self.blocks):
            if texts := self._headline(i):
                if self.same(i, i + 1):  # the name printed twice: the second heads the text
                    self.copies.add(i)
                    i, texts = i + 1, texts - 1
                run.append(i)
                i += 1 + texts
                continue
            if run and self._link_left(i):
                i += 1  # a teaser's `Lees meer` link: the overview goes on
                continue
            self._overview(run)
            run = []
            i += 1
        self._overview(run)

    def _overview(self, run: list[int]) -> None:
        """Three names or more over a short text each are an overview's items; but names
        that mostly speak for the writer (`We zetten druk op het beleid`) head the page's
        own sections, as an organisation tells what it does."""
        addressed = sum(1 for j in run if ADDRESS_RE.search(self.blocks[j].text))
        # Names that go on a statement (`Van kwetsbare jeugd`, `Met regionale partners`)
        # are the parts of one story, headed like sections.
        phrases = sum(1 for j in run if first_word(self.blocks[j].text) in PREPOSITIONS)
        # Items are named (`De Babbelbus`, `Heemkunde Limburg`, `Patrimonium`); what a text
        # is about is said in words (`Optimale omvang`, `Direct lid worden`): sections.
        worded = sum(1 for j in run if _worded(self.blocks[j].text))
        spoken = (addressed + phrases) * 2 >= len(run) or worded * 4 >= len(run) * 3
        if len(run) < 3 or spoken or self._dated_once() or self._history():
            return
        if not self._heads_more_above(run[0]):
            self.headlines.update(run)

    def _heads_more_above(self, i: int) -> bool:
        """The text above line ``i`` (paragraphs, points) goes up to a line set apart like it
        (`Idee`, over `Plan`, `Project`, `Realiseer`): the first of the page's steps or parts,
        heading more than a short text, so the run goes on its sections rather than naming
        an overview's items."""
        for j in range(i - 1, self.first_prose, -1):
            block, shape = self.blocks[j], self.shapes[j]
            if block.kind is Kind.ITEM or j in self.copies:
                continue  # the points of its text; the first entry's name, printed twice
            if block.kind is not Kind.TEXT or block.heading or shape.debris:
                return False
            if is_short(shape, 12, 100) and not shape.last_mark:
                return block.blank_before and block.blank_after
        return False

    def _history(self) -> bool:
        """The page tells a history (`Geschiedenis`, `Our history`): its short lines head the
        chapters of one story, whatever they name (the clubs it grew from, its leaders)."""
        first = self.block(self.first_words)
        return first is not None and bool(HISTORY_RE.fullmatch(first.text.strip(" .:")))

    def _dated_once(self) -> bool:
        """One date, printed above the first paragraph: the page is one article (a news
        item), whose short lines are its intertitles; an overview dates every item."""
        dates = [i for i, shape in enumerate(self.shapes) if shape.date]
        return len(dates) == 1 and dates[0] < self.first_prose

    def _headline(self, i: int) -> int:
        """How many short paragraphs (one or two) stand under line ``i``, if it names them."""
        block, shape = self.blocks[i], self.shapes[i]
        if block.kind is not Kind.TEXT or not is_short(shape, 12, 100) or block.heading:
            return 0
        if i == self.first_text:
            return 0  # the title over the intro
        if self.unspaced and block.spacing:
            return 0  # with no blank lines to set them apart, short lines head sections
        # A teaser prints its name twice: the image's link, then the heading over its text;
        # so printed, a question names a teaser too.
        copy = int(self.same(i, i + 1))
        # The second print of a line printed twice above the intro, whose first print was
        # no teaser (no link under it): the page's title and its copy, not an item.
        if self.same(i, i - 1) and i - 1 <= self.first_prose and i - 1 not in self.copies:
            return 0
        if shape.last_mark in (".", ":", ",", ";") or shape.sentence_break:
            return 0
        if shape.last_mark == "?" and not copy:
            return 0
        if shape.debris or shape.caption or shape.date or shape.call_to_action:
            return 0
        if shape.first == "lower":
            return 0  # the line above goes on: no name stands in lower case
        texts = 0
        while texts < 3 and self.prose(i + 1 + copy + texts):
            if texts and self._names_next(i + 1 + copy + texts):
                break  # the next item's name, a headline as long as a short sentence
            texts += 1
        start = i + 1 + copy
        after = start + texts
        if copy and after < len(self.blocks) and not self._link_left(after):
            return 0  # a heading printed twice; a teaser ends in its link (`Lees meer`)
        words = sum(self.shapes[j].words for j in range(start, start + texts))
        return copy + texts if 0 < texts <= 2 and words <= 120 else 0

    def _names_next(self, i: int) -> bool:
        """Line ``i``, after a text, is short, ends in no mark and stands over a longer text:
        the name of what follows (`Heemschut is verbijsterd over sloopbesluit`), not prose."""
        shape = self.shapes[i]
        if not is_short(shape, 12, 100) or shape.last_mark or shape.sentence_break:
            return False
        return self.prose(i + 1) and self.shapes[i + 1].words > shape.words

    def _link_left(self, i: int) -> bool:
        """Block ``i`` is a link the site left (`Lees meer`), by its words or by its markup."""
        return self.shapes[i].debris or self.blocks[i].kind is Kind.CHROME

    def banner(self, i: int) -> bool:
        """Line ``i`` is a sentence the site prints above every page (`Live chat is available
        …`, `Tell us what you think …`): the first words, a sentence, over a short line that
        stands alone as a page's name does."""
        shape = self.shapes[i]
        if i != self.first_words or shape.last_mark not in (".", "!", "") or shape.sentence_break:
            return False
        # The name may stand under more of the site's chrome (`Quick Launch`).
        under = next((j for j in range(i + 1, len(self.blocks)) if not self.shapes[j].debris), i)
        following = self.block(under) if under > i else None
        if not 6 <= shape.words <= 30 or following is None or following.kind is not Kind.TEXT:
            return False
        if not shape.last_mark and shape.words < 10:
            return False  # with no full stop, only a long sentence is one
        name = self.shapes[under]
        return (
            is_short(name, 12, 90)
            and name.last_mark in ("", "?", ":")
            and not (name.date or name.debris or name.call_to_action or name.first == "lower")
            and following.blank_before
            and following.blank_after
        )

    def _under_skip_link(self, link: int) -> None:
        """Short lines written right under the skip link (line ``link``), no blank line
        between (`Skip to Main Content` / `Plans and activities` / `Toolkit`): more of the
        site's header, its rubrics and menus, when the page's name stands after the blank
        line; over running text the last line is the page's own name (`Nieuws Agenda …` /
        `Seniorenraad`). A line alone under the link is the site's only when a name over text
        follows it; over a caption or a list it is the page's name itself."""
        if link < 0 or self.blocks[link].kind is not Kind.TEXT or not self.blocks[link].spacing:
            return
        group, closed = self._written_under(link, 6)
        after = group[-1] + 1 if group else len(self.blocks)
        if not closed or after >= len(self.blocks) or self.prose(after):
            return
        if len(group) > 1 or self._names_text(after):
            self.under_skip_link = set(group)

    def _names_text(self, i: int) -> bool:
        """Line ``i`` is a name over running text: short, no caption, text under it."""
        block, shape = self.blocks[i], self.shapes[i]
        return (
            block.kind is Kind.TEXT
            and is_short(shape, 8)
            and not shape.caption
            and shape.last_mark in ("", "?")
            and self.prose(i + 1)
        )

    def _written_under(self, i: int, most: int) -> tuple[list[int], bool]:
        """The short lines (at most ``most``) written right under line ``i``, no blank line
        between, and whether a blank line ends them."""
        found: list[int] = []
        for j in range(i + 1, min(i + 1 + most, len(self.blocks))):
            block = self.blocks[j]
            if block.kind is not Kind.TEXT or block.blank_before or not is_short(self.shapes[j], 8):
                break
            found.append(j)
            if block.blank_after:
                return found, True
        return found, False

    def _crumbs(self) -> None:
        """A list of a few words above everything whose last step is printed again below it
        (`- Home` … `- Start a Neighborhood Association` / `Start a Neighborhood …`): a
        breadcrumb, and under it the page's name."""
        for i in sorted(self.above_all):
            if i + 1 not in self.above_all and self.same(i, i + 1):
                self.named.add(i + 1)
                while i in self.above_all:
                    self.crumbs.add(i)
                    i -= 1
        # `Je bent hier:` and its steps written line under line (`Over ons` / `Wie zijn we?`,
        # a few of them): the last step is the page's name.
        label = next(
            (i for i in range(min(self.first_prose, SKIP_LINK_REACH))
             if self.blocks[i].kind in (Kind.TEXT, Kind.CHROME)
             and CRUMBS_LABEL_RE.fullmatch(self.blocks[i].text.strip())),
            -1,
        )  # fmt: skip
        most = min(self.first_prose - label - 1, 8)
        steps = self._written_under(label, most)[0] if label >= 0 else []
        if 0 <= label < len(self.blocks) - 1 and not steps and not self.blocks[label + 1].spacing:
            # Markup parts every line alike (`<p>Je bent hier:</p><p>Over ons</p><p>Wie zijn
            # we?</p>`): the short lines up to the text are the steps, the last one its name.
            steps = list(itertools.takewhile(self._step, range(label + 1, label + 1 + most)))
        if steps:
            self.crumbs.update(steps[:-1])
            self.named.add(steps[-1])

    def _bar_lines(self) -> None:
        """A line of a few words parted by bars (`Wie zijn we | Bestuur | Activiteiten`,
        `Post | april 2020 | 4 min lezen`): a menu or a stamp written on one line. Amid the
        text, running text or a lead-in (`:`) above it and running text under it, it is the
        page's (`Maandag | Woensdag | Vrijdag`); lines of bars line under line are a table's
        rows."""
        barred = [
            block.kind is Kind.TEXT and bool(BAR_LINE_RE.fullmatch(block.text))
            for block in self.blocks
        ]
        for i, bar in enumerate(barred):
            if not bar or (i and barred[i - 1]) or (i + 1 < len(barred) and barred[i + 1]):
                continue
            led = self.prose(i - 1) or i > 0 and self.shapes[i - 1].last_mark == ":"
            if not (led and self.prose(i + 1)):
                self.bar_lines.add(i)

    def _step(self, i: int) -> bool:
        """Block ``i`` could be a breadcrumb's step: a short line of text."""
        return self.blocks[i].kind is Kind.TEXT and is_short(self.shapes[i], 8)

    def _header_lines(self) -> None:
        """The address and numbers the page opens with (`Kerkstraat 8` / `2405 VZ Alphen` /
        `Tel 0172 …`), when a line that names it follows: the site's header. Found once, in
        one pass from the first words."""
        j = self.first_words
        end = len(self.blocks)
        while j < end and self.blocks[j].kind is Kind.TEXT and not self.prose(j):
            shape = self.shapes[j]
            if not (shape.address or shape.detail or shape.debris or shape.date):
                break
            j += 1
        if j >= end or self.blocks[j].kind is not Kind.TEXT or self.prose(j):
            return
        if not (is_short(self.shapes[j], 12, 90) and self.shapes[j].last_mark in ("", "?")):
            return
        self.header_lines = {
            k for k in range(self.first_words, j)
            if self.shapes[k].address or self.shapes[k].detail
        }  # fmt: skip

    def _corroborate_addresses(self) -> None:
        """A street or a postcode counts as an address beside another line of one (or a
        number), or written whole on one line (`Vossenstraat 6 6811 JL Arnhem`): alone,
        `Op weg 2` or `2024 JAARVERSLAG` is a heading."""
        for i, shape in enumerate(self.shapes):
            if not shape.address or ADDRESS_LINE_RE.fullmatch(self.blocks[i].text.strip()):
                continue
            near = [self.shapes[j] for j in (i - 1, i + 1) if 0 <= j < len(self.shapes)]
            if not any(other.address or other.detail for other in near):
                self.shapes[i] = replace(shape, address=False)

    def same(self, i: int, j: int) -> bool:
        other = self.block(j)
        return other is not None and other.text.casefold() == self.blocks[i].text.casefold()

    def _heading_like(self, i: int, end: bool = False) -> bool:
        """Block ``i`` could head a section: marked so, or a short line with no full stop."""
        block = self.block(i)
        if block is None:
            return end
        if block.kind is not Kind.TEXT:
            return False
        shape = self.shapes[i]
        marked = bool(block.heading) or block.bold
        return marked or (is_short(shape, 10, 80) and shape.last_mark not in (".", ",", ";", ":"))

    def block(self, i: int) -> SourceBlock | None:
        return self.blocks[i] if 0 <= i < len(self.blocks) else None

    def prose(self, i: int) -> bool:
        """Block ``i`` is running text: a sentence or more."""
        block = self.block(i)
        if block is None or block.kind is not Kind.TEXT or block.heading:
            return False
        shape = self.shapes[i]
        return shape.words >= 8 or (shape.words >= 3 and shape.last_mark in (".", "!", "…"))


# Three or more entries of a few words, parted by bars, no sentence among them.
BAR_LINE_RE = re.compile(r"[^|.!?:]{1,40}(?: \| [^|.!?:]{1,40}){2,}")
# A page's name that says it tells a history.
HISTORY_RE = re.compile(
    r"((onze|korte|een korte|our|a short) )?(geschiedenis|historiek|history|historie|ontstaan)"
    r"( van .{1,60}| of .{1,60})?",
    re.IGNORECASE,
)


def _worded(text: str) -> bool:
    """A few words, the first capitalised and the rest not: a phrase, not a name."""
    words = WORDS_RE.findall(text)
    return len(words) >= 2 and words[0][0].isupper() and all(w[0].islower() for w in words[1:])


WORDS_RE = re.compile(r"[^\W\d_][\w'’-]*")


def first_word(text: str) -> str:
    """The first word of ``text``, in lower case (marks glued to it kept)."""
    words = text.split(maxsplit=1)
    return words[0].casefold() if words else ""


# How far down the page a skip link may stand: a cookie notice and a menu may come first.
SKIP_LINK_REACH = 40
# How many entries a table of contents lists, at the least.
CONTENTS_MIN = 3
# How many blocks an overview's item may hold between its name and the link that closes it.
ITEM_BLOCKS_MAX = 12


def printed_as(text: str) -> str:
    """What a line says, as a reader compares two prints of it: its words, whatever the case,
    the spacing and the marks (`BIJ ONS ZIT JE GOED !` prints `Bij ons zit je goed!` again)."""
    return " ".join(WORD_RE.findall(text.casefold()))


def is_short(shape: Shape, words: int = 12, chars: int = 90) -> bool:
    return shape.words <= words and shape.chars <= chars
