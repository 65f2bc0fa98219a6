"""The lists a page holds: which items make one list, and what its items have in common.

A list is read as a whole (``items``): its items' mean length, their share told in
sentences, opening with a name, linked, and where the list stands (all its section holds,
led in to by a sentence ending in `:`). A mixin of ``Context``, measured once per page.
"""

from __future__ import annotations

import re
from collections import Counter

from .blocks import Kind, SourceBlock
from .evidence import Shape
from .parts import item_text
from .wording import ADDRESS_RE, modal, names_collectives, numbered_name, opens_with_a_name

NUMBER_RE = re.compile(r"\d{1,9}")
OPENING_RE = re.compile(r"[^\W\d_]+|\d+")


class ListRuns:
    """Each list item's run: the items of its list, and the figures of that list;
    ``Context`` holds the state below and ``block``, ``_heading_like``."""

    blocks: list[SourceBlock]
    shapes: list[Shape]
    first_prose: int
    run_words: dict[int, float]
    run_sentences: dict[int, float]
    run_lower: dict[int, float]
    run_named: dict[int, float]
    run_size: dict[int, int]
    run_names: dict[int, float]
    run_links: dict[int, float]
    run_told_long: dict[int, float]
    run_subjects: dict[int, float]
    run_alike: dict[int, float]
    run_addressed: dict[int, float]
    run_ruled: dict[int, float]
    run_opening: dict[int, float]
    whole: set[int]
    above_all: set[int]
    led_in: set[int]
    announced: set[int]

    def _runs(self) -> None:
        """Each list item's run (the items of one list): how long its items are on average."""
        run: list[int] = []
        for i, block in enumerate([*self.blocks, None]):
            if block is not None and block.kind in (Kind.ITEM, Kind.ROW) and block.level == 1:
                if run and not (_goes_on(self.blocks[run[-1]], block) and self._close(run, i)):
                    self._end_run(run)  # another marker, the numbers start again, a blank line
                    run = []
                run.append(i)
                continue
            if block is not None and block.kind is Kind.ITEM:
                continue  # a sub-item stays in its list's run
            if run:
                self._end_run(run)
            run = []

    def _close(self, run: list[int], i: int) -> bool:
        """Item ``i`` is written as close to the run as its items are to each other: a blank
        line (in markup, a list of its own) amid items written line under line parts two
        lists."""
        if not self.blocks[i].blank_before or len(run) < 2:
            return True
        return any(self.blocks[j].blank_before for j in run[1:])

    def _end_run(self, run: list[int]) -> None:
        count = len(run)
        mean = sum(self.shapes[j].words for j in run) / count
        self.run_words.update(dict.fromkeys(run, mean))
        self.run_sentences.update(dict.fromkeys(run, sum(map(self._tells, run)) / count))
        lower = sum(1 for j in run if self.shapes[j].first == "lower") / count
        self.run_lower.update(dict.fromkeys(run, lower))
        named = (
            sum(  # `Kickoff: …`, `Project 3-12 …`: each item opens with its name
                1 for j in run if self.shapes[j].label_text or numbered_name(self.blocks[j].text)
            )
            / count
        )
        self.run_named.update(dict.fromkeys(run, named))
        self.run_size.update(dict.fromkeys(run, count))
        self.run_names.update(dict.fromkeys(run, sum(self.shapes[j].names for j in run) / count))
        linked = sum(1 for j in run if self.blocks[j].links) / count
        self.run_links.update(dict.fromkeys(run, linked))
        long = sum(1 for j in run if self.shapes[j].sentences >= 2) / count
        self.run_told_long.update(dict.fromkeys(run, long))
        subjects = sum(1 for j in run if self.shapes[j].subject) / count
        self.run_subjects.update(dict.fromkeys(run, subjects))
        self.run_alike.update(dict.fromkeys(run, self._alike(run)))
        addressed = sum(1 for j in run if ADDRESS_RE.search(self.blocks[j].text)) / count
        self.run_addressed.update(dict.fromkeys(run, addressed))
        ruled = sum(1 for j in run if self._rules(j)) / count
        self.run_ruled.update(dict.fromkeys(run, ruled))
        opening = sum(1 for j in run if self._opens_named(j)) / count
        self.run_opening.update(dict.fromkeys(run, opening))
        if self.run_words[run[0]] <= 5 and run[0] < self.first_prose:
            self.above_all.update(run)
        if self._heading_like(run[0] - 1) and self._heading_like(self._after(run[-1]), end=True):
            self.whole.update(run)
        before = self.block(run[0] - 1)
        if (
            before is not None
            and before.kind is Kind.TEXT
            and not before.heading
            and self.shapes[run[0] - 1].last_mark == ":"
        ):
            self.led_in.update(run)
        # A lead-in or a heading that says what the items are (`Voorbeelden van
        # buurtinitiatieven`): groups, projects, organisations, each with a name of its own.
        announcing = (
            before is not None
            and before.kind is Kind.TEXT
            and (self.shapes[run[0] - 1].last_mark == ":" or self._heading_like(run[0] - 1))
        )
        if announcing and names_collectives(before.text):
            self.announced.update(run)

    def _alike(self, run: list[int]) -> float:
        """The share of items opening with the same two words as another item (`Je bent …`,
        `Je bent geen …`): one statement unrolled point by point, where initiatives open
        each with a name of their own (a number in it, `Project 3-1`, names one of many)."""
        if len(run) < 2:
            return 0.0
        openings = [
            tuple(OPENING_RE.findall(item_text(self.blocks[j]).casefold())[:2]) for j in run
        ]
        shared = Counter(o for o in openings if len(o) == 2 and all(w.isalpha() for w in o))
        return sum(count for count in shared.values() if count > 1) / len(run)

    def _rules(self, i: int) -> bool:
        """Item ``i`` says what must, may or will be (`Het initiatief moet …`); a question
        with the same words (`Mag iedereen …?`) asks, it sets no rule."""
        if self.shapes[i].last_mark == "?":
            return False
        return any(modal(word) for word in OPENING_RE.findall(self.blocks[i].text))

    def _opens_named(self, i: int) -> bool:
        """Item ``i`` opens with its name: a title of its own, a label, or a name."""
        block = self.blocks[i]
        if block.title or self.shapes[i].label_text or numbered_name(block.text):
            return True
        return opens_with_a_name(item_text(block).split()[:5])

    def _tells(self, i: int) -> bool:
        """An item told in a sentence; a table row with a cell of six words or more."""
        block = self.blocks[i]
        if block.kind is Kind.ROW:
            return any(len(cell.split()) >= 6 for cell in block.text.split(" — "))
        return sentence_like(self.shapes[i])

    def _after(self, i: int) -> int:
        """The first block after item ``i`` and its sub-items."""
        i += 1
        while (block := self.block(i)) is not None and block.kind is Kind.ITEM:
            i += 1
        return i


def _words(text: str) -> set[str]:
    return set(OPENING_RE.findall(text.casefold()))


def _marker(block: SourceBlock) -> str:
    """What kind of list an item is in: numbered, or the bullet it is written with."""
    return "1." if block.numbered else block.marker


def _goes_on(previous: SourceBlock, block: SourceBlock) -> bool:
    """``block`` is the next item of the list ``previous`` is in: the same marker and, for
    numbered items, the next number or the same again (Markdown numbers `1.` `1.` `1.`);
    `1.` after `10.` starts another list."""
    if _marker(previous) != _marker(block):
        return False
    before, number = NUMBER_RE.match(previous.marker), NUMBER_RE.match(block.marker)
    return before is None or number is None or int(number[0]) - int(before[0]) in (0, 1)


def sentence_like(shape: Shape) -> bool:
    return shape.sentence_break or (shape.words >= 4 and shape.last_mark in (".", "?", "!", "…"))
