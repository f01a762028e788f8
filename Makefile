# The two commands of the README. Both create the virtual environment on first use.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test test-fast quality system-deps

# What the tests run besides Python, as the README's commands do: a real redis-server (distributed
# crawls), GNU parallel (the CC-NEWS jobs) and curl (scrapyd, CC-NEWS). Debian packages of the same
# names, installed once (as root) when missing.
SYSTEM_TOOLS := redis-server parallel curl

system-deps:
	@missing=$$(for tool in $(SYSTEM_TOOLS); do command -v $$tool >/dev/null || echo $$tool; done); \
	[ -z "$$missing" ] || (apt-get update -q && apt-get install -y -q $$missing)

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/harvester crawl demo

# Two workers, each test file on one of them (its module fixtures, servers and corpus reads shared);
# the suite's tests start their servers on free ports and write under their own temporary directories.
test: system-deps $(STAMP)
	$(PY) -m pytest -q -n 2 --dist loadfile

test-fast: system-deps $(STAMP)
	$(PY) -m pytest -q -m "not slow"

# Extraction quality on the whole corpus (../shared/corpus) against the committed floor.
quality: $(STAMP)
	$(VENV)/bin/harvester evaluate --jobs 2 --baseline evaluation/baseline.json
