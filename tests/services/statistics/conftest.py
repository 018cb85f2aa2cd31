"""Fixtures of the @statistics tests: the statistics tests' dossiers (tests/fixtures/statistics_data.py)
and their frozen clock."""

from tests.fixtures.statistics_data import build_published
from tests.fixtures.statistics_data import Clock

import pytest


@pytest.fixture
def freeze(monkeypatch):
    return Clock(monkeypatch)


@pytest.fixture
def published_dossiers(functional, freeze):
    """The statistics tests' dossiers, committed, their services published."""
    return build_published(functional, freeze)
