"""Forms that screen readers can follow: hints and errors tied to their inputs, and a summary of every error.

Any form can mix in `AccessibleFormMixin`. Its templates (forms/field.html, forms/radios.html) give a field's
hint the id `<auto_id>-hint` and its error `<auto_id>-error`; the mixin points the input at them.
"""

from django import forms


class AccessibleFormMixin:
    """For a `forms.Form` or `ModelForm`: aria-describedby and aria-invalid on inputs, and an error summary."""

    def described_field_names(self):
        """The fields a visitor fills in, in the order of the page. Default: the form's visible fields."""
        return [bound.name for bound in self.visible_fields()]

    @staticmethod
    def _is_group(field):
        """Radio buttons and checkboxes: described on their fieldset, and linked to through their first input."""
        return isinstance(field.widget, forms.RadioSelect)

    def _described_ids(self, name):
        bound = self[name]
        ids = [f"{bound.auto_id}-hint"] if self.fields[name].help_text else []
        return ids + ([f"{bound.auto_id}-error"] if bound.errors else [])

    def describe_inputs(self):
        """Point each input at its hint and error (aria-describedby) and mark it aria-invalid when it has one."""
        for name in self.described_field_names():
            field = self.fields[name]
            if self[name].errors:
                field.widget.attrs["aria-invalid"] = "true"
            described = self._described_ids(name)
            if described and not self._is_group(field):
                field.widget.attrs["aria-describedby"] = " ".join(described)
        return self

    @property
    def group_describedby(self):
        """{name: ids} for the radio and checkbox groups, for the fieldset that wraps each group."""
        return {
            name: " ".join(self._described_ids(name))
            for name in self.described_field_names()
            if self._is_group(self.fields[name])
        }

    def error_summary(self):
        """(anchor, message) for every error, for the list at the top of the page.

        First the errors that belong to no input a visitor can reach (the form's own, hidden fields'),
        without an anchor; then each described field's, in page order, linked to its input.
        """
        described = self.described_field_names()
        items = [(None, message) for message in self.non_field_errors()]
        for name in self.fields:
            if name not in described:
                items.extend((None, message) for message in self.errors.get(name, []))
        for name in described:
            bound = self[name]
            anchor = f"{bound.auto_id}_0" if self._is_group(self.fields[name]) else bound.auto_id
            items.extend((anchor, message) for message in bound.errors)
        return items
