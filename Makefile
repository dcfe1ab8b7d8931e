# Quick start: `make run` serves on the embedded default, `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint install services

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/privacy-desk db upgrade
	$(BIN)/privacy-desk serve

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# what the tests talk to (Dovecot, PostgreSQL, Redis): installed or started when missing
services:
	VENV=$(VENV) PYTHON=$(PYTHON) scripts/test-services

test: services lint
	$(BIN)/pytest
