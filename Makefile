# The two commands: `make demo` and `make test`. Everything else is a step they use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
QM     := $(patsubst %.ts,%.qm,$(wildcard translations/*.ts))
UI_SOURCES := $(wildcard ui/*.py ui/screens/*.py ui/widgets/*.py)

.PHONY: demo test test-fast bench lint dist translations update-translations update-backend-translations screenshots lock clean

# The virtual environment, from pyproject.toml with every version pinned by constraints.txt.
$(STAMP): pyproject.toml constraints.txt
	scripts/system-deps.sh venv
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $@

# Compiled translations are build output (.gitignore'd), rebuilt when their .ts is newer.
translations/%.qm: translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing UI strings: refresh the .ts files (then translate the new entries).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -no-obsolete -ts $(wildcard translations/*.ts)

# After changing backend strings: refresh the mail and page catalogues (then translate the new entries).
update-backend-translations: $(STAMP)
	$(BIN)/pybabel extract --no-location --sort-output -w 120 -F backend/babel.cfg -o backend/locales/messages.pot --project "Showroom onboarding" backend
	for lang in sv nl de; do \
	  if [ -f backend/locales/$$lang/LC_MESSAGES/messages.po ]; then \
	    $(BIN)/pybabel update --no-fuzzy-matching --ignore-obsolete -w 120 -i backend/locales/messages.pot -d backend/locales -l $$lang; \
	  else $(BIN)/pybabel init -i backend/locales/messages.pot -d backend/locales -l $$lang; fi; done

demo: $(STAMP) translations
	scripts/system-deps.sh gui
	$(BIN)/python scripts/demo.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: $(STAMP) translations lint
	scripts/system-deps.sh gui test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Everything but the frozen-app build, for a quick loop while working.
test-fast: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not frozen"

# Speed and memory, as ratios against baselines measured in the same run (PostgreSQL for the backend;
# the kiosk window offscreen, which needs the GUI libraries).
bench: $(STAMP) translations
	scripts/system-deps.sh bench gui
	$(BIN)/python -m bench

dist: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec

screenshots: $(STAMP) translations
	$(BIN)/python scripts/screenshots.py docs/screenshots

# Re-resolve the newest versions pyproject.toml allows and pin them.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet -e '.[dev]'
	.lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^showroom-kiosk' > constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) build dist translations/*.qm .mypy_cache .ruff_cache .pytest_cache
