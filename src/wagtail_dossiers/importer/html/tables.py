"""The rows of an HTML data table, as lists of cells (each a list of nodes).

Dossier pages are read as text, so a data table becomes one paragraph per row;
this module only finds the rows and cells, tolerating sections (``thead`` …),
captions and content written straight into the table.
"""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import PageElement, Tag

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
