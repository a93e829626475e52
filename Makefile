# Two commands do all set-up: `make run` (demo site on SQLite) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run worker test lint imports format bench eval-finder catalogs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.runtime $@

# The interface translations: locale/*/LC_MESSAGES/django.po compiled to .mo (with babel; not in git).
catalogs: $(VENV)/.runtime
	$(BIN)/python manage.py compile_catalogs

run: $(VENV)/.runtime catalogs
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	@echo ""
	@echo "Site: http://127.0.0.1:$(PORT)/   Admin: http://127.0.0.1:$(PORT)/admin/"
	@echo "Create an admin user in another terminal: $(BIN)/python manage.py createsuperuser"
	@echo ""
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Sends speaker-request e-mail (see README "Speaker requests"); run it beside `make run`.
worker: $(VENV)/.runtime
	$(BIN)/python manage.py db_worker --backend email

test: $(VENV)/.dev catalogs
	$(BIN)/python manage.py makemigrations --check --dry-run --settings=site911.settings.test
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $$(find site911 home news outreach stats events -name '*.html')
	$(MAKE) --no-print-directory imports

# The app import graph; fails when site911 imports an app (outside urls.py), news/outreach/stats import anything but site911, or events anything but site911 and outreach.
imports:
	$(PYTHON) bench/import_graph.py

format: $(VENV)/.dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $$(find site911 home news outreach stats events -name '*.html')

# The situation finder at 46 and 500 situations (bench/finder.py), then the production configuration
# under load (PostgreSQL and Redis on this machine, wrk; bench/run.py), with the demo content and with
# 1,000 more news posts and 500 situations (bench/grow.py).
bench: $(VENV)/.runtime
	$(BIN)/python bench/finder.py
	$(BIN)/python bench/run.py

# The finder's answers to the labelled descriptions in home/finder/evaluation/: confusion table and rates.
eval-finder: $(VENV)/.runtime
	$(BIN)/python -m home.finder.evaluate

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
