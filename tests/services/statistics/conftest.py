"""Fixtures of the @statistics tests: the statistics tests' dossiers (tests/statistics, built
with the dossier and workflow tests' helpers) and their frozen clock."""

import os
import sys

HERE = os.path.dirname(__file__)
for folder in ("dossier", "workflow", "statistics"):
    sys.path.insert(0, os.path.join(HERE, "..", "..", folder))

from statistics_testdata import build_published  # noqa: E402
from statistics_testdata import Clock  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture
def freeze(monkeypatch):
    return Clock(monkeypatch)


@pytest.fixture
def published_dossiers(functional, freeze):
    """The statistics tests' dossiers, committed, their services published."""
    return build_published(functional, freeze)
