"""The intermediate document every parser produces and every later step reads.

Plain dataclasses, no Django: a parser turns a legacy page into a ``Document``,
enrichment fills in links, organisations and card titles, and the Django layer
turns the result into StreamField data. Every element keeps the source lines it
came from (1-based, inclusive) so the import report can point an editor at them.

Inline content is carried twice: ``text`` is the plain words (what coverage checks
and search read), ``html`` is a small inline fragment limited to ``<b>``, ``<i>``,
``<a href>``, ``<br>``, ``<ul>/<ol>/<li>`` (for nested bullets) that is later passed
through Wagtail's rich text whitelist. A text parser builds ``html`` from escaped text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import messages


@dataclass
class Lines:
    """Where an element came from: first and last source line, 1-based and inclusive."""

    first: int
    last: int

    @classmethod
    def one(cls, line: int) -> Lines:
        return cls(line, line)

    def __str__(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"


@dataclass
class Link:
    """A link found in or attached to an element. ``url`` is http(s) or mailto only."""

    url: str
    label: str = ""


@dataclass
class OrganisationRef:
    """An organisation recognised in an element's text by the registry.

    ``key`` is whatever the registry uses to find the record again (the Django
    layer uses the organisation's primary key); ``matched`` is the text as written.
    """

    key: int | str
    name: str
    matched: str


@dataclass
class Paragraph:
    text: str
    html: str
    lines: Lines
    links: list[Link] = field(default_factory=list)


@dataclass
class Image:
    """An image known by its alt text; ``src`` only when the source had one (HTML)."""

    alt: str
    lines: Lines
    src: str = ""
    caption: str = ""


@dataclass
class CallToAction:
    text: str
    lines: Lines
    link: Link | None = None


@dataclass
class Contact:
    name: str
    lines: Lines
    role: str = ""
    email: str = ""
    phone: str = ""
    action_label: str = ""
    action_url: str = ""


@dataclass
class Initiative:
    """One card: what an organisation does. ``title`` is empty until enrichment derives one."""

    text: str
    html: str
    lines: Lines
    title: str = ""
    links: list[Link] = field(default_factory=list)
    organisations: list[OrganisationRef] = field(default_factory=list)
    image: Image | None = None


@dataclass
class Subheading:
    """A heading inside a section: it names the paragraphs or cards below it."""

    text: str
    lines: Lines


SectionItem = Initiative | Paragraph | Image | CallToAction | Subheading


@dataclass
class Section:
    heading: str
    lines: Lines
    intro: list[Paragraph] = field(default_factory=list)
    items: list[SectionItem] = field(default_factory=list)

    @property
    def initiatives(self) -> list[Initiative]:
        return [item for item in self.items if isinstance(item, Initiative)]


TopLevelItem = Section | Paragraph | Image | CallToAction | Contact


@dataclass
class Warning:
    """Something an editor should act on: a stable ``code`` and its ``params``. The words
    for people come from ``messages`` (``variant`` picks one of a code's wordings), so that
    each layer says them in its reader's language."""

    line: int
    code: str
    params: dict[str, object] = field(default_factory=dict)
    variant: str = ""

    @property
    def message(self) -> str:
        """The English sentence (the command's and the JSON report's)."""
        return messages.fill(messages.template(self.code, self.variant), self.params)

    def as_dict(self) -> dict[str, object]:
        return {"line": self.line, "code": self.code, "params": self.params,
                "variant": self.variant, "message": self.message}  # fmt: skip


@dataclass
class Unplaced:
    """Source text that has no home in the page (web-export debris): kept in the report."""

    line: int
    text: str


@dataclass
class Reading:
    """How the importer read one part of the source: its role and the evidence that won.

    ``reason`` is an English template marked for the catalogue, ``reason_args`` the values of
    its named parameters (``{"level": 2}`` for ``"a level %(level)s heading"``); the admin
    translates the template (``importing.messages.reason``)."""

    lines: Lines
    role: str
    reason: str
    text: str
    reason_args: dict[str, object] = field(default_factory=dict)

    @property
    def reason_text(self) -> str:
        """The reason in English, its parameters filled in (the command's and the JSON's)."""
        return messages.fill(self.reason, self.reason_args)


@dataclass
class Document:
    """A parsed legacy dossier.

    ``body`` holds the top-level elements in source order: sections, and the
    paragraphs, images, calls to action and contacts that stand outside any
    section (a contact is always top-level, even when it follows the last section).
    """

    title: str = ""
    title_line: int = 0
    dossier_labels: list[str] = field(default_factory=list)
    header_image: Image | None = None
    intro: list[Paragraph] = field(default_factory=list)
    body: list[TopLevelItem] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    reading: list[Reading] = field(default_factory=list)
    hints_applied: list[int] = field(default_factory=list)  # the lines an editor's hint set

    @property
    def sections(self) -> list[Section]:
        return [item for item in self.body if isinstance(item, Section)]

    def warn(self, line: int, code: str, variant: str = "", /, **params: object) -> None:
        self.warnings.append(Warning(line, code, params, variant))
