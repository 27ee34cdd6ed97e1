# One task runner: CI (.ci/run) runs the same targets.
PYTHON ?= .venv/bin/python

.PHONY: setup test lint build check catalogue
setup:
	python3 -m venv .venv && .venv/bin/pip install -q -e '.[dev]'

test:
	$(PYTHON) -m pytest -n auto

lint:
	$(PYTHON) -m ruff check src tests
	$(PYTHON) -m mypy

build:
	.venv/bin/partygraph build

check: test lint build

catalogue:
	.venv/bin/partygraph queries --format md > queries/README.md
