"""A time budget for one import, kept cooperatively: the pipeline asks between its stages and
its blocks whether the deadline has passed, and stops itself if it has.

Nothing else can stop Python code safely in a web worker: a thread cannot be killed and a
signal reaches only the main thread. The deadline travels in a context variable, so the
readers and the structure model call ``checkpoint()`` without passing it through every
signature, and code run outside a budget (tests, the benchmarks) is never stopped.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# (the monotonic time the budget runs out, the budget in seconds) while one is kept
_budget: ContextVar[tuple[float, float] | None] = ContextVar("dossier_budget", default=None)


class BudgetExceeded(Exception):
    """The import ran past its time budget of ``seconds``."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the import ran past its time budget of {seconds:g} seconds")
        self.seconds = seconds


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Run the block under a budget of ``seconds`` (None: without one). Inside a budget
    already, the outer one holds: a preview that reads its source twice has one budget."""
    if seconds is None or _budget.get() is not None:
        yield
        return
    token = _budget.set((time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _budget.reset(token)


def checkpoint() -> None:
    """Raise ``BudgetExceeded`` once the current budget has run out."""
    budget = _budget.get()
    if budget is not None and time.monotonic() >= budget[0]:
        raise BudgetExceeded(budget[1])
