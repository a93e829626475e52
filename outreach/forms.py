"""The speaker-request form: the requester's fields of a SpeakerRequest, strict validation, spam checks."""

import datetime
import logging
import re
import unicodedata

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django_recaptcha.fields import ReCaptchaField

from outreach import spam
from outreach.models import SpeakerRequest
from site911.dates import in_words
from site911.forms import AccessibleFormMixin

logger = logging.getLogger(__name__)

MIN_DAYS_AHEAD = 7
MAX_DAYS_AHEAD = 365
HONEYPOT = "website"
# How to arrange a sooner event when the view does not say (it passes Settings → Outreach).
SOONER_CONTACT = _("e-mail the outreach supervisor")

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
            _("Use one line, without line breaks, tabs or special control characters."), code="control_characters"
        )


def multi_line(value):
    if _bad_chars(value, allow_newlines=True):
        raise ValidationError(_("Remove special control characters from this text."), code="control_characters")


_PHONE = re.compile(r"^[0-9+().\- ]+((ext\.?|x) ?[0-9]{1,6})?$", re.IGNORECASE)


def phone_number(value):
    digits = re.sub(r"\D", "", value)
    if not _PHONE.match(value) or not 7 <= len(digits) <= 20:
        raise ValidationError(_("Enter a phone number using digits, for example 612-555-0100."), code="phone")


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
                _("The robot check could not reach its service. Please try again in a few minutes."),
                code="captcha_unreachable",
            ) from None


class PhoneField(SingleLineField):
    """A phone number: digits and the usual punctuation, with an optional extension."""

    def __init__(self, **kwargs):
        kwargs["validators"] = [phone_number, *kwargs.get("validators", ())]
        super().__init__(**kwargs)


class SpeakerRequestForm(AccessibleFormMixin, forms.ModelForm):
    """The requester's fields of a SpeakerRequest; lengths and whether a field is optional come from the model."""

    use_required_attribute = False  # the server checks, and says what is missing in words

    # Choices without the model's blank one: radio buttons offer only real types of event.
    event_type = forms.ChoiceField(
        label=_("Type of event"),
        choices=SpeakerRequest.EventType.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the type of event."),
            "invalid_choice": _("Choose one of the types of event listed."),
        },
    )
    event_date = forms.DateField(
        label=_("Date of the event"),
        help_text=format_lazy(
            _("At least {days} days from today, so staff can plan. For example 2027-06-21."), days=MIN_DAYS_AHEAD
        ),
        input_formats=["%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y"],
        error_messages={
            "required": _("Enter the date of the event."),
            "invalid": _("Enter the date as year-month-day, for example 2027-06-21."),
        },
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    start_time = forms.TimeField(
        label=_("Start time"),
        help_text=_("For example 6:30 PM or 18:30."),
        input_formats=["%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M%p", "%I %p", "%I%p"],
        error_messages={
            "required": _("Enter the time the event starts."),
            "invalid": _("Enter the start time as hours and minutes, for example 6:30 PM or 18:30."),
        },
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    expected_attendance = forms.IntegerField(
        label=_("How many people do you expect? (optional)"),
        required=False,
        min_value=1,
        max_value=100_000,
        error_messages={
            "invalid": _("Enter the number of people as a whole number, for example 40."),
            "min_value": _("Enter a number of people of 1 or more."),
            "max_value": _("Enter a number of people of 100,000 or fewer."),
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric", "pattern": "[0-9]*", "size": "8"}),
    )
    grade = SingleLineField(
        max_length=30,
        required=False,
        label=_("Grade of the class (for a school class)"),
        help_text=_("For example kindergarten, 4th grade or 11th grade."),
        error_messages={
            "max_length": _("The grade must be %(limit_value)d characters or fewer (it has %(show_value)d).")
        },
    )
    preferred_language = SingleLineField(
        max_length=50,
        required=False,
        label=_("Preferred language (optional)"),
        help_text=_("The language your group would like the visit in. We will tell you if we can."),
        widget=forms.TextInput(attrs={"autocomplete": "language"}),
    )
    access_needs = MultiLineField(
        max_length=1000,
        required=False,
        label=_("Access needs (optional)"),
        help_text=_("For example step-free access, captions, an ASL interpreter, or a quiet space."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    publish_consent = forms.BooleanField(
        required=False,
        label=_("You may list this event on the public calendar."),
        help_text=_(
            "If we schedule it, we list only the type of event, the date and time, and the neighborhood or venue: "
            "never your name, e-mail address or phone number."
        ),
    )
    form_token = forms.CharField(required=False, widget=forms.HiddenInput)
    # A field people never see; bots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = SpeakerRequest
        fields = SpeakerRequest.REQUESTER_FIELDS
        field_classes = {
            "name": SingleLineField,
            "email": LimitedEmailField,
            "phone": PhoneField,
            "organization": SingleLineField,
            "address": SingleLineField,
            "topics": MultiLineField,
        }
        labels = {
            "name": _("Your name"),
            "email": _("Your e-mail address"),
            "phone": _("Phone number (optional)"),
            "organization": _("Group or organization"),
            "address": _("Where the event is"),
            "topics": _("What would your group like to hear about? (optional)"),
        }
        help_texts = {
            "email": _("We send a confirmation here, and the outreach supervisor replies to it."),
            "phone": _("If you would rather we call you."),
            "organization": _("For example the name of your block club, school or community group."),
            "address": _("Street address or intersection, and the name of the park or building if there is one."),
            "topics": _("For example when to call 911 or 311, what happens when you call, or working at 911."),
        }
        error_messages = {
            "name": {
                "required": _("Enter your name."),
                "max_length": _("Your name must be %(limit_value)d characters or fewer (it has %(show_value)d)."),
            },
            "email": {
                "required": _("Enter your e-mail address."),
                "invalid": _("Enter an e-mail address in the form name@example.com."),
                "max_length": _(
                    "The e-mail address must be %(limit_value)d characters or fewer (it has %(show_value)d)."
                ),
            },
            "phone": {
                "max_length": _("The phone number must be %(limit_value)d characters or fewer (it has %(show_value)d).")
            },
            "organization": {
                "required": _("Enter the name of your group or organization."),
                "max_length": _("The name must be %(limit_value)d characters or fewer (it has %(show_value)d)."),
            },
            "address": {
                "required": _("Enter where the event is."),
                "max_length": _("The address must be %(limit_value)d characters or fewer (it has %(show_value)d)."),
            },
            "topics": {
                "max_length": _("This text must be %(limit_value)d characters or fewer (it has %(show_value)d).")
            },
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "organization": forms.TextInput(attrs={"autocomplete": "organization"}),
            "topics": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, sooner_contact=SOONER_CONTACT, **kwargs):
        super().__init__(*args, **kwargs)
        # How to arrange an event sooner than MIN_DAYS_AHEAD, e.g. "e-mail … at …" (from Settings → Outreach).
        self.sooner_contact = sooner_contact
        self.token = None
        # A tour is at the 911 center: only other events need an address (checked in clean()).
        self.fields["address"].required = False
        if captcha_enabled():
            self.fields["captcha"] = SafeReCaptchaField(
                label=_("Confirm you are not a robot"),
                error_messages={
                    "required": _("Tick the box to confirm you are not a robot."),
                    "captcha_invalid": _("The robot check did not pass. Please tick the box again."),
                    "captcha_error": _("The robot check could not be completed. Please try again in a few minutes."),
                },
            )
        if not self.is_bound:
            self.initial["form_token"] = spam.issue_token()

    # --- validation

    def clean_event_date(self):
        date = self.cleaned_data["event_date"]
        today = timezone.localdate()
        if date < today:
            raise ValidationError(_("The date is in the past. Enter the date of an event that is still to come."))
        if date < today + datetime.timedelta(days=MIN_DAYS_AHEAD):
            earliest = today + datetime.timedelta(days=MIN_DAYS_AHEAD)
            raise ValidationError(
                _(
                    "Staff need at least %(days)d days to plan a visit. Choose %(earliest)s or later, "
                    "or for a sooner event %(contact)s."
                )
                % {"days": MIN_DAYS_AHEAD, "earliest": in_words(earliest), "contact": self.sooner_contact}
            )
        if date > today + datetime.timedelta(days=MAX_DAYS_AHEAD):
            raise ValidationError(
                _(
                    "Staff plan visits up to a year ahead. Choose a date within the next 12 months, "
                    "or send your request again nearer the time."
                )
            )
        return date

    def clean(self):
        cleaned = super().clean()
        event_type = cleaned.get("event_type")
        if event_type != SpeakerRequest.EventType.TOUR and not cleaned.get("address") and "address" not in self.errors:
            self.add_error("address", self.fields["address"].error_messages["required"])
        if event_type == SpeakerRequest.EventType.SCHOOL_CLASS and not cleaned.get("grade"):
            self.add_error("grade", _("Enter the grade of the class, for example 4th grade."))
        if event_type == SpeakerRequest.EventType.TOUR and not cleaned.get("expected_attendance"):
            if "expected_attendance" not in self.errors:
                self.add_error(
                    "expected_attendance",
                    _("Enter how many people will come on the tour, so staff can plan the visit."),
                )
        return cleaned

    def clean_website(self):
        if self.cleaned_data.get(HONEYPOT):
            # People do not see this field; a browser's autofill might have filled it in. Say what to do.
            raise ValidationError(_("Please check your details and send the form again."), code="honeypot")
        return ""

    def clean_form_token(self):
        try:
            self.token = spam.check_token(self.cleaned_data.get("form_token", ""))
        except spam.TokenError as error:
            raise ValidationError(str(error), code="token") from None
        return self.cleaned_data["form_token"]

    # --- display

    def described_field_names(self):
        """What the visitor fills in, in page order (not the hidden token or the honeypot)."""
        return list(SpeakerRequest.REQUESTER_FIELDS) + (["captcha"] if "captcha" in self.fields else [])

    def prepare_for_display(self):
        """Tie hints and errors to their inputs (aria-describedby, aria-invalid); give the visitor a fresh token."""
        if self.is_bound:
            # A fresh token so the next try can succeed; the visitor's answers stay in the form.
            self.data = self.data.copy()
            self.data["form_token"] = spam.issue_token()
            self.data[HONEYPOT] = ""
        return self.describe_inputs()

    @property
    def captcha_field(self):
        return self["captcha"] if "captcha" in self.fields else None


def captcha_enabled():
    return bool(settings.RECAPTCHA_PUBLIC_KEY and settings.RECAPTCHA_PRIVATE_KEY)
