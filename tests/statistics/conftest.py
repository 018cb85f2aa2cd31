"""Fixtures of the statistics tests: the dossier and workflow tests' helpers, a frozen clock."""

import os
import sys

HERE = os.path.dirname(__file__)
for folder in ("dossier", "workflow"):
    sys.path.insert(0, os.path.join(HERE, "..", folder))

from statistics_testdata import build_dossiers  # noqa: E402
from statistics_testdata import build_published  # noqa: E402
from statistics_testdata import build_services  # noqa: E402
from statistics_testdata import Clock  # noqa: E402
from statistics_testdata import Driver  # noqa: E402

import pytest  # noqa: E402


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
