"""Give every source block its role by choosing the best structure for the whole page.

Each block gets a score for each role it could play, from its own evidence and its
neighbours' (``scores``); each pair of consecutive roles gets a score too (a heading wants
something under it, a card title wants its text). A Viterbi pass over the blocks finds the
sequence of roles with the best total, so what follows a line counts as much as its shape.
The state is the role and the phase of the page (before the title, the top, the body), which
keeps the title single and the intro above the body. It runs in time linear in the blocks.

An editor's hint fixes one block's role; the rest is chosen again around it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..budget import checkpoint
from ..detectors import Detectors
from ..messages import gettext_noop
from .blocks import SourceBlock
from .evidence import measure
from .reasons import template_and_args
from .roles import BEFORE, BODY, ENTERS, PHASE_ROLES, TOP, Role
from .scores import NEVER, Context, Scores, emissions, transition


@dataclass
class Decision:
    """A block, the role it got and the evidence that won (for the report and the preview):
    ``reason`` is an English template (``reasons``), ``reason_args`` the values it names."""

    block: SourceBlock
    role: Role
    reason: str
    hinted: bool = False
    reason_args: dict[str, object] = field(default_factory=dict)


# How far below a block's best role another may score and still be weighed.
ROLE_MARGIN = 4.0
# How far behind the best a reading may fall and still be followed (scores are about ±3 a block).
BEAM = 25.0
# What reading a page as having no title costs: more than any doubtful title line.
NO_TITLE = -4.0
# The phase, the part being played, and the role of a block that plays the part before it on.
State = tuple[int, Role, Role | None]


def classify(
    blocks: list[SourceBlock], detectors: Detectors, forced: dict[int, Role] | None = None
) -> list[Decision]:
    """The role of every block, in order (see the module docstring); ``forced`` maps a
    block's index to the role an editor's hint gives it (``hints.place_hints``)."""
    if not blocks:
        return []
    forced = forced or {}
    context = Context(blocks, [measure(block, detectors) for block in blocks])
    options = [_options(context, i, forced.get(i)) for i in range(len(blocks))]
    previous: dict[State, float] = {(BEFORE, Role.DEBRIS, None): 0.0}
    back: list[dict[State, State | None]] = []
    for i, choices in enumerate(options):
        checkpoint()  # a time budget (``importer.budget``) is kept between blocks
        best: dict[State, float] = {}
        pointers: dict[State, State | None] = {}
        steps: dict[tuple[Role | None, Role], float] = {}  # states share their last role
        for state, total in previous.items():
            phase, before = state[0], state[1] if i else None
            for role, (score, _) in choices.items():
                next_phase = PHASE_AFTER[phase, role]
                if next_phase is None:
                    continue
                step = steps.get((before, role))
                if step is None:
                    step = steps[before, role] = transition(context, i, before, role)
                if phase == BEFORE and next_phase > TOP or (phase == BEFORE and role is Role.INTRO):
                    step += NO_TITLE
                if step <= NEVER:
                    continue
                # A block that continues the one before plays that block's part from here on.
                # So does an image between a card's title and its text (it is the card's).
                passing = role is Role.CONTINUE or (
                    role is Role.IMAGE and before is Role.CARD_TITLE
                )
                effective = before if passing and before is not None else role
                key = (next_phase, effective, role if passing else None)
                value = total + score + step
                if value > best.get(key, NEVER):
                    best[key], pointers[key] = value, state if i else None
        if not best:  # nothing fits: read the block as plain text where it stands
            best, pointers = _fallback(previous, i, choices)
        back.append(pointers)
        # Readings far behind the best cannot catch up on a real page: keep the rest.
        floor = max(best.values()) - BEAM
        previous = {state: value for state, value in best.items() if value >= floor}
    finals = {s: v + transition(context, len(blocks), s[1], None) for s, v in previous.items()}
    state: State | None = max(finals, key=lambda s: (s[0] > BEFORE, finals[s]))
    roles: list[Role] = []
    for pointers in reversed(back):
        assert state is not None
        roles.append(state[2] or state[1])
        state = pointers[state]
    roles.reverse()
    decisions = []
    for i, (block, role) in enumerate(zip(blocks, roles, strict=True)):
        reason, args = template_and_args(options[i][role][1])
        decisions.append(Decision(block, role, reason, forced.get(i) == role, args))
    return decisions


def _options(context: Context, i: int, forced: Role | None) -> Scores:
    scored = emissions(context, i)
    if forced is not None:
        return {forced: (0.0, gettext_noop("an editor's hint"))}
    # A role far below the block's best can no more win through its neighbours (the largest
    # transition is about 2): leave it out, which keeps the pass fast on long pages.
    floor = max(value[0] for value in scored.values()) - ROLE_MARGIN
    return {role: value for role, value in scored.items() if value[0] > NEVER and value[0] >= floor}


def _phase_after(phase: int, role: Role) -> int | None:
    """The phase after ``role`` when the page was in ``phase``, None where it cannot stand."""
    if role in PHASE_ROLES[phase] and role is not Role.TITLE:
        return phase
    entered = ENTERS.get(role)
    if role is Role.INTRO and phase == BEFORE:
        return TOP  # a page without a title (at a cost: see NO_TITLE)
    if entered is None or entered < phase:
        return None
    if role is Role.TITLE and phase != BEFORE:
        return None
    return entered


PHASE_AFTER = {
    (phase, role): _phase_after(phase, role) for phase in (BEFORE, TOP, BODY) for role in Role
}


def _fallback(previous: dict[State, float], i: int, choices: Scores):
    """A hint or a page nobody foresaw left no path: stay in the best state, as a paragraph."""
    state = max(previous, key=previous.__getitem__)
    role = next(iter(choices)) if choices else Role.PARAGRAPH
    phase = state[0] if role is Role.TITLE else max(state[0], ENTERS.get(role, state[0]))
    key = (phase, role, None)
    return {key: previous[state]}, {key: state if i else None}


__all__ = ["Decision", "classify"]
