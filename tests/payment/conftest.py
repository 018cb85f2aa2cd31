"""Fixtures of the payment tests: services with fees (dossiers and officials:
tests/fixtures/workflow.py; the ``live`` site: tests/fixtures/payment_live.py)."""

from danang.portal.ereceipt.install import install as ereceipt_install
from danang.portal.payment.install import install as payment_install
from tests.fixtures.payment_data import give_fees

import pytest


@pytest.fixture
def fee_services(portal, services):
    """The test services with fees: "city" (level 4, fees by case), "district" (level 3); the
    payment and e-receipt install steps run as on a new site."""
    give_fees(services)
    payment_install(portal)
    ereceipt_install(portal)
    return services
