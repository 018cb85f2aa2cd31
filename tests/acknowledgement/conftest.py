"""A submitted dossier, a real SMTP server and a browser, for the receipt tests."""

from danang.portal.forms.generation import FORM_ID
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from tests.fixtures import forms as testing

import pytest
import transaction

FILES = {
    "file_1": ("Đơn đề nghị.pdf", testing.PDF, "application/pdf"),
    "file_2": ("mat-bang.dwg", testing.DWG, "application/octet-stream"),
}


@pytest.fixture
def portal(smtp_portal):
    portal = smtp_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    testing.make_agency(portal)
    testing.publish(testing.make_service(portal))
    return portal


@pytest.fixture
def submitted(portal, browser):
    """Submit the form anonymously; returns (dossier, receipt URL the applicant was sent to)."""
    browser.open(f"{portal['thu-tuc']['1.009130'].absolute_url()}/{FORM_ID}")
    testing.fill_submission(browser, files=FILES, result_delivery="post")
    testing.submit(browser)
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    [brain] = catalog.unrestrictedSearchResults(portal_type="Dossier")
    return brain._unrestrictedGetObject(), browser.url
