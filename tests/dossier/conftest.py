"""Fixtures of the dossier tests (data in dossier_testdata.py, server layer in dossier_server.py)."""

from dossier_testdata import build_catalogue

import pytest

# The server layer's fixture (dossier_server) is in tests/conftest.py: the e-receipt server
# layer builds on it.


@pytest.fixture
def services(portal):
    """The test catalogue in the integration site: {"city": Service, "district": ..., "ward": ...}."""
    return build_catalogue(portal)
