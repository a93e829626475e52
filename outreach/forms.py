"""The speaker-request form: accessible markup hooks, strict validation, spam checks."""

import datetime
import logging
import re
import unicodedata

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_recaptcha.fields import ReCaptchaField

from outreach import spam
from outreach.models import SpeakerRequest

logger = logging.getLogger(__name__)

MIN_DAYS_AHEAD = 7
MAX_DAYS_AHEAD = 365
HONEYPOT = "website"

_LINE_SEPARATORS = {"\u2028", "\u2029", "\x85"}


def _bad_chars(value, allow_newlines=False):
    allowed = {"\n", "\t"} if allow_newlines else set()
    return [
        ch
        for ch in value
        if ch not in allowed and (unicodedata.category(ch) == "Cc" or (ch in _LINE_SEPARATORS and not allow_newlines))
    ]


def single_line(value):
    if _bad_chars(value):
        raise ValidationError(
            "Use one line, without line breaks, tabs or special control characters.", code="control_characters"
        )


def multi_line(value):
    if _bad_chars(value, allow_newlines=True):
        raise ValidationError("Remove special control characters from this text.", code="control_characters")


_PHONE = re.compile(r"^[0-9+().\- ]+((ext\.?|x) ?[0-9]{1,6})?$", re.IGNORECASE)


def phone_number(value):
    digits = re.sub(r"\D", "", value)
    if not _PHONE.match(value) or not 7 <= len(digits) <= 20:
        raise ValidationError("Enter a phone number using digits, for example 612-555-0100.", code="phone")


class SingleLineField(forms.CharField):
    def __init__(self, *, max_length, **kwargs):
        super().__init__(max_length=max_length, **kwargs)
        self.validators.append(single_line)


class MultiLineField(forms.CharField):
    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n") if value else value

    def __init__(self, *, max_length, **kwargs):
        super().__init__(max_length=max_length, **kwargs)
        self.validators.append(multi_line)


class LimitedEmailField(forms.EmailField):
    """An e-mail address, refusing control characters before the regex even looks at it."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators.insert(0, single_line)


def _length_messages(noun):
    return {"max_length": f"{noun} must be %(limit_value)d characters or fewer (it has %(show_value)d)."}


class SafeReCaptchaField(ReCaptchaField):
    """django-recaptcha catches only HTTP errors: when Google cannot be reached its field raises. Say so instead."""

    def validate(self, value):
        try:
            super().validate(value)
        except ValidationError:
            raise
        except Exception:
            logger.warning("reCAPTCHA could not be verified", exc_info=True)
            raise ValidationError(
                "The robot check could not reach its service. Please try again in a few minutes.",
                code="captcha_unreachable",
            ) from None


class SpeakerRequestForm(forms.Form):
    use_required_attribute = False  # the server checks, and says what is missing in words
    name = SingleLineField(
        label="Your name",
        max_length=100,
        error_messages={"required": "Enter your name.", **_length_messages("Your name")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = LimitedEmailField(
        label="Your e-mail address",
        max_length=254,
        help_text="We send a confirmation here, and the outreach supervisor replies to it.",
        error_messages={
            "required": "Enter your e-mail address.",
            "invalid": "Enter an e-mail address in the form name@example.com.",
            **_length_messages("The e-mail address"),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    phone = SingleLineField(
        label="Phone number (optional)",
        max_length=30,
        required=False,
        help_text="If you would rather we call you.",
        validators=[phone_number],
        error_messages=_length_messages("The phone number"),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    organization = SingleLineField(
        label="Group or organization",
        max_length=150,
        help_text="For example the name of your block club, school or community group.",
        error_messages={"required": "Enter the name of your group or organization.", **_length_messages("The name")},
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    event_type = forms.ChoiceField(
        label="Type of event",
        choices=SpeakerRequest.EventType.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose the type of event.",
            "invalid_choice": "Choose one of the types of event listed.",
        },
    )
    event_date = forms.DateField(
        label="Date of the event",
        help_text=f"At least {MIN_DAYS_AHEAD} days from today, so staff can plan. For example 2027-06-21.",
        input_formats=["%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y"],
        error_messages={
            "required": "Enter the date of the event.",
            "invalid": "Enter the date as year-month-day, for example 2027-06-21.",
        },
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    start_time = forms.TimeField(
        label="Start time",
        help_text="For example 6:30 PM or 18:30.",
        input_formats=["%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M%p", "%I %p", "%I%p"],
        error_messages={
            "required": "Enter the time the event starts.",
            "invalid": "Enter the start time as hours and minutes, for example 6:30 PM or 18:30.",
        },
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    address = SingleLineField(
        label="Where the event is",
        max_length=200,
        help_text="Street address or intersection, and the name of the park or building if there is one.",
        error_messages={"required": "Enter where the event is.", **_length_messages("The address")},
    )
    expected_attendance = forms.IntegerField(
        label="How many people do you expect? (optional)",
        required=False,
        min_value=1,
        max_value=100_000,
        error_messages={
            "invalid": "Enter the number of people as a whole number, for example 40.",
            "min_value": "Enter a number of people of 1 or more.",
            "max_value": "Enter a number of people of 100,000 or fewer.",
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric", "pattern": "[0-9]*", "size": "8"}),
    )
    topics = MultiLineField(
        label="What would your group like to hear about? (optional)",
        max_length=2000,
        required=False,
        help_text="For example when to call 911 or 311, what happens when you call, or working at 911.",
        error_messages=_length_messages("This text"),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    # A field people never see; bots fill it in.
    website = forms.CharField(
        label="Leave this field empty",
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    form_token = forms.CharField(required=False, widget=forms.HiddenInput)

    visible_field_names = list(SpeakerRequest.REQUESTER_FIELDS)

    def __init__(self, *args, sooner_contact="e-mail the outreach supervisor", **kwargs):
        super().__init__(*args, **kwargs)
        # How to arrange an event sooner than MIN_DAYS_AHEAD, e.g. "e-mail … at …" (from Settings → Outreach).
        self.sooner_contact = sooner_contact
        self.token = None
        if captcha_enabled():
            self.fields["captcha"] = SafeReCaptchaField(
                label="Confirm you are not a robot",
                error_messages={
                    "required": "Tick the box to confirm you are not a robot.",
                    "captcha_invalid": "The robot check did not pass. Please tick the box again.",
                    "captcha_error": "The robot check could not be completed. Please try again in a few minutes.",
                },
            )
        if not self.is_bound:
            self.initial["form_token"] = spam.issue_token()

    # --- validation

    def clean_event_date(self):
        date = self.cleaned_data["event_date"]
        today = timezone.localdate()
        if date < today:
            raise ValidationError("The date is in the past. Enter the date of an event that is still to come.")
        if date < today + datetime.timedelta(days=MIN_DAYS_AHEAD):
            earliest = today + datetime.timedelta(days=MIN_DAYS_AHEAD)
            raise ValidationError(
                f"Staff need at least {MIN_DAYS_AHEAD} days to plan a visit. Choose {earliest:%B} "
                f"{earliest.day}, {earliest.year} or later, or for a sooner event {self.sooner_contact}."
            )
        if date > today + datetime.timedelta(days=MAX_DAYS_AHEAD):
            raise ValidationError(
                "Staff plan visits up to a year ahead. Choose a date within the next 12 months, "
                "or send your request again nearer the time."
            )
        return date

    def clean_website(self):
        if self.cleaned_data.get(HONEYPOT):
            # People do not see this field; a browser's autofill might have filled it in. Say what to do.
            raise ValidationError("Please check your details and send the form again.", code="honeypot")
        return ""

    def clean_form_token(self):
        try:
            self.token = spam.check_token(self.cleaned_data.get("form_token", ""))
        except spam.TokenError as error:
            raise ValidationError(str(error), code="token") from None
        return self.cleaned_data["form_token"]

    # --- display

    def prepare_for_display(self):
        """Tie hints and errors to their inputs (aria-describedby, aria-invalid); give the visitor a fresh token."""
        if self.is_bound:
            # A fresh token so the next try can succeed; the visitor's answers stay in the form.
            self.data = self.data.copy()
            self.data["form_token"] = spam.issue_token()
            self.data[HONEYPOT] = ""
        for name in self.visible_field_names + (["captcha"] if "captcha" in self.fields else []):
            field = self.fields[name]
            bound = self[name]
            described = []
            if field.help_text:
                described.append(f"{bound.auto_id}-hint")
            if bound.errors:
                described.append(f"{bound.auto_id}-error")
                field.widget.attrs["aria-invalid"] = "true"
            if described and not isinstance(field.widget, forms.RadioSelect):
                field.widget.attrs["aria-describedby"] = " ".join(described)
        return self

    @property
    def event_type_describedby(self):
        """The ids describing the event type, for the fieldset wrapping its radio buttons."""
        bound = self["event_type"]
        ids = [f"{bound.auto_id}-hint"] if self.fields["event_type"].help_text else []
        return " ".join(ids + ([f"{bound.auto_id}-error"] if bound.errors else []))

    @property
    def captcha_field(self):
        return self["captcha"] if "captcha" in self.fields else None

    def error_summary(self):
        """(anchor, message) for every error, in the order of the form, for the list at the top."""
        items = [(None, message) for message in self.non_field_errors()]
        for name in ("form_token", HONEYPOT):
            items.extend((None, message) for message in self.errors.get(name, []))
        for name in self.visible_field_names + ["captcha"]:
            if name not in self.fields:
                continue
            bound = self[name]
            anchor = f"{bound.auto_id}_0" if name == "event_type" else bound.auto_id
            for message in bound.errors:
                items.append((anchor, message))
        return items


def captcha_enabled():
    return bool(settings.RECAPTCHA_PUBLIC_KEY and settings.RECAPTCHA_PRIVATE_KEY)
