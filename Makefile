PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-long bench screenshots lint installer clean translations catalogs

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

# The compiled catalogs (.mo for the command line and services, .qm for the widgets, and the
# test pseudo-locales), from the .po and .ts files kept in git; Babel and Qt's lrelease come
# from the virtualenv.
translations: $(STAMP)
	$(BIN)/python -m tools.i18n.catalogs build

# After changing texts in the sources: bring every catalog up to date, then translate what is new.
catalogs: $(STAMP)
	$(BIN)/python -m tools.i18n.catalogs extract

run: translations
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
		echo "No display found. ContactWeb is a desktop program; to run it without a screen use:"; \
		echo "    QT_QPA_PLATFORM=offscreen make run      (renders offscreen, nothing visible)"; \
		echo "or start a virtual screen first:  Xvfb :99 & DISPLAY=:99 make run"; \
		echo "The command line works anywhere:  $(BIN)/contactweb --help"; \
	else \
		$(BIN)/python -m contactweb.ui.app.gui_check && $(BIN)/contactweb; \
	fi

test: translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -n 2

# The robustness runs too (thousands of random histories; an hour or more on 2 cores).
test-long: translations
	CONTACTWEB_LONG_RUNS=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -n 2 -m slow

bench: translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

screenshots: translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.shared_computer_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.privacy_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.contact_desk_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.backup_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.team_mailing_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.shell_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.reports_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.language_screenshots docs/screenshots

lint: $(STAMP)
	$(BIN)/ruff check .

installer: translations
	$(BIN)/pip install --quiet -e ".[build]"
	$(BIN)/pyinstaller --noconfirm build_installer.spec

clean:
	rm -rf $(VENV) build dist
