"""Fixtures of the e-receipt tests: a payment as the payment area hands it over, and the
e-receipt install step (dossiers and officials: tests/fixtures/workflow.py)."""

from danang.portal.ereceipt.install import install
from ereceipt_testdata import make_payment

import pytest


@pytest.fixture
def installed(portal):
    """The site with the e-receipt install step run (setuphandlers calls it on a new site)."""
    install(portal)
    return portal


@pytest.fixture
def payment():
    """``payment(**overrides)``: a payment dict as the payment area passes it."""
    return make_payment
