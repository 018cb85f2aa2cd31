"""Fixtures of the desk tests (data in tests/fixtures/desk_data.py; for transfers and timing, the shared
workflow fixtures in tests/fixtures/workflow.py)."""

from tests.fixtures.desk_data import build_dossiers
from tests.fixtures.desk_data import make_official
from tests.fixtures.desk_data import UNITS
from tests.fixtures.dossier_data import build_catalogue
from tests.fixtures.workflow_people import create_people

import pytest
import transaction


@pytest.fixture
def dossiers(portal):
    """The test dossiers; the test user is an official of both test units."""
    created = build_dossiers(portal)
    make_official(portal, UNITS)
    return created



@pytest.fixture
def site(functional):
    """The functional portal with the workflow tests' catalogue and people, committed (the page
    tests go through a browser)."""
    portal = functional["portal"]
    build_catalogue(portal)
    create_people()
    transaction.commit()
    return portal
