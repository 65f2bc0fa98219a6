"""The rows of an HTML data table, as lists of cells (each a list of nodes).

Dossier pages are read as text, so a data table becomes one paragraph per row;
this module only finds the rows and cells, tolerating sections (``thead`` …),
captions and content written straight into the table.
"""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import PageElement, Tag

from .inline import Fragment
from .source import is_blank

ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
CELL_ENDS = frozenset({"td", "th", "tr"}) | ROW_GROUPS

Row = list[list[PageElement]]


def table_rows(table: Tag) -> list[Row]:
    """Rows in source order; a caption or stray content is a one-cell row of its own."""
    rows: list[Row] = [[]]
    stack: list[Iterator[PageElement]] = [iter(list(table.children))]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
        elif is_blank(node):
            continue
        elif isinstance(node, Tag) and node.name in ROW_GROUPS:
            stack.append(iter(list(node.children)))
        elif isinstance(node, Tag) and node.name == "tr":
            rows.append([])
            stack.append(iter(list(node.children)))
        elif isinstance(node, Tag) and node.name in ("td", "th"):
            children = list(node.children)
            cut = next(
                (i for i, c in enumerate(children) if isinstance(c, Tag) and c.name in CELL_ENDS),
                len(children),
            )
            rows[-1].append(children[:cut])
            stack.append(iter(children[cut:]))  # cells a missing end tag nested in this one
        else:
            rows.extend([[[node]], []])
    return [row for row in rows if row]


def merge_cells(cells: list[Fragment]) -> Fragment:
    """A row's cells as one fragment, joined by an em dash (its words in reading order)."""
    return Fragment(
        text=" — ".join(cell.text for cell in cells if cell.text),
        html=" — ".join(cell.html for cell in cells if cell.text),
        links=[link for cell in cells for link in cell.links],
        images=[image for cell in cells for image in cell.images],
        phones=[phone for cell in cells for phone in cell.phones],
        problems=[problem for cell in cells for problem in cell.problems],
    )


def is_header_row(row: Row) -> bool:
    """Every cell of the row is a header cell (``th``): the table's column names."""
    return all(getattr(node.parent, "name", "") == "th" for cell in row for node in cell[:1])
