"""Fixtures of the submission-form tests (helpers live in danang.portal.forms.testing)."""

from danang.portal.forms.testing import make_service
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID

import pytest


@pytest.fixture
def make(portal):
    """Factory of services in the test portal: make(code=..., **fields)."""
    return lambda code="1.009130", **fields: make_service(portal, code, **fields)


@pytest.fixture
def manager(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return portal
