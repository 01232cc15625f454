# The two Quickstart commands: `make demo` runs the main job, `make test` runs the tests.
# Both build their own virtual environment first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install demo test unit lint format bench clean chromium

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# constraints.txt pins a set that pip's resolver otherwise spends many minutes
	# backtracking to (label-studio pins pytz<2023, trafilatura's date parser wants newer).
	$(BIN)/pip install --quiet -c constraints.txt -e ".[test,bench]"
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/annotate demo

# The browser tests drive the system's chromium (Playwright's own download is not used).
chromium:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  else echo "chromium is missing: run 'sudo apt-get install -y chromium' for the browser tests" >&2; fi; }

test: install chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest -m "not integration" -n 2
	$(BIN)/pytest -m integration

# The fast, offline tier alone, on two worker processes (about 3 minutes: benchmarks/RESULTS.md).
unit: install
	$(BIN)/pytest -m "not integration" -n 2

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf build .pytest_cache .ruff_cache
