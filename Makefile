# Quick start: `make run` serves on the embedded default, `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint install services image-check

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

# the container image (docs/operations.md, "Building without a registry"): deploy/Dockerfile
# built from this tree on BASE_IMAGE, run with podman on the local PostgreSQL and checked;
# scripts/image-services first installs podman, writes its settings for this host and makes the
# default base from Debian's repositories when missing (as root)
BASE_IMAGE ?= localhost/python:3.11-bookworm

image-check: services install
	podman_env=$$(PRIVACY_DESK_TEST_IMAGE_BASE=$(BASE_IMAGE) scripts/image-services) && \
	  eval "$$podman_env" && \
	  PRIVACY_DESK_TEST_IMAGE_BASE=$(BASE_IMAGE) $(BIN)/pytest tests/test_image.py
