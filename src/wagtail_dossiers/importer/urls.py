"""Which link targets and image sources may enter a page, and in what form.

Only http, https and mailto links are kept: a relative link only worked on the
old site, anything else (``javascript:``, ``data:``) is active content. URLs are
read as a browser reads them (tabs and newlines ignored, any case), so disguised
schemes are caught, and no character that could break out of an attribute is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from .document import Warning
from .words import normalise

SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
HOST_RE = re.compile(r"^//(?:[\w-]+\.)*[\w-]+(?::\d{1,5})?(?=[/?#]|$)", re.UNICODE)
CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# No real address holds these unencoded: they only serve to break out of an attribute, or
# (`](`) are what is left of a Markdown link read as one address.
BREAKOUT_RE = re.compile(r"[\"<>`]|\]\(")
# What ``_encode`` percent-encodes.
ENCODED_RE = re.compile(r"[\s\\]")


@dataclass
class UrlCheck:
    """The outcome of checking one ``href``/``src``: a safe URL, or why there is none."""

    url: str = ""
    problem: str = ""  # a warning code, with its parameters and wording
    params: dict[str, str] = field(default_factory=dict)
    variant: str = ""
    phone: str = ""

    def warning(self, line: int) -> Warning:
        return Warning(line, self.problem, self.params, self.variant)


def _encode(url: str) -> str:
    """Percent-encode whitespace and backslashes, which sloppy legacy links hold."""
    return ENCODED_RE.sub(lambda match: f"%{ord(match.group()):02X}", url)


def _clean(raw: object) -> str:
    # Browsers ignore tabs and newlines anywhere in a URL ("java\tscript:"), so do we.
    return CONTROL_RE.sub("", str(raw or "")).strip()


def check_href(raw: object) -> UrlCheck:
    """Keep http(s) and mailto links; report relative and other schemes; read tel: as a phone."""
    url = _clean(raw)
    if not url:
        return UrlCheck()  # an anchor without a target: nothing to report
    if url.startswith("//"):
        url = "https:" + url
    elif url.lower().startswith("www."):
        url = "https://" + url
    match = SCHEME_RE.match(url)
    if not match:
        shown = url if len(url) <= 80 else url[:77] + "..."
        return UrlCheck(problem="relative_link", params={"url": shown})
    scheme, rest = match.group(1).lower(), url[match.end() :]
    if scheme == "tel":
        return UrlCheck(phone=" ".join(unquote(rest).split()))
    well_formed = not BREAKOUT_RE.search(rest) and (
        (scheme in ("http", "https") and HOST_RE.match(rest))
        or (scheme == "mailto" and "@" in rest)
    )
    if well_formed:
        return UrlCheck(url=f"{scheme}:{_encode(rest)}")
    malformed = "malformed" if scheme in ("http", "https", "mailto") else ""
    return UrlCheck(problem="unsafe_link", params={"scheme": scheme}, variant=malformed)


def check_src(raw: object) -> UrlCheck:
    """An image source is only information for the editor: keep it unless it is active content."""
    src = _clean(raw)
    if src.startswith("//"):
        src = "https:" + src
    match = SCHEME_RE.match(src)
    if BREAKOUT_RE.search(src):
        return UrlCheck(problem="unsafe_link", variant="image_malformed")
    if match and match.group(1).lower() not in ("http", "https"):
        scheme = match.group(1).lower()
        return UrlCheck(problem="unsafe_link", params={"scheme": scheme}, variant="image")
    return UrlCheck(url=_encode(src))


def alt_from_file_name(src: str) -> str:
    """``/media/groep-film_debat.jpg`` → ``groep film debat``: a starting point for the editor."""
    try:
        path = urlsplit(src).path
    except ValueError:
        path = src
    name = unquote(path.rstrip("/").rsplit("/", 1)[-1])
    name = name.rsplit(".", 1)[0] if "." in name else name
    return " ".join(re.sub(r"[-_+.]+", " ", normalise(name)).split())
