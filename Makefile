# raadsviewer: two commands for a new user, `make run` and `make test`.
# A fresh Debian machine has only Python: this file installs the rest (the Debian libraries Qt
# needs, a virtual environment with the project) and is safe to run again (it skips what is there).

PYTHON     ?= python3
VENV       := .venv
PY         := $(VENV)/bin/python
STAMP      := $(VENV)/.installed
TS_DIR     := resources/translations
QM_FILES   := $(patsubst %.ts,%.qm,$(wildcard $(TS_DIR)/*.ts))

# What Qt's widgets need on a bare Debian 12 (see README, "Dependencies").
APT_PACKAGES := libglib2.0-0 libgl1 libegl1 libfontconfig1 fonts-dejavu-core libdbus-1-3 \
	libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	xvfb xauth binutils

.PHONY: run test bench system-deps venv translations lupdate screenshots clean

run: system-deps venv translations
	$(VENV)/bin/raadsviewer

test: system-deps venv translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: system-deps venv translations
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench.py

screenshots: system-deps venv translations
	mkdir -p screenshots
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/raadsviewer --db screenshots/demo.sqlite screenshot screenshots/main-nl.png --principle 7 --lang nl
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/raadsviewer --db screenshots/demo.sqlite screenshot screenshots/main-en.png --principle 7 --lang en

# Installs only what is missing; as root with apt-get it installs, otherwise it prints the command.
system-deps:
	@missing=""; \
	if command -v dpkg-query >/dev/null 2>&1; then \
	  for p in $(APT_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	  done; \
	fi; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages for Qt:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "Qt needs these Debian packages; install them with:"; \
	    echo "  sudo apt-get install$$missing"; \
	  fi; \
	fi

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

translations: $(STAMP) $(QM_FILES)

%.qm: %.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (then translate in Qt Linguist: pyside6-linguist).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find raadsviewer/ui -name '*.py') -ts $(TS_DIR)/raadsviewer_nl.ts $(TS_DIR)/raadsviewer_en.ts -no-obsolete

clean:
	rm -rf $(VENV) build dist *.egg-info $(TS_DIR)/*.qm .pytest_cache
