"""Fixtures of the workflow tests: the dossier test catalogue, officials in their unit groups.

Other areas' tests use them too: their conftest puts tests/workflow on sys.path and imports them
(see tests/workflow/conftest.py).
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "dossier"))

from dossier_testdata import APPLICANT  # noqa: E402
from dossier_testdata import build_catalogue  # noqa: E402
from dossier_testdata import pdf_upload  # noqa: E402
from danang.portal.dossier.create import create_dossier  # noqa: E402
from danang.portal import clock  # noqa: E402
from workflow_people import create_people  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture
def services(portal):
    return build_catalogue(portal)


@pytest.fixture
def people(portal, services):
    """The officials (in their unit groups) and two citizens."""
    return create_people()


@pytest.fixture
def make_dossier(portal, services, people):
    """A new online dossier of the citizen at the SXD desk."""

    def make(service="city", **kwargs):
        applicant = {**APPLICANT, "user_id": "citizen"}
        return create_dossier(services[service], applicant, {}, [pdf_upload()], **kwargs)

    return make


@pytest.fixture
def frozen(monkeypatch):
    """Set the portal's clock (clock.now): ``frozen(moment)``."""

    def set_now(moment):
        monkeypatch.setattr(clock, "now", lambda: moment)

    return set_now
