"""Shared pytest fixtures over the package's plone.app.testing layers (via pytest-plone)."""

from danang.portal.forms.testing import SMTPServer
from danang.portal.forms.testing import use_smtp_server
from danang.portal.testing import FUNCTIONAL_TESTING
from danang.portal.testing import INTEGRATION_TESTING
from plone.testing.zope import Browser
from pytest_plone import fixtures_factory

import os
import pytest
import transaction

pytest_plugins = ["pytest_plone"]

globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)

# Service search (catalogue/testing.py): a layer holding a small published catalogue. Not kept
# for the whole session: its content must not show in other layers' tests. Its tests are classes
# with a `layer` attribute, which zope.pytestlayer groups and keeps the layer up between.
from danang.portal.catalogue.testing import SEARCH_FUNCTIONAL_TESTING  # noqa: E402
from danang.portal.catalogue.testing import SEARCH_INTEGRATION_TESTING  # noqa: E402

globals().update(
    fixtures_factory(
        (
            (SEARCH_FUNCTIONAL_TESTING, "search_functional"),
            (SEARCH_INTEGRATION_TESTING, "search_integration"),
        ),
        keep_session=False,
    )
)


# The dossier server layer (tests/dossier/dossier_server.py): parallel submissions, and the base
# of tests/ereceipt's server layer, so its fixture must be visible to both folders.
import sys  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "dossier"))
from dossier_server import DOSSIER_SERVER_TESTING  # noqa: E402

globals().update(fixtures_factory(((DOSSIER_SERVER_TESTING, "dossier_server"),), keep_session=False))


# Headless Chromium for the end-to-end tests (Playwright driving Debian's chromium).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _no_chromium(reason):
    # CI always installs chromium (make system-deps): a skip there would hide regressions.
    message = f"{reason}: run `make system-deps`"
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def chromium_browser():
    """One headless Chromium launched for the whole session (executable: $CHROMIUM, default
    /usr/bin/chromium); tests use `chromium`, which isolates them from each other.

    Chromium (or the playwright package) missing: the test fails with a hint to run
    `make system-deps` when the CI environment variable is set, as CI always installs it and a
    silent skip would hide regressions; without CI (a developer's machine) it is skipped instead.
    """
    executable = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not os.path.exists(executable):
        _no_chromium(f"Chromium not found at {executable}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _no_chromium("the playwright package is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def chromium(chromium_browser):
    """The session's headless Chromium (a playwright Browser); the contexts and pages a test opens
    are closed after it, so no cookies or pages carry over to the next test."""
    yield chromium_browser
    for context in chromium_browser.contexts:
        context.close()


# A real SMTP server (aiosmtpd on 127.0.0.1) for the tests that check sent mail.
@pytest.fixture
def smtp():
    """A real SMTP server collecting what it receives (`.messages`, `.wait(timeout)`)."""
    with SMTPServer() as server:
        yield server


@pytest.fixture
def smtp_portal(functional, smtp):
    """The functional portal whose MailHost sends to `smtp`, committed so the test server sees it."""
    portal = functional["portal"]
    use_smtp_server(portal, smtp)
    transaction.commit()
    return portal


@pytest.fixture
def browser(functional):
    """A zope.testbrowser on the functional app, raising errors instead of rendering error pages."""
    browser = Browser(functional["app"])
    browser.handleErrors = False
    return browser
