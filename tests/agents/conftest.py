"""Fixtures of the agents' tests: the small catalogue with its e-form, the people, the agents."""

from agent_people import create_accounts
from agent_people import register
from danang.portal.agents.install import install
from danang.portal.lookup.throttle import BACKOFF
from tests.fixtures import accounts as account_testing

import pytest
import transaction


@pytest.fixture
def site(functional):
    """The functional portal with the agents' register installed, the Hải Châu service and its
    e-form, the people and both agents registered (active); committed for the test server."""
    BACKOFF.reset()
    portal = functional["portal"]
    install(portal)
    service = account_testing.add_catalogue(portal)
    create_accounts()
    agents = {user_id: register(portal, user_id) for user_id in ("buudien-hc", "daily-tk")}
    transaction.commit()
    yield {
        "portal": portal,
        "service": service,
        "agents": agents,
        "url": account_testing.site_url(functional),
        "app": functional["app"],
    }
    BACKOFF.reset()
