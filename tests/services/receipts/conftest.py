"""Fixtures of the @receipts tests: the workflow tests' dossiers and officials (tests/workflow),
a payment as the payment area hands it over (tests/ereceipt), the e-receipt install step."""

import os
import sys

HERE = os.path.dirname(__file__)
for folder in ("workflow", "ereceipt"):
    sys.path.insert(0, os.path.join(HERE, "..", "..", folder))

from danang.portal.ereceipt.install import install  # noqa: E402
from ereceipt_testdata import make_payment  # noqa: E402
from workflow_fixtures import frozen  # noqa: F401,E402
from workflow_fixtures import make_dossier  # noqa: F401,E402
from workflow_fixtures import people  # noqa: F401,E402
from workflow_fixtures import services  # noqa: F401,E402

import pytest  # noqa: E402


@pytest.fixture
def installed(portal):
    """The site with the e-receipt install step run (setuphandlers calls it on a new site)."""
    install(portal)
    return portal


@pytest.fixture
def payment():
    """``payment(**overrides)``: a payment dict as the payment area passes it."""
    return make_payment
