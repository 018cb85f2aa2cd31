"""Fixtures of the submission-form tests (helpers live in tests/fixtures/forms.py)."""

from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from tests.fixtures.forms import make_service

import pytest


@pytest.fixture
def make(portal):
    """Factory of services in the test portal: make(code=..., **fields)."""
    return lambda code="1.009130", **fields: make_service(portal, code, **fields)


@pytest.fixture
def manager(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return portal
