"""The e-form lets the applicant choose the one-stop desk that receives the dossier and the one
that hands over the result from 1 July 2025 (Decree 118/2025: docs/reorganisation.md); before,
there is no such choice."""

from danang.portal.forms import model
from danang.portal.forms.generation import FORM_ID
from datetime import date
from lxml import etree
from lxml import html
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from tests.fixtures import forms as testing
from tests.fixtures.reorganisation import at

import transaction


def _names(service):
    tree = etree.fromstring(model.fields_model(service).encode("utf-8"))
    return [field.get("name") for field in tree.iter(f"{{{model.SCHEMA_NS}}}field")]


def test_no_desk_choice_before_july_2025(manager, make, frozen):
    testing.make_agency(manager, code="SXD", title="Sở Xây dựng", kind="department", level="city", area="48",
                        unit_code="H17.SXD")
    service = make(levels=["city"], agency="SXD")
    frozen(at(2025, 6, 30, 9))
    assert "desk" not in _names(service) and "collect_at" not in _names(service)
    frozen(at(2025, 7, 1, 9))
    names = _names(service)
    assert names.index("desk") < names.index("result_delivery") < names.index("collect_at")


def test_submitted_at_another_desk_collected_at_a_third(functional, browser, frozen):
    portal = functional["portal"]
    setRoles(portal, TEST_USER_ID, ["Manager"])
    api.portal.set_registry_record("danang.portal.units.as_of", date(2025, 8, 4))
    frozen(at(2025, 8, 4, 9))
    testing.make_agency(portal, code="SXD", title="Sở Xây dựng", kind="department", level="city", area="48",
                        unit_code="H17.SXD")
    testing.make_agency(portal, code="UBND-20242-2025", title="UBND phường Hải Châu", kind="ward_committee",
                        level="ward", area="20242", unit_code="H17.20242")
    testing.make_agency(portal, code="UBND-20194-2025", title="UBND phường Hải Vân", kind="ward_committee",
                        level="ward", area="20194", unit_code="H17.20194")
    service = testing.publish(testing.make_service(portal, levels=["city"], agency="SXD"))

    browser.open(f"{service.absolute_url()}/{FORM_ID}")
    desk = browser.getControl(name="form.widgets.desk:list")
    assert dict(zip(desk.options, desk.displayOptions, strict=True))["UBND-20242-2025"] == "UBND phường Hải Châu"
    files = {"file_1": ("don.pdf", testing.PDF, "application/pdf"), "file_2": ("ban-ve.pdf", testing.PDF, "application/pdf")}
    testing.fill_submission(browser, files=files, district="", ward="20242", desk="UBND-20242-2025",
                            collect_at="UBND-20194-2025")
    testing.submit(browser)
    tree = html.fromstring(browser.contents)
    errors = [" ".join(e.text_content().split()) for e in tree.find_class("invalid-feedback") + tree.find_class("portalMessage")]
    assert "@@receipt" in browser.url, errors
    assert "Nhận trực tiếp tại UBND phường Hải Vân" in " ".join(browser.contents.split())

    transaction.begin()
    [brain] = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(portal_type="Dossier")
    dossier = brain._unrestrictedGetObject()
    assert (dossier.receiving_unit, dossier.received_at_unit, dossier.collect_at_unit) == (
        "SXD", "UBND-20242-2025", "UBND-20194-2025")
    assert "desk" not in dossier.answers and "collect_at" not in dossier.answers
