"""Fixtures of the desk tests (data in tests/fixtures/desk_data.py; for transfers and timing, the shared
workflow fixtures in tests/fixtures/workflow.py)."""

from tests.fixtures.desk_data import build_dossiers
from tests.fixtures.desk_data import make_official
from tests.fixtures.desk_data import UNITS

import pytest


@pytest.fixture
def dossiers(portal):
    """The test dossiers; the test user is an official of both test units."""
    created = build_dossiers(portal)
    make_official(portal, UNITS)
    return created

