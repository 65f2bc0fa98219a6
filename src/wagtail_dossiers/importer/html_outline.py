"""The outline of a flattened page: which block is the title, which heading level opens sections.

Decided from heading levels and positions only, never from wording: the first
``h1`` is the title (one outside the page banner if there is one); without an
``h1``, a heading that repeats the ``<title>``, or a lone top heading above deeper
ones. Sections open at the highest level below the title's that occurs.
"""

from __future__ import annotations

from .html_blocks import Block, PageTitleBlock, TextBlock


def choose_title(blocks: list[Block]) -> tuple[int | None, int]:
    """The first ``h1`` (outside the page banner if possible); without one, a heading
    that repeats the ``<title>``, or a lone top heading above deeper ones."""
    headings = [(i, b) for i, b in enumerate(blocks) if isinstance(b, TextBlock) and b.level]
    for banner in (False, True):
        for index, block in headings:
            if block.level == 1 and block.banner == banner:
                return index, 1
    page_title = next((b.text for b in blocks if isinstance(b, PageTitleBlock)), "")
    if headings:
        index, first = headings[0]
        if page_title and _similar(first.fragment.text, page_title):
            return index, first.level
        rest = [b.level for _, b in headings[1:]]
        if not page_title and rest and all(level > first.level for level in rest):
            return index, first.level
    return None, 0


def section_level(blocks: list[Block], title_at: int | None, title_level: int) -> int | None:
    """The highest heading level below the title's; repeated title-level headings count too."""
    levels = [
        block.level
        for index, block in enumerate(blocks)
        if isinstance(block, TextBlock) and block.level and not block.banner
        and (title_at is None or index > title_at)
    ]  # fmt: skip
    deeper = [level for level in levels if level > title_level]
    if deeper:
        return min(deeper)
    return min(levels) if levels else None


def _similar(heading: str, title: str) -> bool:
    a, b = heading.casefold().strip(), title.casefold().strip()
    return bool(a and b) and (a in b or b in a)
