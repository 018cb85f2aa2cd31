"""Fixtures of the payment tests: the workflow tests' dossiers and officials, services with fees."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "workflow"))

from workflow_fixtures import frozen  # noqa: F401,E402
from workflow_fixtures import make_dossier  # noqa: F401,E402
from workflow_fixtures import people  # noqa: F401,E402
from workflow_fixtures import services  # noqa: F401,E402
from payment_testdata import give_fees  # noqa: E402
from payment_live import live  # noqa: F401,E402  (shared with tests/e2e)

from danang.portal.ereceipt.install import install as ereceipt_install  # noqa: E402
from danang.portal.payment.install import install as payment_install  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture
def fee_services(portal, services):
    """The test services with fees: "city" (level 4, fees by case), "district" (level 3); the
    payment and e-receipt install steps run as on a new site."""
    give_fees(services)
    payment_install(portal)
    ereceipt_install(portal)
    return services
