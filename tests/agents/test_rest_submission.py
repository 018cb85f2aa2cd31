"""POST @dossiers by an agent: recorded as the agent, refused while suspended, and only with the
applicant's phone or ID number (which the look-up needs)."""

from agent_people import APPLICANT
from agent_people import auth
from agent_people import change_status
from agent_people import PASSWORD
from danang.portal.agents.submission import contact_missing
from danang.portal.forms.generation import FORM_ID
from plone import api
from plone.testing.zope import Browser
from tests.fixtures import forms as form_testing

import base64
import pytest
import re
import requests
import transaction


def payload(**applicant):
    return {
        "service": "1.009130",
        "applicant": {**APPLICANT, "phone": "0914555666", "id_number": "048195005678", **applicant},
        "answers": {"commitment": True},
        "files": [
            {"field": "file_1", "filename": "don.pdf", "content_type": "application/pdf",
             "data": base64.b64encode(form_testing.PDF).decode()},
            {"field": "file_2", "filename": "ban-ve.dwg", "content_type": "application/acad",
             "data": base64.b64encode(form_testing.DWG).decode()},
        ],
    }


def post(site, body, user):
    return requests.post(f"{site['url']}/@dossiers", json=body, auth=auth(user),
                         headers={"Accept": "application/json"}, timeout=60)


def dossiers():
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    return [brain._unrestrictedGetObject() for brain in catalog.unrestrictedSearchResults(portal_type="Dossier")]


def test_a_registered_agent_submits_through_the_api(site):
    response = post(site, payload(), "buudien-hc")
    assert response.status_code == 201, response.text
    assert response.json()["agent"] == "buudien-hc"
    [dossier] = dossiers()
    assert (dossier.agent, dossier.applicant_user, dossier.applicant_name) == ("buudien-hc", None, "Lê Thị Mai")
    # The agent finds it in its listing; the receipt link names the agent.
    listed = requests.get(f"{site['url']}/@agent-dossiers", auth=auth("buudien-hc"),
                          headers={"Accept": "application/json"}, timeout=30).json()
    assert [item["code"] for item in listed["items"]] == [dossier.dossier_code]
    receipt = requests.get(response.json()["receipt_url"], timeout=30)
    assert "Bưu điện quận Hải Châu (125/QĐ-UBND)" in receipt.text


def test_a_suspended_agent_is_refused_with_403_and_nothing_is_saved(site):
    change_status(site["portal"], "buudien-hc", "suspend", "Vi phạm")
    transaction.commit()
    response = post(site, payload(), "buudien-hc")
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["type"] == "Forbidden"
    assert error["message"].startswith("Đại lý của tài khoản này đang bị tạm đình chỉ hoạt động")
    assert dossiers() == []
    # Reactivated, it submits again.
    change_status(site["portal"], "buudien-hc", "reactivate")
    transaction.commit()
    assert post(site, payload(), "buudien-hc").status_code == 201


@pytest.fixture
def optional_contact(site):
    """The service's form customised by an editor: phone and ID number no longer required."""
    form = site["service"][FORM_ID]
    model = form.fields_model
    for name in ("phone", "id_number"):
        # Serialised schemas omit <required> when true (the default): add it as false.
        model = re.sub(rf'(<field name="{name}"[^>]*>)', r"\1<required>False</required>", model, count=1)
    assert model != form.fields_model
    form.fields_model = model
    transaction.commit()
    return form


def test_an_agent_must_give_the_applicants_phone_or_id_number(site, optional_contact):
    response = post(site, payload(phone="", id_number=""), "buudien-hc")
    assert response.status_code == 400, response.text
    errors = {item["field"]: item["message"] for item in response.json()["error"]["errors"]}
    assert errors["applicant.phone"].startswith("Khi nộp hồ sơ thay, cần ghi số điện thoại hoặc số CCCD/CMND")
    assert dossiers() == []
    # One of the two is enough; a citizen for themselves needs neither.
    assert post(site, payload(phone=""), "buudien-hc").status_code == 201
    assert post(site, payload(phone="", id_number=""), "hoa").status_code == 201


def test_the_e_form_says_the_same_to_an_agent(site, optional_contact):
    browser = Browser(site["app"])
    browser.handleErrors = False
    browser.addHeader("Authorization", f"Basic buudien-hc:{PASSWORD}")
    browser.open(optional_contact.absolute_url())
    form_testing.fill_submission(
        browser, files={"file_1": ("don.pdf", form_testing.PDF, "application/pdf"),
                        "file_2": ("ban-ve.dwg", form_testing.DWG, "application/octet-stream")},
        **{**APPLICANT, "phone": "", "id_number": ""})
    form_testing.submit(browser)
    assert "@@receipt" not in browser.url
    assert "Khi nộp hồ sơ thay, cần ghi số điện thoại hoặc số CCCD/CMND của người nộp hồ sơ" in browser.contents
    assert dossiers() == []


def test_contact_missing():
    assert contact_missing({"phone": "", "id_number": "  "}) is not None
    assert contact_missing({"phone": "0914555666"}) is None
    assert contact_missing({"id_number": "048195005678"}) is None
