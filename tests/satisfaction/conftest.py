"""The satisfaction tests use the workflow tests' dossiers and officials (tests/workflow)."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "workflow"))

from workflow_fixtures import frozen  # noqa: F401,E402
from workflow_fixtures import make_dossier  # noqa: F401,E402
from workflow_fixtures import people  # noqa: F401,E402
from workflow_fixtures import services  # noqa: F401,E402

import pytest  # noqa: E402
import zope.event  # noqa: E402


@pytest.fixture
def rated_events():
    """The DossierRated events fired during the test."""
    from danang.portal.satisfaction.events import IDossierRated

    seen = []

    def collect(event):
        if IDossierRated.providedBy(event):
            seen.append(event)

    zope.event.subscribers.append(collect)
    yield seen
    zope.event.subscribers.remove(collect)
