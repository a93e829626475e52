"""WSGI entry point; gunicorn serves `site911.wsgi` (see Procfile)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site911.settings.production")

application = get_wsgi_application()
