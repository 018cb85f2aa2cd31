"""The e-form after 1 July 2025 (docs/units.md): no district, the 94 units and the former ones; an
address from an old ID card is accepted, kept as given and shown with its successor."""

from danang.portal.forms.generation import FORM_ID
from datetime import date
from lxml import html
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from tests.fixtures import forms as testing

import transaction


def test_an_old_ward_is_accepted_and_shown_with_its_successor(functional, browser):
    portal = functional["portal"]
    setRoles(portal, TEST_USER_ID, ["Manager"])
    api.portal.set_registry_record("danang.portal.units.as_of", date(2025, 8, 4))
    # After 1 July 2025 district procedures moved (the reorganisation's work): a city one here.
    testing.make_agency(portal, code="SXD", title="Sở Xây dựng", kind="department", level="city", area="48",
                        unit_code="H17.SXD")
    service = testing.publish(testing.make_service(portal, levels=["city"], agency="SXD"))

    browser.open(f"{service.absolute_url()}/{FORM_ID}")
    assert "form.widgets.district:list" not in browser.contents
    ward = browser.getControl(name="form.widgets.ward:list")
    options = dict(zip(ward.options, ward.displayOptions, strict=True))
    assert options["20242"] == "Phường Hải Châu"
    assert options["20239@2019"] == "Phường Hải Châu II (nay là Phường Hải Châu)"
    files = {"file_1": ("don.pdf", testing.PDF, "application/pdf"), "file_2": ("ban-ve.pdf", testing.PDF, "application/pdf")}
    testing.fill_submission(browser, files=files, district="", ward="20239@2019", result_delivery="post")
    testing.submit(browser)
    tree = html.fromstring(browser.contents)
    errors = [" ".join(e.text_content().split()) for e in tree.find_class("error") + tree.find_class("portalMessage") + tree.find_class("invalid-feedback")]
    assert "@@receipt" in browser.url, errors

    transaction.begin()
    [brain] = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(portal_type="Dossier")
    dossier = brain._unrestrictedGetObject()
    assert (dossier.applicant_ward, dossier.applicant_district) == ("20239@2019", None)
    assert dossier.units_day == date(2025, 8, 4)
    address = html.fromstring(browser.contents).find_class("dn-applicant-address")[0].text_content()
    assert " ".join(address.split()).endswith("Phường Hải Châu II (nay là Phường Hải Châu)")
