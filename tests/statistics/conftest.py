"""Fixtures of the statistics tests: the dossier and workflow tests' helpers, a frozen clock."""

from tests.fixtures.statistics_data import build_dossiers
from tests.fixtures.statistics_data import build_published
from tests.fixtures.statistics_data import build_services
from tests.fixtures.statistics_data import Clock
from tests.fixtures.statistics_data import Driver

import pytest


@pytest.fixture
def freeze(monkeypatch):
    return Clock(monkeypatch)


@pytest.fixture
def driver(portal, freeze):
    return Driver(portal, build_services(portal), freeze)


@pytest.fixture
def dossiers(driver):
    return build_dossiers(driver)


@pytest.fixture
def published_dossiers(functional, freeze):
    """The same dossiers in the functional site, committed (a real server and browsers see them);
    the services published, as visitors see them."""
    return build_published(functional, freeze)
