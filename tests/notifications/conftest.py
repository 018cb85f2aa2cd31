"""A functional site (transactions commit) with a real SMTP server on 127.0.0.1 (`smtp`,
`smtp_portal`: tests/conftest.py)."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "dossier"))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "workflow"))

from dossier_testdata import build_catalogue  # noqa: E402

import pytest  # noqa: E402
import transaction  # noqa: E402


@pytest.fixture
def portal(smtp_portal):
    return smtp_portal


@pytest.fixture
def services(portal):
    services = build_catalogue(portal)
    transaction.commit()
    return services
