"""Fixtures of the dossier tests (data in dossier_testdata.py, server layer in dossier_server.py)."""

from dossier_server import DOSSIER_SERVER_TESTING
from dossier_testdata import build_catalogue
from pytest_plone import fixtures_factory

import pytest

# The server layer is set up only for the tests that ask for it (keep_session=False).
globals().update(fixtures_factory(((DOSSIER_SERVER_TESTING, "dossier_server"),), keep_session=False))


@pytest.fixture
def services(portal):
    """The test catalogue in the integration site: {"city": Service, "district": ..., "ward": ...}."""
    return build_catalogue(portal)
