# Set-up and everyday commands. `make run` starts the GUI, `make test` runs every test.
# Each target creates .venv and installs the project with its extras when needed.

PYTHON ?= $(shell scripts/find-python)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(patsubst resources/i18n/%.ts,crm_desktop/resources/i18n/%.qm,$(TS))

.PHONY: run test install translations lupdate lint bench bench-quick migration clean bundle

run: install
	$(BIN)/crm-desktop $(ARGS)

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

install: $(STAMP) translations

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "No suitable Python found"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(QM)

crm_desktop/resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	@mkdir -p $(dir $@)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Re-scan the sources for tr() strings after adding or changing user-visible text.
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none \
		$$(find crm_desktop -name '*.py' | sort) -ts $(TS)

lint: install
	$(BIN)/ruff check crm_desktop tests benchmarks
	$(BIN)/mypy crm_desktop

bench: install
	$(BIN)/python benchmarks/run.py $(ARGS)

bench-quick: install
	$(BIN)/python benchmarks/run.py --quick $(ARGS)

# Autogenerate a dated Alembic revision from the models: make migration MSG="add x to y"
migration: $(STAMP)
	$(BIN)/python scripts/new_migration.py "$(MSG)"

# The one-folder bundle of crm-desktop and crm-admin for this OS, plus a tarball on Linux
# (installer/build.py; docs/INSTALL.md). Smoke-test it with installer/smoke.sh.
bundle: install
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/python installer/build.py $(ARGS)

clean:
	rm -rf $(VENV) crm_desktop/resources/i18n/*.qm build dist *.egg-info
