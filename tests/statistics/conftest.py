"""Fixtures of the statistics tests: the dossier and workflow tests' helpers, a frozen clock."""

from statistics_testdata import build_dossiers
from statistics_testdata import build_services
from statistics_testdata import Clock
from statistics_testdata import Driver

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
    import transaction
    from plone import api

    portal = functional["portal"]
    driver = Driver(portal, build_services(portal), freeze)
    driver.as_manager()
    for service in driver.services.values():
        api.content.transition(service, to_state="published")
    built = build_dossiers(driver)
    transaction.commit()
    return built
