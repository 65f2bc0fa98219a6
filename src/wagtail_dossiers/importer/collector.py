"""Python's cyclic garbage collector, paused while a source is read.

Reading a page allocates a great many small containers — the parse tree, the source blocks,
the structure model's paths — that all live until the reading ends. The cyclic collector,
started by every few hundred allocations, walks them again and again meanwhile: on the
benchmark's 4 MB dossiers that was a third to a half of the time, and more in a web worker
with a large heap. Reference counting still frees at once what it can; the few cycles a
reading leaves (a BeautifulSoup tree) are collected once it is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off, unless someone turned it off already
    (then it stays off: a nested or concurrent reading never turns it on early)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
