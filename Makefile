# The README's two commands: `make demo` and `make test`. Each sets itself up (venv, pinned installs, npm ci).
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
export PATH := $(BIN):$(PATH)

.PHONY: demo test generate check-generated lint typecheck pytest clean

$(VENV)/.installed: requirements/dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

demo: $(VENV)/.installed node_modules/.installed
	$(BIN)/python scripts/mock_server.py -- $(BIN)/python examples/get_message.py

test: lint typecheck check-generated pytest

generate: $(VENV)/.installed
	$(BIN)/python scripts/generate.py --out generated

check-generated: $(VENV)/.installed
	@rm -rf build/check-generated && mkdir -p build/check-generated
	$(BIN)/python scripts/generate.py --out build/check-generated
	@diff -ru generated build/check-generated || { echo "generated/ is stale: run make generate and commit it" >&2; exit 1; }

lint: $(VENV)/.installed
	$(BIN)/ruff check overrides/periskope scripts tests examples
	$(BIN)/ruff format --check overrides/periskope scripts tests examples

typecheck: $(VENV)/.installed
	$(BIN)/mypy --strict overrides/periskope

pytest: $(VENV)/.installed node_modules/.installed
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) node_modules build
