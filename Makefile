# Everyday commands. `make demo` and `make test` work on a fresh clone: both create .venv
# when it is missing and install the project with its spaCy model first.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# Re-install only when the dependencies change: the stamp is newer than pyproject.toml.
STAMP := $(VENV)/.onrecord-installed

.PHONY: install demo test check clean-venv

install: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --editable '.[model,test]'
	touch $(STAMP)

DEMO_DB := out/demo.db

# The main job on the bundled sample (the example article and 43 Wikinews articles): extract
# who said what and store it in an embedded SQLite file, then read the record back.
demo: install
	mkdir -p out
	$(BIN)/onrecord ingest sample/ --db $(DEMO_DB)
	$(BIN)/onrecord extract sample/iran-missile-statements.txt --format table
	$(BIN)/onrecord speakers --db $(DEMO_DB) --limit 12
	$(BIN)/onrecord speaker "Donald Trump" --db $(DEMO_DB)

# Lint, types and the layer contract (pyproject.toml), then the tests.
check: install
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy
	$(BIN)/lint-imports

test: check
	$(BIN)/pytest -q

clean-venv:
	rm -rf $(VENV)
