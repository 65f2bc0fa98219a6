"""Link validation shared by blocks, forms and the importer's Django layer: one place for what
a dossier may link to. (The pure importer core reads links with ``importer.urls``, which keeps
the same schemes without Django; the safety guard asks ``has_safe_scheme``.)"""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext_lazy as _

SAFE_SCHEMES = ("http", "https", "mailto")

_url_validator = URLValidator(schemes=["http", "https"])
_email_validator = EmailValidator()


def has_safe_scheme(url: str) -> bool:
    """The scheme is one a dossier may link to: what makes a URL executable or not. The blocks'
    validation checks the rest of the form; the last guard before a write needs only this."""
    return urlsplit(url.strip()).scheme.lower() in SAFE_SCHEMES


def is_safe_url(url: str) -> bool:
    """True for well-formed http(s) and mailto URLs: the only kinds a dossier may link to."""
    try:
        validate_safe_url(url)
    except ValidationError:
        return False
    return True


def validate_safe_url(url: str) -> None:
    """Reject anything but http(s) and mailto, so no ``javascript:`` or ``data:`` is ever stored."""
    scheme = urlsplit(url.strip()).scheme.lower()
    if scheme not in SAFE_SCHEMES:
        raise ValidationError(
            _("Enter a web address starting with http:// or https://, or a mailto: address."),
            code="unsafe_scheme",
        )
    if scheme == "mailto":
        address = url.strip()[len("mailto:") :].split("?", 1)[0]
        _email_validator(address)
    else:
        _url_validator(url.strip())
