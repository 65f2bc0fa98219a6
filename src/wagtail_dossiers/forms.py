"""Forms of the admin import: the source and where it goes, then the signed confirmation.

Nothing is stored between the preview and the confirmation: the source travels back
with the confirmation form, compressed and signed (``django.core.signing``), so a
cancelled import leaves nothing behind on the server and the bytes cannot be swapped.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import json
import zlib
from dataclasses import asdict, dataclass

import swapper
from django import forms
from django.conf import settings
from django.core import signing
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.widgets import AdminPageChooser

from .conf import get_page_model, get_setting
from .permissions import parent_problem, user_can_publish_somewhere

SIGNING_SALT = "wagtail_dossiers.admin_import"
PREVIEW_MAX_AGE = 2 * 60 * 60  # seconds an editor has to confirm a preview
ACCEPTED_FILES = ".txt,.htm,.html,text/plain,text/html"


def byte_count(size: int) -> str:
    """``size`` in bytes, grouped as the language groups digits (`5.242.881 bytes`)."""
    return ngettext("%(count)s byte", "%(count)s bytes", size) % {
        "count": number_format(size, force_grouping=True)
    }


# ------------------------------------------------------------------------ step 1: source


class ImportForm(forms.Form):
    """Upload a file or paste text/HTML, and choose where the dossier page goes."""

    source_file = forms.FileField(
        label=_("Legacy dossier file"),
        required=False,
        widget=forms.FileInput(attrs={"accept": ACCEPTED_FILES}),
    )
    source_text = forms.CharField(
        label=_("Or paste its text or HTML"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    title = forms.CharField(
        label=_("Page title"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the title at the top of the source."),
    )
    publish = forms.BooleanField(
        label=_("Publish the page"),
        required=False,
        help_text=_("Leave unticked to create a draft you can check in the page editor first."),
    )
    encoding = forms.CharField(
        label=_("Encoding of the file"),
        required=False,
        max_length=40,
        help_text=_(
            "Leave empty to detect it (UTF-8, an encoding the file declares, or Windows-1252)."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.source_name = ""
        self.source_data = b""
        limit = filesizeformat(self.max_size)
        # Django refuses a form body over DATA_UPLOAD_MAX_MEMORY_SIZE before the form sees it.
        paste_limit = min(self.max_size, settings.DATA_UPLOAD_MAX_MEMORY_SIZE or self.max_size)
        self.fields["source_text"].help_text = _(
            "Paste the page as plain text or as HTML, at most %(limit)s; leave empty when you "
            "upload a file."
        ) % {"limit": filesizeformat(paste_limit)}
        self.fields["source_text"].widget.attrs["maxlength"] = str(paste_limit)
        self.fields["source_file"].help_text = _(
            "A .txt or .html export of the legacy page, at most %(limit)s. The content "
            "decides whether it is read as text or HTML, not the file name."
        ) % {"limit": limit}
        Page = swapper.load_model("wagtailcore", "Page")
        self.fields["parent_page"] = forms.ModelChoiceField(
            label=_("Parent page"),
            queryset=Page.objects.all(),
            widget=AdminPageChooser(
                target_models=get_page_model().allowed_parent_page_models(),
                user_perms="add_subpage",
            ),
            help_text=_("The new dossier page goes under this page."),
        )
        self.order_fields(["source_file", "source_text", "parent_page", "title", "publish"])
        if not user_can_publish_somewhere(user):
            del self.fields["publish"]

    @property
    def max_size(self) -> int:
        return int(get_setting("MAX_UPLOAD_SIZE"))

    def _too_big(self, size: int) -> forms.ValidationError:
        shown, limit = filesizeformat(size), filesizeformat(self.max_size)
        if shown == limit:  # `5,0 MB; the limit is 5,0 MB`: say it in bytes instead
            shown, limit = byte_count(size), byte_count(self.max_size)
        return forms.ValidationError(
            _("This source is %(size)s; the limit is %(limit)s."),
            code="too_big",
            params={"size": shown, "limit": limit},
        )

    def clean_source_file(self):
        upload = self.cleaned_data.get("source_file")
        # The size the browser announced, checked before a byte of the upload is read.
        if upload and upload.size > self.max_size:
            raise self._too_big(upload.size)
        return upload

    def clean_source_text(self):
        text = self.cleaned_data.get("source_text", "")
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > self.max_size:
            raise self._too_big(size)
        return text

    def clean_parent_page(self):
        parent = self.cleaned_data["parent_page"]
        problem = parent_problem(self.user, parent)
        if problem:
            raise forms.ValidationError(problem, code="parent")
        return parent.specific_deferred

    def clean_encoding(self):
        encoding = self.cleaned_data.get("encoding", "").strip()
        if encoding:
            try:
                info = codecs.lookup(encoding)
            except LookupError:
                info = None
            if info is None or not getattr(info, "_is_text_encoding", True):
                raise forms.ValidationError(
                    _("Unknown encoding; use a name such as utf-8, windows-1252 or iso-8859-15."),
                    code="encoding",
                )
        return encoding

    def clean(self):
        cleaned = super().clean()
        upload, text = cleaned.get("source_file"), cleaned.get("source_text")
        if self.has_error("source_file") or self.has_error("source_text"):
            return cleaned
        if upload and text and text.strip():
            raise forms.ValidationError(
                _("Upload a file or paste text, not both."), code="both_sources"
            )
        if upload:
            self.source_name = upload.name
            self.source_data = upload.read()
        elif text and text.strip():
            self.source_name = ""
            self.source_data = text.encode("utf-8")
        elif text:
            self.add_error("source_text", _("The pasted text holds only whitespace."))
        else:
            raise forms.ValidationError(
                _("Upload a file or paste the dossier's text."), code="no_source"
            )
        return cleaned

    @property
    def source_field(self) -> str:
        """The field an error about the source's content belongs to."""
        return "source_file" if self.source_name else "source_text"


# ---------------------------------------------------------------- step 2: confirmation


@dataclass
class SignedSource:
    """What the preview showed, carried to the confirmation without storing it."""

    name: str
    data: bytes
    key: str
    encoding: str
    title: str
    parent_id: int
    publish: bool
    user_id: int
    hints: list[dict] | None = None  # the editor's corrections as JSON; None: not read yet

    def dumps(self) -> str:
        meta = {k: v for k, v in asdict(self).items() if k != "data"}
        return _signer().sign(
            _b64(json.dumps(meta).encode("utf-8")) + "." + _b64(zlib.compress(self.data, 6))
        )

    @classmethod
    def loads(cls, token: str) -> SignedSource:
        """Raises ``signing.SignatureExpired`` or ``signing.BadSignature``."""
        value = _signer().unsign(token, max_age=PREVIEW_MAX_AGE)
        try:
            meta, data = value.split(".")
            return cls(**json.loads(_unb64(meta)), data=zlib.decompress(_unb64(data)))
        except (ValueError, TypeError, binascii.Error, zlib.error) as error:
            raise signing.BadSignature("Malformed import token.") from error


def _signer() -> signing.TimestampSigner:
    return signing.TimestampSigner(salt=SIGNING_SALT)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text.encode("ascii"))


class ConfirmImportForm(forms.Form):
    """The preview's confirmation: the signed source and nothing else."""

    source = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_source(self) -> SignedSource:
        try:
            source = SignedSource.loads(self.cleaned_data["source"])
        except signing.SignatureExpired as error:
            raise forms.ValidationError(
                _("This preview has expired; upload the dossier again."), code="expired"
            ) from error
        except signing.BadSignature as error:
            raise forms.ValidationError(
                _("This preview could not be verified; upload the dossier again."),
                code="bad_signature",
            ) from error
        if source.user_id != self.user.pk:
            raise forms.ValidationError(
                _("This preview was made by another user; upload the dossier again."),
                code="other_user",
            )
        return source
