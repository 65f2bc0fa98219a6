# The commands the README names. Everything runs from a local virtual environment.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python example_project/manage.py
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: demo test test-custom-page test-lowest lint messages compilemessages docs bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,docs]"
	touch $(STAMP)

## demo: install, migrate SQLite, load the demo (seed imported), print the login, serve.
demo: $(STAMP)
	$(MANAGE) migrate --no-input
	WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT) $(MANAGE) load_demo
	$(MANAGE) runserver 127.0.0.1:$(PORT)

## test: everything CI runs (lint, migrations check, the whole pytest suite).
test: $(STAMP)
	$(BIN)/ruff check src tests example_project benchmarks
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/mkdocs build --strict --quiet --site-dir $(VENV)/site
	$(BIN)/python -m pytest $(PYTEST_ARGS)
	$(MAKE) test-custom-page

## test-lowest: the suite on the lowest supported versions (tests/requirements-lowest.txt).
LOWEST := .venv-lowest
test-lowest:
	test -x $(LOWEST)/bin/python || $(PYTHON) -m venv $(LOWEST)
	$(LOWEST)/bin/python -m pip install --quiet --upgrade pip
	$(LOWEST)/bin/python -m pip install --quiet -e ".[test]" -r tests/requirements-lowest.txt
	$(LOWEST)/bin/python -m pip freeze | grep -iE "^(django|wagtail|wagtail-modeladmin)=="
	$(LOWEST)/bin/python example_project/manage.py makemigrations --check --dry-run
	$(LOWEST)/bin/python -m pytest $(PYTEST_ARGS)

## test-custom-page: the app on a site with its own base page model (WAGTAIL_PAGE_MODEL).
test-custom-page: $(STAMP)
	DJANGO_SETTINGS_MODULE=tests.settings_custom_page PYTHONPATH=. $(MANAGE) makemigrations --check --dry-run
	$(BIN)/python -m pytest --ds=tests.settings_custom_page tests/custom_page $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests example_project benchmarks
	$(BIN)/ruff format --check src tests example_project benchmarks

## messages: extract UI strings into the Dutch catalogue, then compile it.
messages: $(STAMP)
	cd src/wagtail_dossiers && ../../$(BIN)/django-admin makemessages -l nl --no-obsolete
	$(MAKE) compilemessages

compilemessages: $(STAMP)
	cd src/wagtail_dossiers && ../../$(BIN)/django-admin compilemessages

## docs: build the documentation into site/ (warnings are errors, as in `make test`).
docs: $(STAMP)
	$(BIN)/mkdocs build --strict

## eval: score the importer on the corpus of real pages (tests/corpus) against their outlines.
eval: $(STAMP)
	$(BIN)/python benchmarks/eval_corpus.py

bench: $(STAMP)
	$(BIN)/python benchmarks/import_bench.py
	$(BIN)/python benchmarks/render_bench.py

clean:
	rm -rf $(VENV) $(LOWEST) build dist site *.egg-info src/*.egg-info
