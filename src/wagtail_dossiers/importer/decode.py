"""Turn the bytes of a legacy dossier into text, and tell HTML from plain text.

The first step of an import: UTF-8 first (with or without a byte order mark), then
an encoding the content declares, then Windows-1252 (what most legacy Flemish CMS
exports use), and a clear error otherwise. Line endings come out as ``\\n``, as
Python's text mode would give them, so every later step counts lines the same way.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["DecodeError", "decode", "sniff_format"]

# Checked longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

# Encoding declarations, looked for in the first bytes read as ASCII.
DECLARATION_RES = [
    re.compile(r"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE),
    re.compile(r"""<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']""", re.IGNORECASE),
]
DECLARATION_WINDOW = 4096

# Browsers read these declarations as Windows-1252, which only adds printable
# characters (’ “ ” € …) where the others have invisible C1 controls.
WINDOWS_1252_ALIASES = {"ascii", "latin_1", "iso8859-1"}

# C0 control characters that no text file contains; \t \n \r \f are allowed.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
ENCODING_HINT = "pass --encoding with the file's encoding (for example --encoding iso-8859-15)"


# The codec a file mixing UTF-8 lines and Windows-1252 lines is reported with.
MIXED = "utf-8+cp1252"


class DecodeError(ValueError):
    """The bytes are not text in any encoding the importer could determine."""


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode a legacy dossier.

    Args:
        data: the raw bytes of the file.
        encoding: a codec name to decode strictly with; ``None`` detects it.

    Returns:
        The text (byte order mark removed, ``\\n`` line endings) and the codec used.

    Raises:
        DecodeError: unknown codec, bytes invalid in it, or data that is not text.
    """
    if encoding is not None:
        codec = _lookup(encoding)
        if not data:
            return "", codec
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as error:
            raise DecodeError(
                f"The file is not valid {encoding} (byte 0x{data[error.start]:02x} at "
                f"position {error.start}); try another --encoding, or leave it out to "
                "detect the encoding."
            ) from None
        return _finish(text, codec)

    if not data:
        return "", "utf-8"
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return _finish(data.decode(codec), codec)
            except UnicodeDecodeError:
                raise DecodeError(
                    f"The file starts with a {codec.upper()} byte order mark but is not "
                    f"valid {codec.upper()}; {ENCODING_HINT}."
                ) from None
    if b"\x00" in data:
        raise _not_text()

    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        first_bad = error.start
    if _too_many_controls(data.decode("latin-1")):
        raise _not_text()
    if windows_lines(data):
        # Some lines are UTF-8 and others not: pasted together from two exports. Each line
        # is read in its own encoding, so neither is turned into `CafÃ©` or `â€¢`.
        lines = [_line_text(line) for line in data.split(b"\n")]
        return _finish("\n".join(lines), MIXED)

    declared = _declared_encoding(data)
    if declared:
        for codec in ("cp1252", declared) if declared in WINDOWS_1252_ALIASES else (declared,):
            try:
                return _finish(data.decode(codec), codec)
            except UnicodeDecodeError:
                continue

    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    # Windows-1252 decodes almost anything: only accept it for clean text.
    if text and not CONTROL_RE.search(text):
        return _finish(text, "cp1252")
    raise DecodeError(
        "Could not detect the encoding: the file is not UTF-8 (byte "
        f"0x{data[first_bad]:02x} at position {first_bad}), declares no encoding that "
        f"fits and is not Windows-1252 text; {ENCODING_HINT}."
    )


def windows_lines(data: bytes) -> list[int]:
    """The (1-based) lines of ``data`` that are not UTF-8, when other lines with letters
    beyond ASCII are: a file of two encodings. Empty for a file of one."""
    utf8, other = False, []
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8 = True
        except UnicodeDecodeError:
            other.append(number)
    return other if utf8 else []


def _line_text(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:
        return line.decode("latin-1")  # the five bytes Windows-1252 leaves undefined


def _lookup(encoding: str) -> str:
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise DecodeError(
            f"Unknown encoding {encoding!r}: --encoding takes a name such as utf-8, "
            "windows-1252 or iso-8859-15."
        ) from None
    # bytes-to-bytes codecs (base64, zlib, ...) are known to Python but decode no text.
    if not getattr(info, "_is_text_encoding", True):
        raise DecodeError(
            f"{encoding!r} is not a text encoding: --encoding takes a name such as "
            "utf-8, windows-1252 or iso-8859-15."
        )
    return info.name


def _declared_encoding(data: bytes) -> str | None:
    head = data[:DECLARATION_WINDOW].decode("ascii", errors="replace")
    for pattern in DECLARATION_RES:
        if match := pattern.search(head):
            try:
                info = codecs.lookup(match.group(1))
            except LookupError:
                return None
            # A declaration readable as ASCII cannot be UTF-16/32 (browsers agree).
            if not getattr(info, "_is_text_encoding", True) or info.name.startswith("utf-"):
                return None
            return info.name
    return None


def _finish(text: str, codec: str) -> tuple[str, str]:
    """Check that ``text`` looks like text, then drop the BOM and unify line endings."""
    if "\x00" in text or _too_many_controls(text):
        raise _not_text()
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text, codec


def _too_many_controls(text: str) -> bool:
    # A stray control character happens in real exports; many of them mean binary data.
    return len(CONTROL_RE.findall(text)) > max(2, len(text) // 100)


def _not_text() -> DecodeError:
    return DecodeError(
        "The file does not look like text: it contains NUL bytes or control characters "
        "(an image, a PDF or an archive?). Export the dossier as text or HTML; if it is "
        "text in an unusual encoding such as UTF-16 without a byte order mark, pass "
        "--encoding."
    )


LEADING_JUNK_RE = re.compile(r"(?:\s+|\ufeff|<!--.*?-->|<\?xml\b.*?\?>)*", re.DOTALL)
DOCUMENT_START_RE = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
BLOCK_TAG_RE = re.compile(
    r"</?(?:p|h[1-6]|ul|ol|li|div|body|section|article|main|header|footer|table|tr|td"
    r"|blockquote|br|hr)\b[^<>]*>",
    re.IGNORECASE,
)


MARKDOWN_EXTENSIONS = (".md", ".markdown", ".mdown")
MARKDOWN_HEADING_RE = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
MARKDOWN_SIGNS_RE = re.compile(
    r"!?\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|^>[ \t]|^[ \t]*[-*+][ \t]+\*\*|^\|.*\|[ \t]*$",
    re.MULTILINE,
)


def sniff_format(text: str, name: str = "") -> str:
    """Tell HTML, Markdown and plain text apart, from the file's name and its content.

    Markdown when the name says so (``.md``), or when ``#`` headings stand beside other
    Markdown (links written ``[label](url)``, ``**bold**``, quotes, tables), or when
    such signs are many. Otherwise as ``sniff_html`` says.

    Returns:
        ``"html"``, ``"markdown"`` or ``"text"``.
    """
    if name.lower().endswith(MARKDOWN_EXTENSIONS):
        return "markdown"
    if sniff_html(text) == "html":
        return "html"
    headings = len(MARKDOWN_HEADING_RE.findall(text))
    signs = len(MARKDOWN_SIGNS_RE.findall(text))
    if (headings and signs) or headings >= 3 or signs >= 3:
        return "markdown"
    return "text"


def sniff_html(text: str) -> str:
    """Tell whether ``text`` is HTML or plain text from its content.

    HTML when it starts like an HTML document, or when block tags (``<p>``,
    ``<h1>``, ``<li>``, ``<div>`` ...) carry the content: it starts with one and
    has a couple, or there is one for every few lines. A text dossier that
    mentions ``<p>`` once stays text.

    Returns:
        ``"html"`` or ``"text"``.
    """
    start = LEADING_JUNK_RE.match(text)
    rest = text[start.end() :] if start else text
    if DOCUMENT_START_RE.match(rest):
        return "html"
    blocks = len(BLOCK_TAG_RE.findall(text))
    if blocks >= 2 and BLOCK_TAG_RE.match(rest):
        return "html"
    lines = sum(1 for line in text.splitlines() if line.strip())
    return "html" if blocks >= 4 and blocks * 3 >= lines else "text"
