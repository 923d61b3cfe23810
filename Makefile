PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-long bench screenshots lint installer clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
		echo "No display found. ContactWeb is a desktop program; to run it without a screen use:"; \
		echo "    QT_QPA_PLATFORM=offscreen make run      (renders offscreen, nothing visible)"; \
		echo "or start a virtual screen first:  Xvfb :99 & DISPLAY=:99 make run"; \
		echo "The command line works anywhere:  $(BIN)/contactweb --help"; \
	else \
		$(BIN)/python -m contactweb.ui.app.gui_check && $(BIN)/contactweb; \
	fi

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -n 2

# The robustness runs too (thousands of random histories; an hour or more on 2 cores).
test-long: $(STAMP)
	CONTACTWEB_LONG_RUNS=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -n 2 -m slow

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.shared_computer_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.privacy_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.contact_desk_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.backup_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.shell_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.reports_screenshots docs/screenshots

lint: $(STAMP)
	$(BIN)/ruff check .

installer: $(STAMP)
	$(BIN)/pip install --quiet -e ".[build]"
	$(BIN)/pyinstaller --noconfirm build_installer.spec

clean:
	rm -rf $(VENV) build dist
