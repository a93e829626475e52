"""The admin's CSV import of monthly figures and its template file (stats/csv_import.py checks the rows)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from stats import csv_import

UPDATE, REJECT = "update", "reject"


class ImportForm(forms.Form):
    file = forms.FileField(
        label="CSV file", help_text=f"UTF-8, at most {csv_import.MAX_BYTES // 1024} KB, with the header row below."
    )
    existing = forms.ChoiceField(
        label="Months already entered",
        choices=[
            (REJECT, "Reject the file if any of its months is already entered"),
            (UPDATE, "Update those months with the file's figures"),
        ],
        initial=REJECT,
        widget=forms.RadioSelect,
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > csv_import.MAX_BYTES:
            raise forms.ValidationError(f"The file is larger than {csv_import.MAX_BYTES // 1024} KB.")
        return upload


def _check(request):
    if not (request.user.has_perm("stats.add_monthlyfigures") and request.user.has_perm("stats.change_monthlyfigures")):
        raise PermissionDenied


def import_view(request, url_namespace):
    _check(request)
    index_url = reverse(f"{url_namespace}:list")
    form = ImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        result = csv_import.read(form.cleaned_data["file"].read())
        if not result.errors:
            result = csv_import.apply(result, update_existing=form.cleaned_data["existing"] == UPDATE)
        if not result.errors:
            messages.success(request, f"Imported {result.created} new month(s) and updated {result.updated} month(s).")
            return redirect(index_url)
        result.errors.sort()
    return TemplateResponse(
        request,
        "stats/admin/import.html",
        {
            "form": form,
            "result": result,
            "columns": ",".join(csv_import.COLUMNS),
            "index_url": index_url,
            "template_url": reverse(f"{url_namespace}:import_template"),
            "max_kb": csv_import.MAX_BYTES // 1024,
        },
    )


def template_view(request):
    _check(request)
    response = HttpResponse(csv_import.TEMPLATE, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="monthly-figures-template.csv"'
    return response
