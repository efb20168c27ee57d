# The README's two commands: `make demo` and `make test`. Each sets itself up (venv, pinned installs, npm ci).
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
export PATH := $(BIN):$(PATH)

.PHONY: demo test bench generate check-generated lint typecheck pytest import-spec fidelity drift clean

$(VENV)/.installed: requirements/dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The spec importer's node tools (typescript, yaml, openapi-typescript), pinned by its own lockfile.
IMPORT_SPEC := scripts/import_spec
$(IMPORT_SPEC)/node_modules/.package-lock.json: $(IMPORT_SPEC)/package.json $(IMPORT_SPEC)/package-lock.json
	cd $(IMPORT_SPEC) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

demo: $(VENV)/.installed node_modules/.installed
	$(BIN)/python scripts/mock_server.py -- sh -c \
		'$(BIN)/python examples/get_message.py && echo && $(BIN)/python examples/chats_and_send.py'

test: lint typecheck check-generated pytest

# Benchmarks (not tests): their own venv adds the baselines (pydantic, datamodel-code-generator).
BENCH_VENV := bench/.venv
$(BENCH_VENV)/.installed: bench/requirements.txt pyproject.toml
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

bench: $(VENV)/.installed $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python bench/run.py

generate: $(VENV)/.installed
	$(BIN)/python scripts/generate.py --out generated

check-generated: $(VENV)/.installed
	@rm -rf build/check-generated && mkdir -p build/check-generated
	$(BIN)/python scripts/generate.py --out build/check-generated
	@diff -ru -x __pycache__ generated build/check-generated || { echo "generated/ is stale: run make generate and commit it" >&2; exit 1; }

# generated/ is checked with the generator's own isolated settings (scripts/generate.py formats it with them).
GENERATED_RUFF := --isolated --no-cache --line-length 120 --target-version py311
lint: $(VENV)/.installed
	$(BIN)/ruff check overrides/periskope scripts tests examples bench
	$(BIN)/ruff format --check overrides/periskope scripts tests examples bench
	$(BIN)/ruff check $(GENERATED_RUFF) --select E,F,W,I,UP,B --ignore E501 generated
	$(BIN)/ruff format $(GENERATED_RUFF) --check generated

typecheck: $(VENV)/.installed
	$(BIN)/mypy --strict overrides/periskope generated/periskope_api

pytest: $(VENV)/.installed node_modules/.installed $(IMPORT_SPEC)/node_modules/.package-lock.json
	$(BIN)/python -m pytest

# Rebuild openapi/periskope.yaml (+ lock) from @periskope/periskope-client@$(VERSION) and ../shared/seed.
VERSION ?= 1.1.3
import-spec: $(VENV)/.installed $(IMPORT_SPEC)/node_modules/.package-lock.json
	$(BIN)/python $(IMPORT_SPEC)/import_spec.py --version $(VERSION) \
		--out openapi/periskope.yaml --lock openapi/periskope.lock.json

# Round trip through openapi-typescript; fails only on a mismatch not in fidelity_expected.json.
fidelity: import-spec
	$(BIN)/python $(IMPORT_SPEC)/fidelity.py openapi/periskope.yaml \
		--input-dir build/import_spec/sdk-$(VERSION)/node_modules

# make drift FROM=1.1.1 TO=1.1.3 (SDK versions or OpenAPI YAML paths); exits 1 when a change breaks callers.
FROM ?= 1.1.1
TO ?= 1.1.3
drift: $(VENV)/.installed $(IMPORT_SPEC)/node_modules/.package-lock.json
	$(BIN)/python scripts/drift.py $(FROM) $(TO)

clean:
	rm -rf $(VENV) $(BENCH_VENV) node_modules $(IMPORT_SPEC)/node_modules build
