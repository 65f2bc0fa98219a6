"""decode → parse → enrich → to blocks → validate: everything an import does but write."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

import swapper
from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext

from ..conf import get_detectors, get_page_model, get_time_budget
from ..importer import formats, words
from ..importer.budget import BudgetExceeded, checkpoint, time_budget
from ..importer.collector import collector_paused
from ..importer.decode import MIXED, DecodeError, decode, sniff_format, windows_lines
from ..importer.document import Document, Initiative, Reading, Section, Unplaced, Warning
from ..importer.enrich import enrich
from ..importer.structure import Hint, names_not_organisations
from ..streamdata import block_paths, strings
from .converters import ConversionContext, convert_body
from .hints import hint_json
from .registry import organisation_registry
from .safety import executable_content

FORMATS = ("auto", *formats.FORMATS)


class ImportFailed(Exception):
    """A source that cannot be imported; the message names the source and the problem."""


@dataclass
class PreparedImport:
    """A validated import, ready to write: exactly what would be stored, and the report."""

    source_name: str
    source_key: str
    source_hash: str
    format: str
    encoding: str
    page_fields: dict[str, Any]
    body: list[dict]
    warnings: list[Warning] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    reading: list[Reading] = field(default_factory=list)  # how each part was read, and why
    hints: list[Hint] = field(default_factory=list)  # the corrections asked for
    hints_applied: list[int] = field(default_factory=list)  # the lines they were applied to
    # Source line → where the page editor shows what came of it (a Wagtail content path).
    line_paths: dict[int, str] = field(default_factory=dict)

    @property
    def report(self) -> dict[str, Any]:
        return {
            "counts": self.counts,
            "warnings": [self._located(w.as_dict()) for w in self.warnings],
            "unplaced": [vars(u) for u in self.unplaced],
        }

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source_name,
            "page": self.page_fields,
            "body": self.body,
            "report": self.report,
            "reading": [
                {"lines": str(r.lines), "role": r.role, "reason": r.reason_text, "text": r.text}
                for r in self.reading
            ],
            "hints": {
                "applied": [hint_json(h) for h in self.hints if h not in self.hints_missed],
                "not_applied": [hint_json(h) for h in self.hints_missed],
            },
        }

    def _located(self, warning: dict[str, Any]) -> dict[str, Any]:
        path = self.line_paths.get(warning["line"])
        return {**warning, "contentpath": path} if path else warning

    @property
    def hints_missed(self) -> list[Hint]:
        missed = {w.line for w in self.warnings if w.code == "hint_not_applied"}
        return [hint for hint in self.hints if hint.line in missed]


# File names that say nothing about the dossier: exported sites name every page so.
GENERIC_STEMS = frozenset({"index", "default", "page", "content", "main", "export", "dossier"})


def source_key_for(name: str) -> str:
    """The identity of a source: its file name without extension, and the folder it
    is in when the name alone says nothing (`verkiezingen/index.html`)."""
    path = PurePath(name)
    stem = path.stem
    if stem.lower() in GENERIC_STEMS and path.parent.name not in ("", ".", ".."):
        stem = f"{path.parent.name}-{stem}"
    return slugify(stem)[:255] or "dossier"


def prepare_import(
    data: bytes,
    *,
    source_name: str,
    source_key: str | None = None,
    format: str = "auto",
    encoding: str | None = None,
    title: str | None = None,
    hints: list[Hint] | None = None,
) -> PreparedImport:
    """Run the pipeline without writing. Raises ``ImportFailed`` for unusable sources, and
    for one that takes longer than the ``IMPORT_TIME_BUDGET`` setting (or a budget the
    caller keeps around it, ``importer.budget.time_budget``)."""
    with time_budget(get_time_budget()), collector_paused():
        try:
            return _prepare(data, source_name, source_key, format, encoding, title, hints)
        except BudgetExceeded as stop:
            raise ImportFailed(
                gettext(
                    "%(source)s: stopped after its time budget of %(seconds)s seconds; nothing "
                    "was written. Import a smaller file, or raise the time budget."
                )
                % {"source": source_name, "seconds": f"{stop.seconds:g}"}
            ) from stop


def _prepare(
    data: bytes,
    source_name: str,
    source_key: str | None,
    format: str,
    encoding: str | None,
    title: str | None,
    hints: list[Hint] | None,
) -> PreparedImport:
    if not data:
        raise ImportFailed(f"{source_name}: the file is empty.")
    try:
        text, used_encoding = decode(data, encoding)
    except DecodeError as error:
        raise ImportFailed(f"{source_name}: {error}") from error
    if not text.strip():
        raise ImportFailed(f"{source_name}: the file holds only whitespace.")
    if format not in FORMATS:
        raise ImportFailed(f"{source_name}: unknown format {format!r}; use {', '.join(FORMATS)}.")
    fmt = sniff_format(text, source_name) if format == "auto" else format

    checkpoint()  # between the stages, and between blocks inside the parsers
    document = formats.parse(text, fmt, detectors=get_detectors(), hints=hints)
    checkpoint()
    document = enrich(document, organisation_registry(), names_not_organisations(hints or []))
    checkpoint()
    if used_encoding == MIXED:
        other = windows_lines(data)
        document.warn(other[0], "mixed_encoding", count=len(other), line=other[0])
    page_title = " ".join((title or document.title).split())
    if not page_title:
        raise ImportFailed(
            f"{source_name}: no recognisable title at the top of the file; give a title "
            "(the Title field in the admin, --title on the command line)."
        )
    key = source_key or source_key_for(source_name)
    context = ConversionContext(source_key=key)
    body = convert_body(document, context)
    page_fields = _page_fields(document, page_title, context, key)
    checkpoint()
    body = _validated(body, source_name)
    checkpoint()

    problems = executable_content(page_fields, body)
    if problems:
        raise ImportFailed(f"{source_name}: refused, executable content: {'; '.join(problems)}")

    prepared = PreparedImport(
        source_name=source_name,
        source_key=key,
        source_hash=hashlib.sha256(data).hexdigest(),
        format=fmt,
        encoding=used_encoding,
        page_fields=page_fields,
        body=body,
        warnings=[*document.warnings, *context.warnings],
        unplaced=list(document.unplaced),
        reading=list(document.reading),
        hints=list(hints or []),
        hints_applied=list(document.hints_applied),
        line_paths=_line_paths(document, context, body),
    )
    if title and document.title and title.strip() != document.title:
        # The overridden title's words are not lost: the report keeps them.
        prepared.unplaced.insert(0, Unplaced(document.title_line, document.title))
    checkpoint()
    _account_for_every_word(prepared, text, fmt)
    prepared.counts = _counts(document, prepared)
    return prepared


def _page_fields(document: Document, title: str, context, key: str) -> dict[str, Any]:
    labels = document.dossier_labels
    hub = _find_hub(labels)
    intro = (
        context.rich_text([p.html for p in document.intro], document.intro[0].lines.first)
        if document.intro
        else ""
    )
    return {
        "title": title[:255],
        "dossier_name": "; ".join(labels)[:255],
        "dossier_hub": hub,
        "header_image_alt": document.header_image.alt[:255] if document.header_image else "",
        "intro": intro,
        "source_key": key,
    }


def _line_paths(document: Document, context: ConversionContext, body: list[dict]) -> dict[int, str]:
    """For each source line, the content path of the narrowest block made from it (the card,
    not its section), or the page field: where an editor acts on a warning about that line."""
    paths = block_paths(body)
    spans = [(lines, paths[block_id]) for lines, block_id in context.located if block_id in paths]
    if document.header_image:
        spans.append((document.header_image.lines, "header_image"))
    spans += [(paragraph.lines, "intro") for paragraph in document.intro]
    found: dict[int, tuple[int, str]] = {}
    for lines, path in spans:
        for line in range(lines.first, lines.last + 1):
            width = lines.last - lines.first
            if line not in found or width < found[line][0]:
                found[line] = (width, path)
    return {line: path for line, (_width, path) in found.items()}


def _find_hub(labels: list[str]) -> int | None:
    """The page a ``Dossier: …`` label names, when the site has a page of that title."""
    Page = swapper.load_model("wagtailcore", "Page")
    for label in labels:
        hub = Page.objects.filter(title__iexact=label.strip()).order_by("depth").first()
        if hub:
            return hub.pk
    return None


def _validated(body: list[dict], source_name: str) -> list[dict]:
    """The body as the StreamField would store it, after its own blocks' ``clean()``."""
    stream_block = get_page_model()._meta.get_field("body").stream_block
    try:
        value = stream_block.clean(stream_block.to_python(body))
    except ValidationError as error:
        detail = error.as_json_data() if hasattr(error, "as_json_data") else error.messages
        raise ImportFailed(f"{source_name}: the result does not validate: {detail}") from error
    return stream_block.get_prep_value(value)


def visible_words(text: str, fmt: str):
    """The words of the source that must be found again in the page or the report."""
    return words.words(formats.visible_text(text, fmt))


# What is stored but not read as words on the page: ids, block types, addresses, the key.
NOT_WORDS = frozenset({"id", "type", "url", "action_link", "source_key"})


def produced_words(prepared: PreparedImport):
    """The words a reader can find in the page fields, the body and the report."""
    fields = {k: v for k, v in prepared.page_fields.items() if k != "dossier_hub"}
    counters = [
        words.html_words(text)
        for value in (fields, prepared.body)
        for text in strings(value, skip=NOT_WORDS)
    ]
    counters += [words.words(u.text) for u in prepared.unplaced]
    return counters


def _account_for_every_word(prepared: PreparedImport, text: str, fmt: str) -> None:
    """Nothing is lost: words the parsers could not place go to the report, loudly."""
    missing = words.missing_words(visible_words(text, fmt), produced_words(prepared))
    if missing:
        listed = " ".join(sorted(missing.elements()))
        prepared.unplaced.append(Unplaced(0, listed))
        prepared.warnings.append(Warning(0, "words_not_placed", {"words": listed[:300]}))


def _counts(document: Document, prepared: PreparedImport) -> dict[str, int]:
    sections = document.sections
    items = [item for s in sections for item in s.items]
    cards = [item for item in items if isinstance(item, Initiative)]
    top = [item for item in document.body if not isinstance(item, Section)]
    kinds = [type(item).__name__ for item in items + top]
    return {
        "sections": len(sections),
        "cards": len(cards),
        "empty_sections": sum(1 for s in sections if not s.initiatives),
        "paragraphs": kinds.count("Paragraph"),
        "images": kinds.count("Image") + bool(document.header_image),
        "calls_to_action": kinds.count("CallToAction"),
        "contacts": kinds.count("Contact"),
        "links": sum(len(card.links) for card in cards),
        "organisations": len({ref.key for card in cards for ref in card.organisations}),
        "warnings": len(prepared.warnings),
        "unplaced": len(prepared.unplaced),
    }
