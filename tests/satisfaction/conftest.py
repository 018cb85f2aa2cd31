"""Fixtures of the satisfaction tests; dossiers and officials are the shared workflow fixtures
(tests/fixtures/workflow.py)."""

import pytest
import zope.event


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
