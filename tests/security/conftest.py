"""Fixtures of the security tests: a site with a citizen's dossier on the real test server."""

from danang.portal.backoff import Backoff
from danang.portal.security import login_throttle
from tests.fixtures import accounts as testing

import pytest
import transaction


@pytest.fixture
def fresh_login_throttle(monkeypatch):
    """A login throttle of the test's own: failures of other tests do not slow this one."""
    backoff = Backoff()
    monkeypatch.setattr(login_throttle, "BACKOFF", backoff)
    return backoff


@pytest.fixture
def dossier_site(functional, fresh_login_throttle):
    """The catalogue, two citizens and a dossier of the first, committed for the test server."""
    portal = functional["portal"]
    service = testing.add_catalogue(portal)
    testing.add_citizen()
    testing.add_citizen(testing.OTHER_CITIZEN)
    dossier = testing.submit_as(service, testing.CITIZEN)
    transaction.commit()
    url = testing.site_url(functional)
    return {
        "portal": portal,
        "service": service,
        "dossier": dossier,
        "url": url,
        "origin": f"http://{functional['host']}:{functional['port']}",
        "path": "/".join(dossier.getPhysicalPath()[2:]),
        "absolute": lambda obj: obj.absolute_url().replace("http://nohost/plone", url),
    }
