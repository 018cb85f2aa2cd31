# Da Nang online public-services portal. `make start` and `make test` do all set-up.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8080
# Loopback by default; set HOST=0.0.0.0 behind a firewall or reverse proxy to serve others.
HOST ?= 127.0.0.1
# PRODUCTION=1: zope.conf marks the instance as the city's production server (no sandbox
# payment, docs/security.md); unset, `make start` is a development instance with the sandbox on.
PRODUCTION ?=
INSTANCE := $(abspath instance)
ZCONF := instance/etc/zope.conf
# Debian packages the tests need: a real browser for end-to-end tests, fonts with Vietnamese glyphs,
# the load balancer and the caching proxy of the cluster (make cluster, tests/cluster).
DEB_PACKAGES := chromium fonts-dejavu-core haproxy varnish
# The test OpenID Connect provider (npm's oidc-provider, pinned by its package-lock.json).
OIDC_PROVIDER := tests/fixtures/oidc_provider
# The npm packages of the tests (@plone/client, tests/services/test_plone_client.py), from their lock.
JS_CLIENT := tests/services/plone_client
STAMP := $(VENV)/.installed
# Node.js and npm, for the tests' npm packages (axe-core, the OpenID Connect provider of the VNeID
# sign-in tests, @plone/client): Debian's, unless the machine already has an npm (a Node.js of its own brings one; Debian's npm would conflict with it).
NODE_PACKAGES := nodejs npm
# The browser tests' npm packages, pinned by their lock (tests/e2e/js/package-lock.json).
E2E_JS := tests/e2e/js
E2E_JS_STAMP := $(E2E_JS)/node_modules/.package-lock.json

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
	    -e 's#@DEBUG_MODE@#$(if $(DEBUG),on,off)#g' -e 's#@PRODUCTION@#$(if $(PRODUCTION),on,off)#g' $< > $@

instance/etc/site.zcml: instance/site.zcml
	@mkdir -p instance/etc
	cp $< $@

.PHONY: instance
instance: instance/etc/zope.conf instance/etc/site.zcml ## Write the instance configuration from its templates
	@# zope.ini and zope.conf carry the port, host and PRODUCTION: rewrite them whenever these may
	@# have changed.
	@rm -f instance/etc/zope.ini instance/etc/zope.conf && $(MAKE) --no-print-directory instance/etc/zope.ini instance/etc/zope.conf

.PHONY: site
site: install instance ## Create the site "danang" with the city's data unless it exists
	$(BIN)/danang-site --zope-conf $(ZCONF) --answers profiles/site.json ensure $(if $(PRODUCTION),,--development)
	@touch $(SITE_STAMP)

.PHONY: load
load: install instance ## Reload the city's data into the existing site (updates in place)
	$(BIN)/danang-site --zope-conf $(ZCONF) --answers profiles/site.json load

# Written once the site exists, so a warm start boots Zope once instead of twice.
SITE_STAMP := instance/var/.site-created

# A newer profile version (after a pull) makes `make start` run `site` again: it upgrades the site.
$(SITE_STAMP): src/danang.portal/danang/portal/profiles/default/metadata.xml | $(STAMP)
	$(MAKE) --no-print-directory site

.PHONY: start
start: install instance $(SITE_STAMP) ## Build everything that is missing and serve http://localhost:$(PORT)/danang
	@echo "Serving http://localhost:$(PORT)/danang (Ctrl-C or make stop stops)"
	@# The logs hold addresses and URLs: readable by the service's user and group only.
	umask 027 && chmod -R o-rwx instance/var/log && $(BIN)/python -m danang.portal.cli.serve instance/etc/zope.ini

# The pid file of the running instance (Zope's default: clienthome/Z4.pid).
PIDFILE := instance/var/Z4.pid

.PHONY: stop
stop: ## Stop the instance started by make start (closes the database: the next start reads its index)
	@if [ ! -s $(PIDFILE) ] || ! kill -0 $$(cat $(PIDFILE)) 2>/dev/null; then echo "No instance running."; exit 0; fi; \
	pid=$$(cat $(PIDFILE)); kill -TERM $$pid; \
	for i in $$(seq 120); do kill -0 $$pid 2>/dev/null || { echo "Instance $$pid stopped."; exit 0; }; sleep 0.5; done; \
	echo "Instance $$pid did not stop within 60 s"; exit 1

.PHONY: system-deps
system-deps: ## Install the Debian packages the tests use (as root, or with sudo)
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v npm >/dev/null 2>&1 || missing="$$missing $(NODE_PACKAGES)"; \
	if [ -n "$$missing" ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(OIDC_PROVIDER)/node_modules/.package-lock.json: $(OIDC_PROVIDER)/package-lock.json
	npm ci --prefix $(OIDC_PROVIDER) --no-audit --no-fund
	@touch $@

$(E2E_JS_STAMP): $(E2E_JS)/package.json $(E2E_JS)/package-lock.json
	cd $(E2E_JS) && npm ci --ignore-scripts --no-audit --no-fund
	@touch $@

$(JS_CLIENT)/node_modules/.package-lock.json: $(JS_CLIENT)/package-lock.json
	npm ci --prefix $(JS_CLIENT) --no-audit --no-fund --loglevel=error
	@touch $@

.PHONY: e2e-js
e2e-js: system-deps $(E2E_JS_STAMP) ## Install the browser tests' npm packages (axe-core) from their lock

.PHONY: test-deps
test-deps: system-deps e2e-js $(OIDC_PROVIDER)/node_modules/.package-lock.json $(JS_CLIENT)/node_modules/.package-lock.json ## Install the tests' npm packages (axe-core, oidc-provider, @plone/client) from their lock files
# The cluster (docs/deployment.md): INSTANCES Zope instances on the PostgreSQL database
# CLUSTER_DB (RelStorage), HAProxy and Varnish; ports from CLUSTER_PORT (Varnish, the address to
# visit), HAProxy +1, its statistics +2, instances +5...
INSTANCES ?= 2
CLUSTER_PORT ?= 8300
CLUSTER_DB ?= danang_cluster
CLUSTER := $(BIN)/python -m danang.portal.cli.cluster --instances $(INSTANCES) --base-port $(CLUSTER_PORT) --database $(CLUSTER_DB)
# A private PostgreSQL when none answers on 127.0.0.1:5432 (Debian's server, trust on the loopback).
PG_PORT ?= 5432
PG_PRIVATE ?= /var/lib/postgresql/danang-portal

.PHONY: postgres
postgres: ## Make sure PostgreSQL answers on 127.0.0.1:5432 (else installs Debian's and runs a private cluster)
	@if pg_isready -q -h 127.0.0.1 -p $(PG_PORT) 2>/dev/null; then exit 0; fi; \
	SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	AS_PG=$$( [ "$$(id -u)" = 0 ] && echo "runuser -u postgres --" || echo "sudo -u postgres" ); \
	if ! dpkg -s postgresql >/dev/null 2>&1; then \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends postgresql; \
	fi; \
	pgbin=$$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1); \
	if [ ! -s $(PG_PRIVATE)/PG_VERSION ]; then \
	  $$SUDO install -d -o postgres -g postgres -m 700 $(PG_PRIVATE); \
	  $$AS_PG $$pgbin/initdb -D $(PG_PRIVATE) -U postgres -A trust >/dev/null; \
	fi; \
	$$AS_PG $$pgbin/pg_ctl -D $(PG_PRIVATE) -l $(PG_PRIVATE)/server.log -w \
	  -o "-c listen_addresses=127.0.0.1 -p $(PG_PORT) -k /tmp" start; \
	pg_isready -h 127.0.0.1 -p $(PG_PORT)

.PHONY: cluster
cluster: install system-deps postgres ## Start the cluster: INSTANCES (2) Zope instances on PostgreSQL, HAProxy, Varnish on http://localhost:$(CLUSTER_PORT)/danang
	$(CLUSTER) $(if $(PRODUCTION),--production) start

.PHONY: cluster-stop
cluster-stop: ## Stop the cluster started by make cluster (the database stays)
	$(CLUSTER) stop

.PHONY: cluster-status
cluster-status: ## Which processes of the cluster run
	@$(CLUSTER) status

.PHONY: lint
lint: install ## Check the code with ruff (rules and import order: ruff.toml)
	$(BIN)/ruff check .

.PHONY: test
test: install system-deps test-deps postgres lint ## Check the code, then run the whole test suite
	$(BIN)/pytest $(PYTEST_ARGS)

.PHONY: bench
bench: install system-deps postgres ## Run the benchmarks in bench/
	@for b in bench/search.py bench/dossiers.py bench/statistics_page.py bench/throughput.py bench/signing.py bench/outbox.py bench/cluster.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

.PHONY: sample
sample: install ## Regenerate the sample procedures (data/catalogue/services-sample.json; development tooling)
	$(BIN)/python -m danang.portal.devtools.sample --write

.PHONY: i18n
i18n: install ## Check that every message has Vietnamese and English translations
	$(BIN)/python -m danang.portal.locales.check

.PHONY: i18n-update
i18n-update: install ## Re-extract messages into the .pot and merge new ones into the .po files
	$(BIN)/python -m danang.portal.locales.check --update

.PHONY: lock
lock: ## Re-resolve the lock after changing a dependency (review the diff!)
	rm -rf /tmp/danang-lock && $(PYTHON) -m venv /tmp/danang-lock
	/tmp/danang-lock/bin/pip install -q -c requirements.txt -e 'src/danang.portal[test]'
	(sed -n '1,2p' requirements.txt; /tmp/danang-lock/bin/pip freeze --all --exclude-editable | grep -v '^pip==') > requirements.txt.new
	mv requirements.txt.new requirements.txt

.PHONY: clean
clean: ## Remove the virtualenv and the generated instance configuration (keeps the database)
	rm -rf $(VENV) instance/etc

.PHONY: clean-data
clean-data: ## Delete the database: the next start recreates the site and its data
	rm -rf instance/var

# zc.buildout, the alternative install (buildout.cfg), in its own venv so that .venv stays as it is.
# Same pins: the lock becomes .buildout/versions.cfg at every change of requirements.txt; the tool's
# own pins (zc.buildout, recipes, pip) are in buildout.cfg [versions].
BUILDOUT_VENV := .venv-buildout
BUILDOUT_TOOLS := pip setuptools wheel packaging platformdirs zc.buildout
BUILDOUT_CHECK := .buildout/check

.buildout:
	mkdir -p $@

# [versions] pins every package of the lock; [lock] eggs lists them for the test runner part
# (setuptools, wheel: the buildout venv provides them).
.buildout/versions.cfg: requirements.txt | .buildout
	{ echo "# Written by make from requirements.txt: edit the lock, not this file."; echo "[versions]"; \
	  sed -n -E 's/^([A-Za-z0-9._-]+)==([^ ;#]+).*$$/\1 = \2/p' requirements.txt; \
	  echo "[lock]"; echo "eggs ="; \
	  sed -n -E 's/^([A-Za-z0-9._-]+)==.*$$/    \1/p' requirements.txt | grep -v -x -E '    (setuptools|wheel)'; } > $@

.buildout/constraints.txt: requirements.txt buildout.cfg | .buildout
	{ grep -E '^[A-Za-z0-9]' requirements.txt; \
	  awk '/^\[/ { s = ($$1 == "[versions]") } s && /^[A-Za-z0-9]/ && $$2 == "=" { print $$1 "==" $$3 }' buildout.cfg; } > $@

$(BUILDOUT_VENV)/.installed: .buildout/constraints.txt
	@test -x $(BUILDOUT_VENV)/bin/python || $(PYTHON) -m venv $(BUILDOUT_VENV)
	$(BUILDOUT_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -c .buildout/constraints.txt $(BUILDOUT_TOOLS)
	$(BUILDOUT_VENV)/bin/python -m pip check
	@touch $@

.PHONY: buildout
buildout: $(BUILDOUT_VENV)/.installed .buildout/versions.cfg ## Build the zc.buildout install (bin/instance, bin/pytest) with the lock's pins
	@test -n "$${ADMIN_PASSWORD:-}" || echo "WARNING: the instance's admin password is 'admin'; set ADMIN_PASSWORD for anything but a local trial."
	$(BUILDOUT_VENV)/bin/buildout -N -c buildout.cfg "instance:user=admin:$${ADMIN_PASSWORD:-admin}" $(BUILDOUT_ARGS)

# Run by `make buildout-check` in the instance's own interpreter, as `bin/instance run` would.
define BUILDOUT_CHECK_PY
"""Written by `make buildout-check` from the Makefile: edit it there.

Opens the buildout instance's Zope app from a copy of its configuration, checks that every
distribution of the lock it loads has the lock's version, and creates the site the way
`danang-site ensure` does (without the city's data) in the check's throw-away database."""

import os
import sys
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version
from pathlib import Path

from AuthEncoding import pw_validate
from plone.recipe.zope2instance.make import write_inituser

zope_conf = Path(sys.argv[1])
password = os.environ.get("ADMIN_PASSWORD") or "admin"

loaded, wrong = 0, []
for line in Path("requirements.txt").read_text().splitlines():
    name, pinned, pin = line.partition("==")
    if not pinned or line.startswith("#"):
        continue
    try:
        found = version(name)
    except PackageNotFoundError:
        continue
    loaded += 1
    if found != pin:
        wrong.append(f"{name} {found} (lock: {pin})")
if wrong:
    sys.exit("buildout-check: versions differ from the lock: " + ", ".join(wrong))
print(f"buildout-check: {loaded} distributions of the lock loaded, each at the lock's version")

import danang.portal

where = Path(danang.portal.__path__[0]).resolve()
if not where.is_relative_to(Path("src/danang.portal").resolve()):
    sys.exit(f"buildout-check: danang.portal comes from {where}, not the develop egg")

# The real instance's inituser (gone once its first start read it) must carry ADMIN_PASSWORD.
inituser = Path("parts/instance/inituser")
if inituser.exists():
    stored = inituser.read_text().strip().split(":", 1)[1]
    if not pw_validate(stored, password):
        sys.exit("buildout-check: parts/instance/inituser does not hold ADMIN_PASSWORD")
# The check's own inituser: Zope deletes the file once read.
write_inituser(str(zope_conf.parent.parent / "inituser"), "admin", password)

import transaction
from AccessControl.SecurityManagement import newSecurityManager
from Testing.makerequest import makerequest
from Zope2.Startup.run import configure_wsgi
from zope.component.hooks import setSite
from zope.globalrequest import setRequest

configure_wsgi(str(zope_conf))
import Zope2

app = makerequest(Zope2.app())
setRequest(app.REQUEST)
admin = app.acl_users.getUserById("admin")
if admin is None:
    sys.exit("buildout-check: no admin user in the new database")
newSecurityManager(None, admin.__of__(app.acl_users))

from danang.portal.cli.site import ensure_site
from danang.portal.cli.site import site_answers

site, created = ensure_site(app, site_answers("profiles/site.json"), with_data=False, progress=False)
folders = sorted(site.contentIds())
setSite(None)
transaction.commit()
print(f"buildout-check: site /{site.getId()} created with danang.portal, folders {folders}")
app._p_jar.close()
endef

.buildout/check.py: Makefile | .buildout
	$(file > $@,$(BUILDOUT_CHECK_PY))

.PHONY: buildout-check
buildout-check: buildout .buildout/check.py ## Build the buildout install, prove that its instance serves the site (slow: not in make test)
	@# A copy of the generated instance with its own database, logs and port: never var/ nor a running instance.
	rm -rf $(BUILDOUT_CHECK) && mkdir -p $(BUILDOUT_CHECK)/var/{log,filestorage,blobstorage,cache,instance} && cp -R parts/instance/etc $(BUILDOUT_CHECK)/etc
	sed -i -e 's#$(CURDIR)/parts/instance#$(CURDIR)/$(BUILDOUT_CHECK)#g' -e 's#$(CURDIR)/var#$(CURDIR)/$(BUILDOUT_CHECK)/var#g' \
	    $(BUILDOUT_CHECK)/etc/zope.conf $(BUILDOUT_CHECK)/etc/wsgi.ini
	! grep -n -e '$(CURDIR)/var' -e '$(CURDIR)/parts' $(BUILDOUT_CHECK)/etc/zope.conf $(BUILDOUT_CHECK)/etc/wsgi.ini
	@set -euo pipefail; export ADMIN_PASSWORD="$${ADMIN_PASSWORD:-admin}"; log=$(BUILDOUT_CHECK)/var/log; \
	parts/instance/bin/interpreter .buildout/check.py $(BUILDOUT_CHECK)/etc/zope.conf > $$log/run.log 2>&1 \
	  || { tail -n 40 $$log/run.log; echo "buildout-check: FAILED, see $$log/run.log"; exit 1; }; \
	grep '^buildout-check:' $$log/run.log; \
	port=$$($(BUILDOUT_VENV)/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'); \
	sed -i -e "s#^fast-listen = .*#fast-listen = 127.0.0.1:$$port#" $(BUILDOUT_CHECK)/etc/wsgi.ini; \
	parts/instance/bin/interpreter -m Zope2.Startup.serve $(BUILDOUT_CHECK)/etc/wsgi.ini > $$log/serve.log 2>&1 & pid=$$!; \
	stop() { kill $$pid 2>/dev/null || return 0; for i in $$(seq 30); do kill -0 $$pid 2>/dev/null || break; sleep 0.5; done; \
	         kill -9 $$pid 2>/dev/null || true; wait $$pid 2>/dev/null || true; }; \
	trap stop EXIT; url=http://127.0.0.1:$$port; \
	for i in $$(seq 120); do curl -s -o /dev/null $$url/ && break; \
	  kill -0 $$pid 2>/dev/null || { tail -n 40 $$log/serve.log; echo "buildout-check: the instance died"; exit 1; }; sleep 1; done; \
	fail() { echo "buildout-check: FAILED: $$1 (logs: $$log)"; exit 1; }; \
	{ curl -fsS -o $$log/root.html $$url/ && grep -q 'Plone' $$log/root.html; } || fail "GET / is not Zope's Plone page"; \
	{ curl -fsS -o $$log/site.html $$url/danang && grep -q 'Đà Nẵng' $$log/site.html; } || fail "GET /danang does not show the portal"; \
	test "$$(curl -s -o /dev/null -w '%{http_code}' $$url/danang/@@overview-controlpanel)" != 200 || fail "anonymous sees the control panel"; \
	curl -fsS -o /dev/null -u "admin:$$ADMIN_PASSWORD" $$url/danang/@@overview-controlpanel || fail "admin cannot log in"; \
	echo "buildout-check: instance served / and /danang on 127.0.0.1:$$port, admin logged in"; \
	stop; trap - EXIT; echo "buildout-check: OK (instance stopped)"
