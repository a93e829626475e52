"""The site under production settings, started in a child process with a clean environment."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRODUCTION_ENV = {
    "SECRET_KEY": "k3Jq9-vT2pLz8wXr4NcY6bHs0dUe7GfA1mQiWoE5tRyKxPjV-demo-only-9Zs",
    "ALLOWED_HOSTS": "911.example.gov",
    "DATABASE_URL": "sqlite:////tmp/site911-settings-test.sqlite3",
    "DEFAULT_FROM_EMAIL": "noreply@911.example.gov",
    "WAGTAILADMIN_BASE_URL": "https://911.example.gov",
}

# Run as `code=` of run_production: Django's deploy checks, failing on warnings.
CHECK_DEPLOY = (
    "import django; django.setup(); from django.core.management import call_command; "
    "call_command('check', '--deploy', '--fail-level', 'WARNING'); print('deploy-ok')"
)


# A clean environment: nothing from this test process (e.g. the browser tests' DJANGO_ALLOW_ASYNC_UNSAFE).
INHERITED = {"PATH", "HOME", "LANG", "TMPDIR"}


def clean_env():
    return {k: v for k, v in os.environ.items() if k in INHERITED}


def run_production(env_overrides, code="import django; django.setup(); print('started')"):
    env = clean_env()
    env.update({"DJANGO_SETTINGS_MODULE": "site911.settings.production", **env_overrides})
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
