"""Fixtures of the desk tests (data in desk_testdata.py)."""

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


# The workflow tests' dossiers and officials (tests/workflow), for transfers and timing.
import os  # noqa: E402
import sys  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "workflow"))

from workflow_fixtures import frozen  # noqa: F401,E402
from workflow_fixtures import make_dossier  # noqa: F401,E402
from workflow_fixtures import people  # noqa: F401,E402
from workflow_fixtures import services  # noqa: F401,E402
