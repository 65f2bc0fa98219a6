"""Counted steps: lines that open with a word and its number (`Stap 1 –`, `TIP 2:`, `Fase 3.`)
and stand each over more than their own text, up to the next count. A person reads them as
the headings of a guide's parts however long the line is; a count over one paragraph each is
a run of tips (cards), read elsewhere."""

from __future__ import annotations

import re

from .blocks import Kind, SourceBlock

COUNTED_RE = re.compile(r"\W*([^\W\d_]{2,})\s+(\d{1,2})\s*[:.)\-–—]\s*\w")


def counted_steps(blocks: list[SourceBlock]) -> set[int]:
    """The lines of every series of two or more counts (1, 2, … under the same word) that
    each have two blocks or more under them before the next count."""
    series: dict[str, list[tuple[int, int]]] = {}
    for i, block in enumerate(blocks):
        if block.kind is Kind.TEXT and (found := COUNTED_RE.match(block.text)):
            series.setdefault(found[1].casefold(), []).append((int(found[2]), i))
    steps: set[int] = set()
    for counted in series.values():
        numbers = [number for number, _ in counted]
        if len(counted) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            continue
        lines = [i for _, i in counted]
        if all(after - before > 2 for before, after in zip(lines, lines[1:], strict=False)):
            steps.update(lines)
    return steps
