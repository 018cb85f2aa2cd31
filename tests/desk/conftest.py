"""Fixtures of the desk tests (data in desk_testdata.py; for transfers and timing, the shared
workflow fixtures in tests/fixtures/workflow.py)."""

from desk_testdata import build_dossiers
from desk_testdata import make_official
from desk_testdata import UNITS

import pytest


@pytest.fixture
def dossiers(portal):
    """The test dossiers; the test user is an official of both test units."""
    created = build_dossiers(portal)
    make_official(portal, UNITS)
    return created

