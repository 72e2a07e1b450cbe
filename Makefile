# raadsviewer: two commands for a new user, `make run` and `make test`.
# A fresh Debian machine has only Python: this file installs the rest (the Debian libraries Qt
# needs, a virtual environment with the project) and is safe to run again (it skips what is there).

PYTHON     ?= python3
VENV       := .venv
PY         := $(VENV)/bin/python
STAMP      := $(VENV)/.installed
TS_DIR     := resources/translations
QM_FILES   := $(patsubst %.ts,%.qm,$(wildcard $(TS_DIR)/*.ts))
MO_FILES   := $(patsubst %.po,%.mo,$(wildcard $(TS_DIR)/*.po))

# What Qt's widgets need on a bare Debian 12 (see README, "Dependencies"), and PostgreSQL for the
# server half of the tests (a throwaway server the suite starts itself; its pg_dump is what a
# server store's backups use).
APT_PACKAGES := libglib2.0-0 libgl1 libegl1 libfontconfig1 fonts-dejavu-core libdbus-1-3 \
	libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	xvfb xauth binutils postgresql

.PHONY: run test smoke check typecount bench bench-quick bytecode system-deps venv translations lupdate pot screenshots clean

run: system-deps venv translations bytecode
	$(VENV)/bin/raadsviewer

# Runs on SQLite and, for the storage and services tests, also on a throwaway PostgreSQL server
# (skipped with a notice at the end when there is none; RAADSVIEWER_TEST_POSTGRESQL=0 skips it).
test: system-deps venv translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# The real program on the bundled sample, started twice in a row under Xvfb (a first start and the
# fast start after it), closed as a window manager closes it: fails on any error in its log, a
# crash dialog, or an exit status other than 0 (tests/smoke.py).
smoke: system-deps venv translations bytecode
	$(PY) tests/smoke.py

# The gates CI runs before the tests: lint and formatting of the whole tree; the layers as import
# contracts (pyproject.toml, [tool.importlinter]); mypy --strict on everything below the window (the
# window itself is counted by `make typecount`, not gated: PySide's stubs leave too much as Any);
# dead code, with the names vulture cannot see used in .ci/vulture_allow.py.
TYPED := raadsviewer/domain raadsviewer/formats raadsviewer/export raadsviewer/services raadsviewer/storage
check: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy $(TYPED)
	$(VENV)/bin/vulture raadsviewer tests .ci/vulture_allow.py --exclude raadsviewer/storage/migrations/versions --min-confidence 60

typecount: venv
	-$(VENV)/bin/mypy raadsviewer/ui raadsviewer/cli.py | tail -1

# How the program's costs grow with the dossier: every figure of issue 16 as a curve over sizes,
# program and baseline interleaved (tests/bench/); search and merge also on a throwaway PostgreSQL
# server started for the run (skipped, with the reason, where none starts). The table goes to the screen and to
# build/bench.md (with build/bench.json); exit status 1 when a target is missed. The large stores
# are generated on the first run and kept in .bench/. `make bench-quick` (under two minutes once
# the stores exist) measures the smallest sizes: run it before a commit that touches a hot path.
bench: system-deps venv translations bytecode
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench

bench-quick: system-deps venv translations bytecode
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench --quick --out build/bench-quick.md

# The project is installed editable, so Python compiles its modules when they are first imported;
# with PYTHONDONTWRITEBYTECODE set it would do so at every start. Compiled here, as pip does for
# an installed package and PyInstaller for the bundle. Quick when nothing changed.
bytecode: venv
	$(PY) -m compileall -q -j 0 raadsviewer >/dev/null

# Screenshots for the README: the sample dossier with a few factions' annotations, Dutch and English.
DEMO_DB := build/demo.sqlite
RV      := QT_QPA_PLATFORM=offscreen $(VENV)/bin/raadsviewer --db $(DEMO_DB)
RV_MEMBER := QT_QPA_PLATFORM=offscreen $(VENV)/bin/raadsviewer --db build/demo-member.sqlite
screenshots: system-deps venv translations
	rm -f $(DEMO_DB) && mkdir -p build resources/screenshots
	$(RV) owner --griffie
	$(RV) import resources/samples/zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt --role framework --dossier "Inkoopkader Jeugdhulp 2022 e.v."
	$(RV) import resources/samples/werkgroep-jeugd-overdenkingen-inkoopkader-2020.txt --role background
	$(RV) import resources/samples/dgj-stand-van-zaken-inkoop-jeugdhulp-2021.txt --role background
	$(RV) faction add GroenLinks --seats 6 --colour "#009e73"
	$(RV) faction add VVD --seats 7 --colour "#0072b2"
	$(RV) faction add CDA --seats 4 --colour "#e69f00"
	$(RV) annotate --principle 7 --faction GroenLinks --member "Anna de Vries" --stance zorg --visibility griffie --text "De toegang moet **onafhankelijk** blijven van de SOJ; zie ook het advies van de Werkgroep."
	$(RV) annotate --principle 7 --faction VVD --member "Piet Jansen" --stance vraag --visibility griffie --text "Wat kost het versterken van de toegang, en wie betaalt het?"
	$(RV) annotate --principle 7 --faction CDA --member "Mirjam Bakker" --stance steun --visibility griffie --text "Eens: dit is het belangrijkste uitgangspunt." --quote "Versterken toegangstaak"
	$(RV) annotate --principle 3 --faction VVD --member "Piet Jansen" --stance steun --visibility griffie --text "Minder aanbieders, met behoud van keuzevrijheid."
	$(RV) annotate --principle 3 --faction GroenLinks --member "Anna de Vries" --stance bezwaar --visibility griffie --text "Keuzevrijheid van ouders mag niet inleveren."
	$(RV) annotate --principle 10 --faction CDA --member "Mirjam Bakker" --stance steun --visibility griffie --text "Harmonisatie van systemen graag."
	$(RV) amend --principle 7 --faction GroenLinks --member "Anna de Vries" --operation vervangen --old "Versterken toegangstaak" --new "Versterken van een onafhankelijke toegangstaak, met ervaringsdeskundigen" --title "Onafhankelijke toegang" --rationale "De Werkgroep Jeugd noemt dit *het meest essentiële* uitgangspunt." --cosign CDA
	$(RV) set-status A1 ingediend
	$(RV) amend --principle 12 --faction VVD --member "Piet Jansen" --operation toevoegen --new "Aanbieders maken hun winst en overhead jaarlijks openbaar." --title "Transparante aanbieders"
	$(RV) amend --principle 10 --faction CDA --member "Mirjam Bakker" --operation vervangen --old "Beperken administratieve lasten" --new "Halveren administratieve lasten" --title "Halveren" --cosign VVD GroenLinks
	$(RV) set-status A3 ingediend
	$(RV) set-status A3 aangenomen --votes GroenLinks=voor VVD=voor CDA=voor
	$(RV) screenshot resources/screenshots/main-nl.png --principle 7 --lang nl
	$(RV) screenshot resources/screenshots/main-en.png --principle 7 --lang en
	$(RV) screenshot resources/screenshots/amendments-nl.png --principle 7 --lang nl --view amendments
	cp $(DEMO_DB) build/demo-member.sqlite  # the amendment editor is a member's: the same dossier on her laptop
	$(RV_MEMBER) owner --faction GroenLinks --member "Anna de Vries"
	$(RV_MEMBER) screenshot resources/screenshots/editor-nl.png --principle 7 --lang nl --view editor
	$(RV_MEMBER) screenshot resources/screenshots/editor-en.png --principle 7 --lang en --view editor
	$(RV) screenshot resources/screenshots/principles-nl.png --principle 7 --lang nl --view principles
	$(RV) screenshot resources/screenshots/principles-en.png --principle 7 --lang en --view principles
	$(RV) screenshot resources/screenshots/draft-nl.png --principle 7 --lang nl --view draft
	$(RV) screenshot resources/screenshots/draft-en.png --principle 7 --lang en --view draft

# Installs only what is missing; as root with apt-get it installs, otherwise it prints the command.
system-deps:
	@missing=""; \
	if command -v dpkg-query >/dev/null 2>&1; then \
	  for p in $(APT_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	  done; \
	  if ! $(PYTHON) -c "import ensurepip, venv" >/dev/null 2>&1; then \
	    missing="$$missing python3-venv"; \
	  fi; \
	fi; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages (Qt; PostgreSQL for the tests):$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "raadsviewer needs these Debian packages (Qt; PostgreSQL for the server half of the tests)."; \
	    echo "Install them with:"; \
	    echo "  sudo apt-get install$$missing"; \
	  fi; \
	fi

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

translations: $(STAMP) $(QM_FILES) $(MO_FILES)

%.qm: %.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# The words outside Qt (raadsviewer/words.py): gettext catalogues compiled by Babel. The .mo files
# are committed beside the .qm files, so an install from the tree has them without make.
%.mo: %.po $(STAMP)
	$(VENV)/bin/pybabel -q compile -i $< -o $@

# Refresh raadsviewer_en.po from the texts marked N_ in the code (then translate the new entries;
# raadsviewer_nl.po holds only argparse's own words and is edited by hand).
pot: $(STAMP)
	mkdir -p build
	$(VENV)/bin/pybabel -q extract --no-default-keywords -k N_ --no-location --sort-by-file -o build/raadsviewer.pot raadsviewer
	$(VENV)/bin/pybabel -q update -i build/raadsviewer.pot -o $(TS_DIR)/raadsviewer_en.po -l en --no-fuzzy-matching --ignore-obsolete

# Refresh the .ts sources from the code (then translate in Qt Linguist: pyside6-linguist).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find raadsviewer/ui -name '*.py') -ts $(TS_DIR)/raadsviewer_nl.ts $(TS_DIR)/raadsviewer_en.ts -no-obsolete

# The desktop bundle for the machine this runs on (installers/README.md): PyInstaller onedir in
# dist/raadsviewer, then on Linux dist/raadsviewer-<version>-linux-<arch>.tar.gz (with the .desktop
# file, MIME type and icons), on macOS dist/raadsviewer.app and a .dmg. `make bundle-test` runs the
# built program headless (screenshot, exports, store upgrade) and reports its size and start-up time.
# The bundle is built in its own environment, installed only from the lock file (exact versions,
# every file's hash checked): what ships is what was tested, whatever PyPI holds on the day. The lock
# is per platform and Python (secretstorage on Linux, pywin32-ctypes on Windows); `make lock` writes
# the one for this machine from pyproject.toml.
BUNDLE_VENV  := .venv-bundle
BUNDLE_STAMP := $(BUNDLE_VENV)/.installed
BUNDLE_DIR   := dist/raadsviewer
LOCK_PLATFORM := $(shell $(PYTHON) -c "import platform,sys; print(f'{sys.platform}-{platform.machine().lower()}-py{sys.version_info[0]}.{sys.version_info[1]}')")
LOCK         := installers/lock/$(LOCK_PLATFORM).txt
.PHONY: bundle bundle-test bundle-deps icons templates lock

bundle-deps: $(BUNDLE_STAMP)

$(BUNDLE_STAMP): $(LOCK)
	test -x $(BUNDLE_VENV)/bin/python || $(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_VENV)/bin/python -m pip install -q --require-hashes --no-deps -r $(LOCK)
	touch $(BUNDLE_STAMP)

$(LOCK):
	@echo "No lock file for this platform ($(LOCK)): run 'make lock' and commit it."; exit 1

lock:
	test -x build/lock-tools/bin/pip-compile || ($(PYTHON) -m venv build/lock-tools && build/lock-tools/bin/pip install -q pip-tools)
	mkdir -p installers/lock
	CUSTOM_COMPILE_COMMAND="make lock" build/lock-tools/bin/pip-compile -q --generate-hashes --allow-unsafe \
	  --extra bundle --strip-extras --no-emit-index-url --no-emit-find-links -o $(LOCK) pyproject.toml

bundle: system-deps venv translations $(BUNDLE_STAMP)
	@start=$$(date +%s); \
	PYTHONPATH=$(CURDIR) $(BUNDLE_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller installers/raadsviewer.spec && \
	case "$$(uname -s)" in \
	  Linux) sh installers/linux/make_tarball.sh ;; \
	  Darwin) sh installers/macos/make_dmg.sh ;; \
	esac && \
	echo "make bundle: $$(( $$(date +%s) - start )) s; $(BUNDLE_DIR) is $$(du -sh $(BUNDLE_DIR) | cut -f1)"

# Tests what `make bundle` built (it does not rebuild): run `make bundle` first.
bundle-test: system-deps venv
	QT_QPA_PLATFORM=offscreen $(PY) tests/end_to_end/test_bundle.py $(BUNDLE_DIR)

# Re-make the default letter template resources/templates/zienswijze.docx (a committed output).
templates: $(STAMP)
	$(PY) resources/templates/make_templates.py

# Re-render the icon files in resources/icons from resources/icons/raadsviewer.svg (committed outputs).
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) installers/make_icons.py

clean:
	rm -rf $(VENV) $(BUNDLE_VENV) build dist *.egg-info $(TS_DIR)/*.qm .pytest_cache
