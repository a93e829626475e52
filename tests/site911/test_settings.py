import os
import re
import subprocess
import sys

import pytest
from django.core.management import call_command

from tests.production import PRODUCTION_ENV, ROOT, clean_env, run_production


def test_production_starts_with_a_complete_environment():
    result = run_production(PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "started"


@pytest.mark.parametrize("name", ["SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_a_required_variable(name):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != name}
    result = run_production(env)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert name in lines[0]


@pytest.mark.parametrize(
    "name, value, message",
    [
        ("SECRET_KEY", "x", "SECRET_KEY must be at least 50 characters"),
        ("SECRET_KEY", "a" * 60, "SECRET_KEY must be at least 50 characters"),
        ("ALLOWED_HOSTS", "*", "ALLOWED_HOSTS must name the site's host names"),
        ("ALLOWED_HOSTS", "911.example.gov,*", "ALLOWED_HOSTS must name the site's host names"),
    ],
)
def test_production_refuses_to_start_with_an_unsafe_value(name, value, message):
    result = run_production({**PRODUCTION_ENV, name: value})
    assert result.returncode != 0
    assert "started" not in result.stdout
    assert message in result.stderr


def test_production_names_every_missing_variable_at_once():
    result = run_production({})
    assert result.returncode != 0
    for name in PRODUCTION_ENV:
        assert name in result.stderr


def test_dev_needs_no_environment():
    env = {**clean_env(), "DJANGO_SETTINGS_MODULE": "site911.settings.dev"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.django_db
def test_migrations_are_complete():
    call_command("makemigrations", "--check", "--dry-run", stdout=open(os.devnull, "w"))  # noqa: SIM115


# -- the documentation of the configuration ------------------------------------------------------

# Read by the Procfile and gunicorn, not by the settings.
PROCESS_VARIABLES = {"DJANGO_SETTINGS_MODULE", "PORT", "WEB_CONCURRENCY", "WEB_THREADS", "FORWARDED_ALLOW_IPS"}


def variables_the_settings_read():
    names = set()
    # The settings modules, and the module they take the object-storage configuration from.
    for path in [*(ROOT / "site911" / "settings").glob("*.py"), ROOT / "site911" / "object_storage.py"]:
        names |= set(re.findall(r'env_\w+\(\s*"([A-Z0-9_]+)"', path.read_text()))
    return names


def variables_in_env_example():
    return re.findall(r"^([A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.MULTILINE)


def variables_in_readme_tables():
    first_cells = re.findall(r"^\| ([^|]+) \|", (ROOT / "README.md").read_text(), re.MULTILINE)
    return {name for cell in first_cells for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", cell)}


def test_every_variable_the_settings_read_is_documented():
    read = variables_the_settings_read()
    assert len(read) > 30
    assert read - set(variables_in_env_example()) == set()
    assert read - variables_in_readme_tables() == set()


def test_env_example_lists_each_variable_once_and_only_real_ones():
    listed = variables_in_env_example()
    assert sorted(name for name in set(listed) if listed.count(name) > 1) == []
    assert set(listed) - variables_the_settings_read() - PROCESS_VARIABLES == set()


def test_env_example_can_be_sourced_by_a_shell():
    """README's plain-server set-up reads the .env file with `set -a && . ./.env`."""
    result = subprocess.run(
        ["bash", "-c", 'set -a && . ./.env.example && printf "%s" "$DEFAULT_FROM_EMAIL"'],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=clean_env(),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Minneapolis 911 <noreply@911.example.gov>"
