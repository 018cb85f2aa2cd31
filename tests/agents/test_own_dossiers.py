"""An agent sees and acts on the dossiers it submitted, and on no other: by its "Hồ sơ của tôi",
by URL, by the dossier's actions and by REST (@agent-dossiers, the dossier's JSON, @workflow)."""

from agent_people import APPLICANT
from agent_people import auth
from agent_people import change_status
from agent_people import PASSWORD
from danang.portal.dossier.applicant_access import may_act
from danang.portal.dossier.create import create_dossier
from danang.portal.workflow.actions import perform
from lxml import html
from plone import api
from plone.testing.zope import Browser
from tests.fixtures import accounts as account_testing

import io
import pytest
import requests
import transaction

DENIED = (302, 401, 403, 404)
OTHER_APPLICANT = {**APPLICANT, "name": "Võ Văn Tâm", "phone": "0977 888 999", "id_number": "048200001111"}


def submit(service, agent, applicant=APPLICANT):
    """What the e-form's action does for an agent (test_agent_form_submission drives the form itself)."""
    with api.env.adopt_user(username=agent):
        return create_dossier(service, dict(applicant), {}, [account_testing.pdf_file()], agent=agent)


@pytest.fixture
def dossiers(site):
    service = site["service"]
    made = {
        "hc": [submit(service, "buudien-hc"), submit(service, "buudien-hc", OTHER_APPLICANT)],
        "tk": [submit(service, "daily-tk")],
        "citizen": [account_testing.submit_as(service, account_testing.CITIZEN)],
        "anonymous": [account_testing.submit_as(service)],
    }
    transaction.commit()
    return made


def get(site, path_or_url, user, json=False, **params):
    url = path_or_url if path_or_url.startswith("http") else f"{site['url']}/{path_or_url}"
    headers = {"Accept": "application/json"} if json else {}
    return requests.get(url, auth=auth(user) if user else None, headers=headers, params=params,
                        allow_redirects=False, timeout=30)


def url_of(site, dossier):
    return f"{site['url']}/{'/'.join(dossier.getPhysicalPath()[2:])}"


def rows(response):
    page = html.fromstring(response.text)
    return [[" ".join(cell.text_content().split()) for cell in row.xpath("td")]
            for row in page.xpath("//table[contains(@class, 'dn-my-dossiers-table')]/tbody/tr")]


def test_my_dossiers_of_an_agent_lists_what_it_submitted_with_the_applicants(site, dossiers):
    response = get(site, "@@ho-so-cua-toi", "buudien-hc")
    assert response.status_code == 200
    listed = rows(response)
    assert sorted(row[0] for row in listed) == sorted(d.dossier_code for d in dossiers["hc"])
    assert sorted(row[1] for row in listed) == ["Lê Thị Mai", "Võ Văn Tâm"]
    assert {row[3] for row in listed} == {"Mới đăng ký"}
    assert "Tài khoản đại lý" in response.text and "Bưu điện quận Hải Châu" in response.text
    for other in dossiers["tk"] + dossiers["citizen"] + dossiers["anonymous"]:
        assert other.dossier_code not in response.text
    # The other agent, and a citizen, see theirs only.
    assert [row[0] for row in rows(get(site, "@@ho-so-cua-toi", "daily-tk"))] == [dossiers["tk"][0].dossier_code]
    citizen = get(site, "@@ho-so-cua-toi", "hoa")
    assert [row[0] for row in rows(citizen)] == [dossiers["citizen"][0].dossier_code]
    assert "Tài khoản đại lý" not in citizen.text


def test_the_catalog_lists_an_agents_dossiers_by_the_dossier_agent_index(site, dossiers):
    catalog = api.portal.get_tool("portal_catalog")
    codes = {brain.dossier_code for brain in catalog.unrestrictedSearchResults(dossier_agent="buudien-hc")}
    assert codes == {d.dossier_code for d in dossiers["hc"]}
    # With the agent's own permissions, asking for another agent's finds nothing.
    with api.env.adopt_user(username="buudien-hc"):
        assert len(catalog.searchResults(portal_type="Dossier", dossier_agent="daily-tk")) == 0
        assert len(catalog.searchResults(portal_type="Dossier")) == 2
    assert not catalog.unrestrictedSearchResults(portal_type="Dossier", dossier_agent="hoa")


def test_by_url_and_by_rest_an_agent_opens_its_own_dossiers_only(site, dossiers):
    own = dossiers["hc"][0]
    assert get(site, url_of(site, own), "buudien-hc").status_code == 200
    data = get(site, url_of(site, own), "buudien-hc", json=True)
    assert data.status_code == 200 and data.json()["dossier_code"] == own.dossier_code
    for other in dossiers["tk"] + dossiers["citizen"] + dossiers["anonymous"]:
        page = get(site, url_of(site, other), "buudien-hc")
        assert page.status_code in DENIED, other.dossier_code
        assert other.applicant_name not in page.text
        assert get(site, url_of(site, other), "buudien-hc", json=True).status_code in DENIED
    # Nor through the site-wide REST search.
    found = get(site, "@search", "buudien-hc", json=True, portal_type="Dossier", dossier_agent="daily-tk")
    assert found.status_code == 200 and found.json()["items_total"] == 0
    # And the citizen does not open the agent's dossiers.
    assert get(site, url_of(site, own), "hoa").status_code in DENIED


def test_agent_dossiers_endpoint(site, dossiers):
    response = get(site, "@agent-dossiers", "buudien-hc", json=True)
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["items_total"] == 2
    assert {item["code"] for item in data["items"]} == {d.dossier_code for d in dossiers["hc"]}
    first = data["items"][0]
    assert first["status"] == {"code": 1, "title": "Mới đăng ký"}
    assert first["service"] == {"code": "1.009130", "title": "Cấp giấy phép xây dựng nhà ở riêng lẻ"}
    assert first["applicant"]["name"] in ("Lê Thị Mai", "Võ Văn Tâm")
    assert first["received"].endswith("+07:00")
    # Newest first; batched like plone.restapi's listings; filtered by status code.
    codes = [item["code"] for item in data["items"]]
    assert codes == sorted(codes, reverse=True)
    batched = get(site, "@agent-dossiers", "buudien-hc", json=True, b_size=1).json()
    assert len(batched["items"]) == 1 and batched["items_total"] == 2 and "next" in batched["batching"]
    assert get(site, "@agent-dossiers", "buudien-hc", json=True, status=1).json()["items_total"] == 2
    assert get(site, "@agent-dossiers", "buudien-hc", json=True, status=7).json()["items_total"] == 0
    bad = get(site, "@agent-dossiers", "buudien-hc", json=True, status="moi")
    assert bad.status_code == 400
    assert bad.json()["error"]["errors"] == [
        {"field": "status", "message": "\"status\" phải là mã trạng thái hồ sơ, từ 1 đến 10."}]
    assert [item["code"] for item in get(site, "@agent-dossiers", "daily-tk", json=True).json()["items"]] == [
        dossiers["tk"][0].dossier_code]
    # Not an agent: no access.
    for user in (None, "hoa", "hc-desk"):
        assert get(site, "@agent-dossiers", user, json=True).status_code == 401


def browser_of(site, user_id):
    browser = Browser(site["app"])
    browser.handleErrors = False
    browser.addHeader("Authorization", f"Basic {user_id}:{PASSWORD}")
    return browser


def as_official(user_id, dossier, transition, **inputs):
    with api.env.adopt_user(username=user_id):
        perform(dossier, transition, **inputs)


def test_an_agent_withdraws_and_supplies_its_own_dossiers(site, dossiers):
    withdrawn, supplied = dossiers["hc"]
    agent = browser_of(site, "buudien-hc")
    agent.open(withdrawn.absolute_url())
    agent.getForm(id="dn-action-withdraw").submit()
    agent.getControl(name="comment").value = "Người dân đổi ý"
    agent.getForm(id="dn-confirm-form").submit()
    transaction.begin()
    assert api.content.get_state(withdrawn) == "withdrawn"
    # The history says the agent did it.
    assert withdrawn.status_history[-1]["actor"] == "buudien-hc"

    as_official("hc-desk", supplied, "accept")
    as_official("hc-specialist", supplied, "start_processing")
    as_official("hc-specialist", supplied, "request_supplement", missing_items=["Bản vẽ mặt bằng"])
    transaction.commit()
    agent.open(supplied.absolute_url())
    assert "Bản vẽ mặt bằng" in agent.contents
    agent.getControl(name="supplement_files_1").add_file(
        io.BytesIO(b"%PDF-1.4\n% bo sung\n%%EOF\n"), "application/pdf", "mat-bang.pdf")
    agent.getForm(id="dn-action-supply").submit()
    transaction.begin()
    assert api.content.get_state(supplied) == "processing"
    assert [item.file.filename for item in supplied.files("supplement")] == ["mat-bang.pdf"]


def test_an_agent_cannot_act_on_another_agents_or_a_citizens_dossier(site, dossiers):
    for other in dossiers["tk"] + dossiers["citizen"]:
        response = requests.post(f"{url_of(site, other)}/@@dossier-action", data={"action": "withdraw"},
                                 auth=auth("buudien-hc"), allow_redirects=False, timeout=30)
        assert response.status_code in DENIED
        response = requests.post(f"{url_of(site, other)}/@workflow/withdraw", json={},
                                 auth=auth("buudien-hc"), headers={"Accept": "application/json"}, timeout=30)
        assert response.status_code in DENIED
        transaction.begin()
        assert api.content.get_state(other) == "new"
    # Its own, through the same REST call, it may.
    own = dossiers["hc"][0]
    response = requests.post(f"{url_of(site, own)}/@workflow/withdraw", json={"comment": "Người dân đổi ý"},
                             auth=auth("buudien-hc"), headers={"Accept": "application/json"}, timeout=30)
    assert response.status_code == 200, response.text
    transaction.begin()
    assert api.content.get_state(own) == "withdrawn"


def test_the_applicant_gate_for_paying_is_the_agents_own_dossiers(site, dossiers):
    request = site["portal"].REQUEST
    request.form.pop("t", None)
    with api.env.adopt_user(username="buudien-hc"):
        assert may_act(dossiers["hc"][0], request)
        assert not may_act(dossiers["tk"][0], request)
        assert not may_act(dossiers["citizen"][0], request)


def test_suspension_takes_the_dossiers_away_and_reactivation_gives_them_back(site, dossiers):
    own = dossiers["hc"][0]
    change_status(site["portal"], "buudien-hc", "suspend", "Tạm dừng để kiểm tra")
    transaction.commit()
    assert own.get_local_roles_for_userid("buudien-hc") == ()
    assert get(site, url_of(site, own), "buudien-hc").status_code in DENIED
    page = get(site, "@@ho-so-cua-toi", "buudien-hc")
    assert rows(page) == [] and "đang bị tạm đình chỉ" in page.text
    assert get(site, "@agent-dossiers", "buudien-hc", json=True).status_code == 401
    # The applicant still follows it with their own phone.
    status = requests.post(f"{site['url']}/@dossier-status", json={"code": own.dossier_code, "phone": "0914555666"},
                           headers={"Accept": "application/json"}, timeout=30)
    assert status.status_code == 200
    # The other agent is untouched.
    assert get(site, url_of(site, dossiers["tk"][0]), "daily-tk").status_code == 200

    change_status(site["portal"], "buudien-hc", "reactivate")
    transaction.commit()
    assert own.get_local_roles_for_userid("buudien-hc") == ("DossierAgent",)
    assert get(site, url_of(site, own), "buudien-hc").status_code == 200
    assert len(rows(get(site, "@@ho-so-cua-toi", "buudien-hc"))) == 2
