# Da Nang online public-services portal. `make start` and `make test` do all set-up.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8080
HOST ?= 0.0.0.0
INSTANCE := $(abspath instance)
ZCONF := instance/etc/zope.conf
# Debian packages the tests need: a real browser for end-to-end tests, fonts with Vietnamese glyphs.
DEB_PACKAGES := chromium fonts-dejavu-core
STAMP := $(VENV)/.installed

.PHONY: help
help: ## Show the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): requirements.txt src/danang.portal/pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e src/danang.portal
	$(BIN)/python -m pip check
	@touch $@

.PHONY: install
install: $(STAMP) ## Create .venv from the pinned lock and install the add-on

instance/etc/%: instance/%.in Makefile
	@mkdir -p instance/etc instance/var/filestorage instance/var/blobstorage instance/var/log instance/var/cache
	sed -e 's#@INSTANCE@#$(INSTANCE)#g' -e 's#@PORT@#$(PORT)#g' -e 's#@HOST@#$(HOST)#g' \
	    -e 's#@DEBUG_MODE@#$(if $(DEBUG),on,off)#g' $< > $@

instance/etc/site.zcml: instance/site.zcml
	@mkdir -p instance/etc
	cp $< $@

.PHONY: instance
instance: instance/etc/zope.conf instance/etc/site.zcml ## Write the instance configuration from its templates
	@# zope.ini carries the port: rewrite it whenever PORT or HOST may have changed.
	@rm -f instance/etc/zope.ini && $(MAKE) --no-print-directory instance/etc/zope.ini

.PHONY: site
site: install instance ## Create the site "danang" with the city's data unless it exists
	$(BIN)/danang-site --zope-conf $(ZCONF) --answers profiles/site.json ensure

.PHONY: load
load: install instance ## Reload the city's data into the existing site (updates in place)
	$(BIN)/danang-site --zope-conf $(ZCONF) --answers profiles/site.json load

.PHONY: start
start: site ## Build everything that is missing and serve http://localhost:$(PORT)/danang
	@echo "Serving http://localhost:$(PORT)/danang (Ctrl-C stops)"
	$(BIN)/runwsgi instance/etc/zope.ini

.PHONY: system-deps
system-deps: ## Install the Debian packages the tests use (as root, or with sudo)
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

.PHONY: test
test: install system-deps ## Run the whole test suite
	$(BIN)/pytest $(PYTEST_ARGS)

.PHONY: bench
bench: install ## Run the benchmarks in bench/
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

.PHONY: i18n
i18n: install ## Check that every message has Vietnamese and English translations
	$(BIN)/python -m danang.portal.locales.check

.PHONY: lock
lock: ## Re-resolve the lock after changing a dependency (review the diff!)
	rm -rf /tmp/danang-lock && $(PYTHON) -m venv /tmp/danang-lock
	/tmp/danang-lock/bin/pip install -q -c requirements.txt -e src/danang.portal
	(sed -n '1,2p' requirements.txt; /tmp/danang-lock/bin/pip freeze --all --exclude-editable | grep -v '^pip==') > requirements.txt.new
	mv requirements.txt.new requirements.txt

.PHONY: clean
clean: ## Remove the virtualenv and the generated instance configuration (keeps the database)
	rm -rf $(VENV) instance/etc

.PHONY: clean-data
clean-data: ## Delete the database: the next start recreates the site and its data
	rm -rf instance/var
