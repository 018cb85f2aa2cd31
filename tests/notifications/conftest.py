"""A functional site (transactions commit) with a real SMTP server on 127.0.0.1 (`smtp`,
`smtp_portal`: tests/fixtures/mail.py)."""

from tests.fixtures.dossier_data import build_catalogue

import pytest
import transaction


@pytest.fixture
def portal(smtp_portal):
    return smtp_portal


@pytest.fixture
def services(portal):
    services = build_catalogue(portal)
    transaction.commit()
    return services
