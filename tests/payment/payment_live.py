"""The ``live`` fixture: the functional site behind its real WSGI server, with services that
have fees, officials and citizens (used by tests/payment and tests/e2e)."""

from danang.portal.ereceipt.install import install as ereceipt_install
from danang.portal.payment.install import install as payment_install
from dossier_testdata import build_catalogue
from payment_testdata import give_fees
from workflow_people import create_people

import pytest
import transaction


@pytest.fixture
def live(functional):
    """The functional site (served by a real WSGI server on 127.0.0.1) with the test services
    (with fees), officials and citizens, committed so that the server's threads see them."""
    portal = functional["portal"]
    services = build_catalogue(portal)
    give_fees(services)
    create_people()
    payment_install(portal)
    ereceipt_install(portal)
    # A server error shows in the test's captured log, with its traceback.
    portal.error_log.setProperties(20, True, ())
    transaction.commit()
    return {
        "portal": portal,
        "services": services,
        "base": f"http://{functional['host']}:{functional['port']}/plone",
    }
