"""An agent submits on a citizen's behalf through the service's e-form; the dossier records both,
the receipt names both, and the applicant follows it with their own phone or ID number."""

from agent_people import APPLICANT
from agent_people import auth
from agent_people import change_status
from agent_people import PASSWORD
from danang.portal import roles
from danang.portal.acknowledgement.slip import slip_for
from danang.portal.forms.generation import FORM_ID
from lxml import html
from plone import api
from plone.testing.zope import Browser
from tests.fixtures import forms as form_testing

import requests
import transaction

FILES = {
    "file_1": ("don.pdf", form_testing.PDF, "application/pdf"),
    "file_2": ("ban-ve.dwg", form_testing.DWG, "application/octet-stream"),
}


def browser_of(site, user_id, password=PASSWORD):
    browser = Browser(site["app"])
    browser.handleErrors = False
    browser.addHeader("Authorization", f"Basic {user_id}:{password}")
    return browser


def open_form(site, browser):
    browser.open(f"{site['service'].absolute_url()}/{FORM_ID}")
    return html.fromstring(browser.contents)


def field(browser, name):
    return browser.getControl(name=f"form.widgets.{name}").value


def dossiers():
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    return [brain._unrestrictedGetObject() for brain in catalog.unrestrictedSearchResults(portal_type="Dossier")]


def text(node):
    return " ".join(node.text_content().split())


def status_of(site, code, **factor):
    return requests.post(f"{site['url']}/@dossier-status", json={"code": code, **factor},
                         headers={"Accept": "application/json"}, timeout=30)


def test_the_form_tells_the_agent_and_does_not_prefill_the_agents_own_details(site):
    # A citizen's form is pre-filled from their profile...
    citizen = browser_of(site, *auth("hoa"))
    page = open_form(site, citizen)
    assert field(citizen, "name") == "Nguyễn Thị Hoà" and field(citizen, "phone") == "0905123456"
    assert not page.find_class("dn-agent-notice")
    # ...an agent's is not, and says for whom they submit.
    agent = browser_of(site, "buudien-hc")
    page = open_form(site, agent)
    [notice] = page.find_class("dn-agent-notice")
    assert "Bạn đang nộp hồ sơ thay người dân" in text(notice)
    assert "Bưu điện quận Hải Châu" in text(notice)
    assert "số điện thoại hoặc số CCCD/CMND" in text(notice)
    for name in ("name", "id_number", "phone", "address", "email"):
        assert field(agent, name) == "", name
    assert agent.getControl(name="form.widgets.district:list").value in ([], [""], ["--NOVALUE--"])


def test_an_agent_submits_for_a_citizen_and_the_dossier_records_both(site):
    agent = browser_of(site, "buudien-hc")
    open_form(site, agent)
    form_testing.fill_submission(agent, files=FILES, **APPLICANT, request_note="Xây nhà 2 tầng")
    form_testing.submit(agent)
    assert "@@receipt" in agent.url

    [dossier] = dossiers()
    assert dossier.agent == "buudien-hc"
    assert dossier.applicant_user is None
    assert dossier.listCreators() == ()
    assert (dossier.applicant_name, dossier.applicant_phone, dossier.applicant_id_number) == (
        "Lê Thị Mai", "0914555666", "048195005678")
    # The agent holds DossierAgent, nobody owns it (the agent is not the applicant).
    assert dossier.get_local_roles_for_userid("buudien-hc") == (roles.DOSSIER_AGENT,)
    assert not [user for user, roles in dossier.get_local_roles() if "Owner" in roles]
    assert api.content.get_state(dossier) == "new"

    # The receipt names the applicant and the agent.
    page = html.fromstring(agent.contents)
    assert text(page.find_class("dn-applicant-name")[0]) == "Lê Thị Mai"
    assert text(page.find_class("dn-receipt-agent")[0]) == "Bưu điện quận Hải Châu (125/QĐ-UBND)"
    assert "Nộp thay bởi đại lý" in agent.contents
    assert slip_for(dossier).agent == "Bưu điện quận Hải Châu (125/QĐ-UBND)"
    pdf = requests.get(f"{site['url']}/@@receipt.pdf", params=dict(
        part.split("=", 1) for part in agent.url.split("?", 1)[1].split("&")), timeout=60)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")

    # The applicant looks it up with their own phone or ID number; the agent's do not open it.
    assert status_of(site, dossier.dossier_code, phone="0914555666").status_code == 200
    assert status_of(site, dossier.dossier_code, id_number="048195005678").status_code == 200
    assert status_of(site, dossier.dossier_code, phone="0905111222").status_code == 404

    # The agent follows it on its page, which names the agent for the officials too.
    agent.open(dossier.absolute_url())
    [panel] = html.fromstring(agent.contents).find_class("dn-agent-panel")
    assert "Bưu điện quận Hải Châu" in text(panel) and "125/QĐ-UBND" in text(panel)
    desk = browser_of(site, "hc-desk")
    desk.open(dossier.absolute_url())
    assert html.fromstring(desk.contents).find_class("dn-agent-panel")


def test_a_citizen_submitting_for_themselves_is_still_the_owner(site):
    citizen = browser_of(site, *auth("hoa"))
    open_form(site, citizen)
    form_testing.fill_submission(citizen, files=FILES, name="Nguyễn Thị Hoà", phone="0905123456",
                                 id_number="048190001234")
    form_testing.submit(citizen)
    [dossier] = dossiers()
    assert dossier.agent is None and dossier.applicant_user == "hoa"
    assert slip_for(dossier).agent == ""
    assert "dn-receipt-agent" not in citizen.contents


def test_a_suspended_agent_cannot_submit(site):
    change_status(site["portal"], "buudien-hc", "suspend", "Kiểm tra")
    transaction.commit()
    agent = browser_of(site, "buudien-hc")
    page = open_form(site, agent)
    [notice] = page.find_class("dn-agent-suspended")
    assert "Đại lý đang bị tạm đình chỉ" in text(notice)
    # Nor are the agent's own details offered.
    assert field(agent, "name") == ""
    form_testing.fill_submission(agent, files=FILES, **APPLICANT)
    form_testing.submit(agent)
    assert "@@receipt" not in agent.url
    assert "Đại lý của tài khoản này đang bị tạm đình chỉ hoạt động nên không thể nộp hồ sơ" in agent.contents
    assert dossiers() == []
