"""The public submission form and the moderator's approve and reject forms."""

from __future__ import annotations

from django import forms
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..conf import get_setting
from ..models import InitiativeSubmission, Organisation
from .cards import sections_of

MAX_TEXT_LENGTH = 1500
HONEYPOT = "fax_number"


class WebAddressField(forms.URLField):
    """An http or https address: a card's link block takes nothing else from a visitor."""

    default_validators = [
        URLValidator(
            schemes=["http", "https"],
            message=_("Enter a web address starting with http:// or https://."),
        )
    ]

    def __init__(self, **kwargs):
        kwargs.setdefault("assume_scheme", "https")
        super().__init__(**kwargs)


class SubmissionForm(forms.Form):
    """What a visitor sends: the field names are the issue's and the documentation's."""

    section = forms.ChoiceField(label=_("Theme"))
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=255,
        widget=forms.TextInput(
            attrs={"list": "dossiers-organisations", "autocomplete": "organization"}
        ),
    )
    title = forms.CharField(label=_("Title of the initiative"), max_length=255)
    text = forms.CharField(
        label=_("What is it about?"),
        max_length=MAX_TEXT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Plain text, at most 1,500 characters. Leave an empty line between paragraphs."
        ),
    )
    link = WebAddressField(
        label=_("Link"),
        required=False,
        max_length=500,
        help_text=_("A web page where readers can find out more (http:// or https://)."),
    )
    name = forms.CharField(
        label=_("Your name"), max_length=255, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("Your e-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    consent = forms.BooleanField()
    # Hidden from people (CSS and aria-hidden); robots that fill in every field fill it.
    fax_number = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, page, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.fields["section"].choices = [(s.block_id, s.heading) for s in sections_of(page)]
        days = get_setting("SUBMISSION_RETENTION_DAYS")
        self.fields["consent"].label = ngettext(
            "I agree that my name and e-mail address are kept to tell me about this "
            "initiative, and erased %(days)d day after the decision.",
            "I agree that my name and e-mail address are kept to tell me about this "
            "initiative, and erased %(days)d days after the decision.",
            days,
        ) % {"days": days}
        for field in self.fields.values():
            if not isinstance(field.widget, forms.CheckboxInput):
                field.widget.attrs.setdefault("class", "dossiers-field__input")

    def _post_clean(self):
        # An error is read out with its field: Django links the help text, not the error.
        for name in self.errors:
            if name in self.fields:
                bound = self[name]
                ids = [f"{bound.id_for_label}_error"]
                if bound.help_text:
                    ids.append(f"{bound.id_for_label}_helptext")
                self.fields[name].widget.attrs["aria-describedby"] = " ".join(ids)

    @property
    def is_robot(self) -> bool:
        return bool(self.data.get(HONEYPOT))

    def section_heading(self) -> str:
        return dict(self.fields["section"].choices).get(self.cleaned_data["section"], "")


class ApproveForm(forms.Form):
    """Where the card goes and which organisation it names, confirmed by the moderator."""

    section = forms.ChoiceField(label=_("Section"))
    organisation = forms.ModelChoiceField(
        Organisation.objects.all(),
        label=_("Organisation"),
        required=False,
        help_text=_("The organisation the card names; matched from what the submitter wrote."),
    )
    create_organisation = forms.BooleanField(required=False)

    def __init__(self, submission: InitiativeSubmission, page, *args, **kwargs):
        kwargs.setdefault(
            "initial",
            {"section": submission.section_block_id, "organisation": submission.organisation},
        )
        super().__init__(*args, **kwargs)
        self.submission = submission
        choices = [(s.block_id, s.heading) for s in sections_of(page)]
        if submission.section_block_id not in dict(choices):
            # Its section was removed since: the moderator picks another, knowingly.
            choices.insert(0, ("", _("Choose another section")))
            self.initial["section"] = ""
        self.fields["section"].choices = choices
        self.fields["create_organisation"].label = _(
            "“%(name)s” is a new organisation: create it and name it on the card"
        ) % {"name": submission.organisation_name}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("organisation") and cleaned.get("create_organisation"):
            raise forms.ValidationError(
                _("Choose an existing organisation or create a new one, not both.")
            )
        return cleaned


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent to the submitter with the decision."),
    )
