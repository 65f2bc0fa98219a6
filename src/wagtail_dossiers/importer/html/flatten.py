"""A cleaned HTML tree flattened into blocks (``html_blocks``), in source order.

Chrome (``nav``, the page ``header``/``footer``, ``aside``, ARIA landmarks, and
debris the detectors recognise, such as cookie notices) is marked here, because
only the tree knows what an element sits in. The walk over containers uses an
explicit stack, not recursion: legacy pages nest deeply when tags are left open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from bs4 import BeautifulSoup, PageElement, Tag

from ..detectors import Detectors
from ..document import Lines, Warning
from ..prose import ends_sentence, looks_like_card_label
from ..structure.names import CRUMBS_LABEL_RE
from ..words import is_drawn_rule
from .blocks import (
    Block,
    ChromeBlock,
    ImageBlock,
    Item,
    ListBlock,
    PageTitleBlock,
    TextBlock,
    item_text,
    text_of,
)
from .chrome import BANNER_NAMES, NEVER_CHROME, chrome_of, is_landmarked
from .inline import (
    BLOCK_TAGS,
    HEADING_TAGS,
    LIST_TAGS,
    Fragment,
    list_items,
    plain_text,
    render_inline,
)
from .source import LineMap, is_blank
from .tables import is_header_row, merge_cells, table_rows

# Where a heading's own text stops when a tag was left open (``<h2>Title</h3><p>…``).
HEADING_ENDS = BLOCK_TAGS - {"div", "center", "hgroup"}
# Markup that only a page layout table holds, never a data table.
LAYOUT_MARKERS = ["h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "nav", "form"]
# A short container that opens with debris (a cookie notice and its buttons) is debris.
DEBRIS_CONTAINER_CHARS = 300


Descent = tuple[Iterable[PageElement], Callable[[int], None] | None]


@dataclass
class _Level:
    nodes: Iterator[PageElement]
    on_exit: Callable[[int], None] | None
    start: int


def flatten(soup: BeautifulSoup, lines: LineMap, detectors: Detectors) -> list[Block]:
    """The blocks of a cleaned tree, in source order."""
    flattener = _Flattener(lines, detectors, soup)
    flattener.walk(soup.children)
    return flattener.out


def is_page_title(tag: Tag) -> bool:
    return tag.name == "title" and tag.find_parent("svg") is None


class _Flattener:
    def __init__(self, lines: LineMap, detectors: Detectors, soup: BeautifulSoup) -> None:
        self.soup = soup
        self.lines = lines
        self.detectors = detectors
        self.out: list[Block] = []
        self.line = 1  # the nearest known line, for nodes that have none
        self._landmarked: bool | None = None

    def walk(self, nodes: Iterable[PageElement]) -> None:
        """Gather inline runs into paragraphs; hand block elements to ``_block``."""
        stack = [_Level(iter(nodes), None, 0)]
        run: list[PageElement] = []
        while stack:
            level = stack[-1]
            node = next(level.nodes, None)
            block = node is None or (isinstance(node, Tag) and self._is_block(node))
            if not block:
                run.append(node)
                continue
            self._paragraphs(run)  # a block boundary ends the inline run
            run = []
            if node is None:
                stack.pop()
                if level.on_exit:
                    level.on_exit(level.start)
            elif descent := self._block(node):
                stack.append(_Level(iter(descent[0]), descent[1], len(self.out)))

    def _is_block(self, tag: Tag) -> bool:
        # An inline element wrapping blocks (``<font>`` around a page) is a container.
        if tag.name in BLOCK_TAGS or is_page_title(tag):
            return True
        return any(isinstance(d, Tag) and d.name in BLOCK_TAGS for d in tag.descendants)

    def _block(self, tag: Tag) -> Descent | None:
        name = tag.name
        self.line = self.lines.first(tag, self.line)
        if is_page_title(tag):
            text = render_inline([tag], self.lines).text
            if text:
                self.out.append(PageTitleBlock(text=text, lines=self._span([tag])))
        elif why := self._chrome(tag):
            banner = name == "header" or tag.get("role") == "banner" or why in BANNER_NAMES
            return tag.children, lambda start: self._to_chrome(start, banner, why)
        elif name in HEADING_TAGS:
            return self._heading(tag)
        elif name in LIST_TAGS:
            self._list(list_items(tag.children), [tag])
        elif name == "li":  # an item outside any list: still an item
            self._list(list_items([tag]), [tag])
        elif name == "table" and tag.find(LAYOUT_MARKERS) is None:
            self._table(tag)
        elif name == "figure" and tag.find("img") is not None:
            return self._figure(tag)
        elif name not in NEVER_CHROME:
            return tag.children, self._debris_container
        else:
            return tag.children, None
        return None

    def _span(self, nodes: Iterable[PageElement]) -> Lines:
        lines = self.lines.span(nodes, self.line)
        self.line = lines.last
        return lines

    def _chrome(self, tag: Tag) -> str:
        return chrome_of(tag, lambda: self.landmarked)

    @property
    def landmarked(self) -> bool:
        """The page marks its content itself (``main``, ``article``, ``role="main"``)."""
        if self._landmarked is None:
            self._landmarked = is_landmarked(self.soup)
        return self._landmarked

    def _emit(
        self, fragment: Fragment, lines: Lines, level: int = 0, row: bool = False, **marks: bool
    ) -> None:
        """A text block (or debris), followed by the images it contained; a rule drawn in
        characters (`<p>______</p>`) parts the page as an ``<hr>`` does."""
        # A rule's cell in a table, or a rule with a problem to report, stays.
        drawn = not row and not fragment.problems and is_drawn_rule(fragment.text)
        if fragment.text and not drawn:
            if self._debris(fragment):
                self.out.append(ChromeBlock(text=fragment.text, lines=lines, debris=True))
            else:
                block = TextBlock(
                    fragment=fragment, lines=lines, level=level, table_row=row, **marks
                )
                block.problems = fragment.problems
                self.out.append(block)
        for found in fragment.images:
            image = found.image
            self.out.append(ImageBlock(image=image, lines=image.lines, problems=found.problems))

    def _debris(self, fragment: Fragment) -> bool:
        """Debris the detectors recognise, whole. A paragraph broken by ``<br>`` is read line by
        line, as the same lines in plain text are, where a line under the first says more than
        debris does (`Gepubliceerd op 3 mei<br>De vereniging viert …`: the sentence is content)
        or the first is a breadcrumb's label over its steps (`Je bent hier:<br>Over ons<br>Wie
        zijn we?`: its last step names the page)."""
        if not self.detectors.is_debris(fragment.text):
            return False
        first, *rest = (plain_text(line) for line in fragment.html.split("<br>"))
        if not rest:
            return True
        return not CRUMBS_LABEL_RE.fullmatch(first) and all(
            self.detectors.is_debris(line) or looks_like_card_label(line) for line in rest
        )

    def _paragraphs(self, run: list[PageElement]) -> None:
        for part in _split_at_double_breaks(run):
            lines = self._span(part)
            self._emit(render_inline(part, self.lines, default_line=lines.first), lines)

    def _heading(self, tag: Tag) -> Descent:
        children = list(tag.children)
        end = next(
            (i for i, c in enumerate(children) if isinstance(c, Tag) and c.name in HEADING_ENDS),
            len(children),
        )
        own = children[:end]
        lines = self._span(own or [tag])
        fragment = render_inline(own, self.lines, default_line=lines.first)
        self._emit(fragment, lines, level=int(tag.name[1]))
        return children[end:], None

    def _list(self, items: list[list[PageElement]], where: list[Tag]) -> None:
        built = [item for nodes in items if (item := self._item(nodes))]
        if built:
            ordered = any(tag.name == "ol" for tag in where)
            self.out.append(ListBlock(items=built, lines=self._span(where), ordered=ordered))

    def _item(self, nodes: list[PageElement]) -> Item | None:
        lines = self._span(nodes)
        first = next((i for i, node in enumerate(nodes) if not is_blank(node)), None)
        title = None
        heading = nodes[first] if first is not None else None
        if isinstance(heading, Tag) and heading.name in HEADING_TAGS:
            title = render_inline([heading], self.lines, default_line=lines.first)
            nodes = nodes[first + 1 :]
        fragment = render_inline(nodes, self.lines, allow_lists=True, default_line=lines.first)
        if title:
            fragment.images[:0] = title.images
            fragment.problems[:0] = title.problems
            title = title if title.text else None
        if not (fragment.text or title or fragment.images):
            return None
        return Item(fragment=fragment, lines=lines, title=title)

    def _table(self, table: Tag) -> None:
        """A data table becomes one paragraph per row, cells joined by an em dash."""
        warned = False
        for row in table_rows(table):
            cells = [render_inline(cell, self.lines, default_line=self.line) for cell in row]
            cells = [cell for cell in cells if cell.text or cell.images]
            if not cells:
                continue
            lines = self._span([node for cell in row for node in cell])
            merged = merge_cells(cells)
            if not warned and merged.text:
                warned = True
                merged.problems.insert(
                    0,
                    Warning(
                        lines.first,
                        "table_flattened",
                        "A table was read row by row (cells joined by “ — ”): "
                        "check that its rows still read well.",
                    ),
                )
            self._emit(merged, lines, row=True, header_row=is_header_row(row))

    def _figure(self, figure: Tag) -> Descent:
        captions = [c for c in figure.children if isinstance(c, Tag) and c.name == "figcaption"]
        caption = " ".join(render_inline([c], self.lines).text for c in captions).strip()
        rest = [c for c in figure.children if not any(c is caption for caption in captions)]

        def attach_caption(start: int) -> None:
            image = next((b for b in self.out[start:] if isinstance(b, ImageBlock)), None)
            if image and caption:
                image.image.caption = caption
            elif caption:
                lines = self._span(captions)
                fragment = render_inline(captions, self.lines, default_line=lines.first)
                self._emit(fragment, lines, caption=True)

        return rest, attach_caption

    def _debris_container(self, start: int) -> None:
        produced = self.out[start:]
        if not produced or not isinstance(produced[0], ChromeBlock) or not produced[0].debris:
            return
        if any(isinstance(b, TextBlock) and (b.level or _told(b)) for b in produced):
            return  # a heading or a sentence under the stamp (`Gepubliceerd op 3 mei`): content
        if sum(len(text_of(b)) for b in produced) <= DEBRIS_CONTAINER_CHARS:
            self._to_chrome(start, banner=False)

    def _to_chrome(self, start: int, banner: bool, why: str = "debris") -> None:
        """Everything produced since ``start`` becomes unplaced text, except the title
        and image a page banner may hold."""
        converted: list[Block] = []
        for block in self.out[start:]:
            # A layout's own top bar (``div#top``) holds the site's logo, not the page's image.
            images = why not in BANNER_NAMES
            if (
                isinstance(block, ImageBlock | TextBlock)
                and banner
                and _banner_worthy(block, images)
            ):
                block.banner = True
                converted.append(block)
            elif isinstance(block, ListBlock):
                converted.extend(
                    ChromeBlock(text=item_text(item), lines=item.lines, why=why)
                    for item in block.items
                )
            elif isinstance(block, TextBlock):
                converted.append(ChromeBlock(text=block.fragment.text, lines=block.lines, why=why))
            elif not isinstance(block, ImageBlock):  # images of chrome are decoration
                converted.append(block)
        self.out[start:] = [b for b in converted if not isinstance(b, ChromeBlock) or b.text]


def _told(block: TextBlock) -> bool:
    """The block is running text: a sentence of eight words or more."""
    text = block.fragment.text
    return len(text.split()) >= 8 and ends_sentence(text)


def _banner_worthy(block: ImageBlock | TextBlock, images: bool) -> bool:
    return images if isinstance(block, ImageBlock) else block.level == 1


def _split_at_double_breaks(run: list[PageElement]) -> list[list[PageElement]]:
    """Legacy editors separated paragraphs with ``<br><br>``: read those as paragraph breaks."""
    parts: list[list[PageElement]] = [[]]
    pending: list[PageElement] = []
    for node in run:
        if (isinstance(node, Tag) and node.name == "br") or is_blank(node):
            pending.append(node)
            continue
        breaks = sum(1 for n in pending if isinstance(n, Tag))
        if breaks >= 2 and parts[-1]:
            parts.append([])
        else:
            parts[-1].extend(pending)
        pending = []
        parts[-1].append(node)
    parts[-1].extend(pending)
    return [part for part in parts if not all(is_blank(n) for n in part)]
