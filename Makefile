# The two commands of the README. Both create the virtual environment on first use.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test test-fast quality system-deps

# The distributed-crawl tests start a real redis-server: the Debian package, installed once (as root).
system-deps:
	@command -v redis-server >/dev/null || (apt-get update -q && apt-get install -y -q redis-server)

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/harvester crawl demo

test: system-deps $(STAMP)
	$(PY) -m pytest -q

test-fast: system-deps $(STAMP)
	$(PY) -m pytest -q -m "not slow"

# Extraction quality on the whole corpus (../shared/corpus) against the committed floor.
quality: $(STAMP)
	$(VENV)/bin/harvester evaluate --jobs 2 --baseline evaluation/baseline.json
