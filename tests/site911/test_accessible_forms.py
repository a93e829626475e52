"""site911.forms.AccessibleFormMixin on a form of its own: any form gets the ARIA wiring and the error summary."""

from django import forms

from site911.forms import AccessibleFormMixin


class ContactForm(AccessibleFormMixin, forms.Form):
    name = forms.CharField(help_text="As on your ID.")
    reason = forms.ChoiceField(choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect, help_text="Pick one.")
    note = forms.CharField(required=False)
    token = forms.CharField(widget=forms.HiddenInput, error_messages={"required": "The form expired."})


def test_a_valid_form_describes_inputs_by_their_hints_only():
    form = ContactForm({"name": "Ann", "reason": "a", "token": "t"})
    assert form.is_valid()
    form.describe_inputs()
    assert form.fields["name"].widget.attrs == {"aria-describedby": "id_name-hint"}
    assert "aria-invalid" not in form.fields["note"].widget.attrs
    assert "aria-describedby" not in form.fields["reason"].widget.attrs  # described on its fieldset
    assert form.group_describedby == {"reason": "id_reason-hint"}
    assert form.error_summary() == []


def test_errors_are_tied_to_inputs_and_summarised_in_page_order():
    form = ContactForm({"note": "x"})
    assert not form.is_valid()
    form.describe_inputs()
    assert form.fields["name"].widget.attrs["aria-describedby"] == "id_name-hint id_name-error"
    assert form.fields["name"].widget.attrs["aria-invalid"] == "true"
    assert form.group_describedby == {"reason": "id_reason-hint id_reason-error"}
    assert "aria-invalid" not in form.fields["note"].widget.attrs
    # A hidden field's error has no input to link to; a radio group links to its first button.
    assert form.error_summary() == [
        (None, "The form expired."),
        ("id_name", "This field is required."),
        ("id_reason_0", "This field is required."),
    ]
