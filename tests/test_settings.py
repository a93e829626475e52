import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "SECRET_KEY": "k3Jq9-vT2pLz8wXr4NcY6bHs0dUe7GfA1mQiWoE5tRyKxPjV-demo-only-9Zs",
    "ALLOWED_HOSTS": "911.example.gov",
    "DATABASE_URL": "sqlite:////tmp/site911-settings-test.sqlite3",
    "DEFAULT_FROM_EMAIL": "noreply@911.example.gov",
    "WAGTAILADMIN_BASE_URL": "https://911.example.gov",
}


# A clean environment: nothing from this test process (e.g. the browser tests' DJANGO_ALLOW_ASYNC_UNSAFE).
INHERITED = {"PATH", "HOME", "LANG", "TMPDIR"}


def clean_env():
    return {k: v for k, v in os.environ.items() if k in INHERITED}


def run_production(env_overrides, code="import django; django.setup(); print('started')"):
    env = clean_env()
    env.update({"DJANGO_SETTINGS_MODULE": "site911.settings.production", **env_overrides})
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)


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
