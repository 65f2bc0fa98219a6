"""Link validation shared by blocks, forms and the importer's Django layer."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext_lazy as _

SAFE_SCHEMES = ("http", "https", "mailto")

_url_validator = URLValidator(schemes=["http", "https"])
_email_validator = EmailValidator()


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
