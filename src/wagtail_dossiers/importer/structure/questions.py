"""Questions asked and answered in a list's items: an FAQ exported as bullets.

An accordion of questions often leaves a list whose every item holds a question and its
answer, the question set apart by the format: on a line of its own over the answer (`•
Wat is vrijwilligerswerk?` / `Vrijwilligerswerk is …`, the item's title), or in bold before it
(`- **Wie kan een subsidie aanvragen?** Elke vereniging …`). A person rebuilding the page
sees the questions it answers, each over its answer, as the accordion showed them: so each
such item is read as two blocks, the question and the answer, before the classifier weighs
them. A question that only opens an item's sentences (`Hoe maak je actiepunten bekend? Een
webinar …`, an initiative's teaser) is not set apart, unless the page says at its top that it
answers questions (`FAQ`, `Veelgestelde vragen`); items that only ask (questions for the
reader to think about) or answer in another question stay items, as does a list where not
every item asks and answers.
"""

from __future__ import annotations

import dataclasses
import re
from html import unescape

from ..document import Lines
from ..prose import QUESTION_MAX_CHARS, escape
from .blocks import Kind, SourceBlock

# The question an item's text opens with (its first sentence), then the answer.
QUESTION_RE = re.compile(
    rf"(?P<question>[^?.!]{{6,{QUESTION_MAX_CHARS}}}\?)\s+(?P<answer>\S.*)", re.DOTALL
)
# Bold at the start of the item's markup, closed after a question mark.
BOLD_QUESTION_RE = re.compile(
    rf"<(?P<tag>b|strong)>(?P<question>[^<]{{6,{QUESTION_MAX_CHARS}}}\?)</(?P=tag)>\s*"
)
# On a page that says it answers questions (`FAQ`, `Veelgestelde vragen`), an item that opens
# with a question answers it, whatever marks the question holds (`e.g. a Chairperson`).
FAQ_RE = re.compile(
    r"\b(?:faqs?|frequently asked questions|veel ?gestelde vragen|vragen en antwoorden|"
    r"foire aux questions|questions fréquentes|häufige fragen|häufig gestellte fragen)\b",
    re.IGNORECASE,
)
FAQ_REACH = 8  # the text blocks at the top, where a page says what it is
FAQ_QUESTION_RE = re.compile(
    rf"(?P<question>[^?]{{6,{QUESTION_MAX_CHARS}}}\?)\s+(?P<answer>\S.*)", re.DOTALL
)
MIN_QUESTION_WORDS = 3  # `Voor wie?`, `Prijs?` are a fact's label, not a question
MIN_ANSWER_WORDS = 4
PARAGRAPH_BREAK = "<br><br>"  # how the readers part an item's paragraphs
TAG_RE = re.compile(r"<[^>]*>")


def unfold_questions(blocks: list[SourceBlock]) -> list[SourceBlock]:
    """``blocks`` with every run of two or more items that each ask and answer a question
    read as the question, then the answer (see the module docstring)."""
    out: list[SourceBlock] = []
    run: list[tuple[SourceBlock, SourceBlock] | None] = []
    items: list[SourceBlock] = []
    level = 0  # the markup's level of the last heading: the questions stand one below it
    top = [block.text for block in blocks if block.kind is Kind.TEXT][:FAQ_REACH]
    faq = any(FAQ_RE.search(text) for text in top)

    def close() -> None:
        # An FAQ's answers tell; an overview's items link out (`Meer info`): those are cards.
        linked = sum(1 for pair in run if pair and pair[1].links)
        if len(items) >= 2 and all(run) and linked * 2 < len(run):
            for pair in run:
                out.extend(pair)
        else:
            out.extend(items)
        run.clear()
        items.clear()

    for block in blocks:
        if block.kind is Kind.ITEM and block.level == 1:
            items.append(block)
            run.append(_asked_and_answered(block, min(level + 1, 6) if level else 0, faq))
            continue
        if block.kind is Kind.ITEM and items:  # a sub-item: no FAQ's answer has one
            run.append(None)
            items.append(block)
            continue
        close()
        out.append(block)
        if block.kind is Kind.TEXT and block.heading:
            level = block.heading
    close()
    return out


def _asked_and_answered(
    item: SourceBlock, level: int, faq: bool = False
) -> tuple[SourceBlock, ...] | None:
    """The question and the answer ``item`` holds, as blocks (the question a heading of
    ``level`` where the markup heads, 0 where it does not; the answer one block per paragraph
    where it has several), or None. On a page that says it is an ``faq``, a question that
    opens the item's text is set apart too."""
    own_line = bool(item.title)  # the question on a line of its own, the answer under it
    if item.title:
        question, question_html = item.title, item.title_html or escape(item.title)
        answer, answer_html = item.text, item.html
        if not question.rstrip().endswith("?"):
            return None
    elif bold := BOLD_QUESTION_RE.match(item.html):
        question_html, question = bold["question"], unescape(bold["question"]).strip()
        found = QUESTION_RE.match(item.text)
        if found is None or found["question"].strip() != question:
            return None
        answer, answer_html = found["answer"], item.html[bold.end() :]
    elif faq and not item.links and (found := FAQ_QUESTION_RE.match(item.text)):
        question = found["question"].strip()
        question_html = escape(question)
        if not item.html.startswith(question_html):
            return None  # markup inside the question: not split here
        answer, answer_html = found["answer"], item.html[len(question_html) :]
        own_line = True  # no bold to keep: the question heads as a line of its own would
    else:
        return None
    if len(question.split()) < MIN_QUESTION_WORDS or len(answer.split()) < MIN_ANSWER_WORDS:
        return None
    if answer.rstrip().endswith("?"):
        return None  # it asks on: questions for the reader, not answered
    first, last = item.lines.first, item.lines.last
    asked = dataclasses.replace(
        item,
        kind=Kind.TEXT,
        text=question.strip(),
        html=question_html.strip(),
        lines=Lines.one(first),
        blank_before=True,  # its marker set the item apart from the line above
        blank_after=True,
        heading=level,
        bold=not own_line,
        asked=True,
        title="",
        title_html="",
        links=[],
        marker="",
        numbered=False,
        unplaced_words=item.unplaced_words,
    )
    answered = dataclasses.replace(
        item,
        kind=Kind.TEXT,
        text=answer.strip(),
        html=answer_html.strip(),
        lines=Lines(first + 1 if own_line and last > first else first, last),
        blank_before=True,
        title="",
        title_html="",
        marker="",
        numbered=False,
        unplaced_words="",
    )
    return asked, *_paragraphs(answered)


def _paragraphs(answer: SourceBlock) -> list[SourceBlock]:
    """An answer of several paragraphs (``<br><br>`` between them) as one block each, as the
    accordion showed them; one whose links would have to be shared out stays whole."""
    parts = [part.strip() for part in answer.html.split(PARAGRAPH_BREAK)]
    if len(parts) < 2 or answer.links or not all(parts):
        return [answer]
    return [
        dataclasses.replace(answer, text=unescape(TAG_RE.sub("", part)).strip(), html=part)
        for part in parts
    ]
