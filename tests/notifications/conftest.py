"""A functional site (transactions commit) with a real SMTP server on 127.0.0.1."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "dossier"))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "workflow"))

from danang.portal.forms import testing  # noqa: E402
from dossier_testdata import build_catalogue  # noqa: E402

import pytest  # noqa: E402
import transaction  # noqa: E402


@pytest.fixture
def smtp():
    with testing.SMTPServer() as server:
        yield server


@pytest.fixture
def portal(functional, smtp):
    portal = functional["portal"]
    testing.use_smtp_server(portal, smtp)
    transaction.commit()
    return portal


@pytest.fixture
def services(portal):
    services = build_catalogue(portal)
    transaction.commit()
    return services
