""""Hồ sơ của tôi" and the wall between citizens: a citizen sees only their own dossiers, by page,
by URL and by API (@search, the dossier's JSON, @dossier-status)."""

from danang.portal.lookup.throttle import BACKOFF
from lxml import html
from tests.fixtures import accounts as testing

import pytest
import requests
import transaction

DENIED = (302, 401, 403, 404)
HOA = (testing.CITIZEN["username"], testing.CITIZEN["password"])
LAN = (testing.OTHER_CITIZEN["username"], testing.OTHER_CITIZEN["password"])


@pytest.fixture
def site(functional):
    BACKOFF.reset()
    portal = functional["portal"]
    service = testing.add_catalogue(portal)
    testing.add_citizen(testing.CITIZEN)
    testing.add_citizen(testing.OTHER_CITIZEN)
    hoa = [testing.submit_as(service, testing.CITIZEN) for _number in range(2)]
    lan = testing.submit_as(service, testing.OTHER_CITIZEN)
    anonymous = testing.submit_as(service)
    transaction.commit()
    yield {
        "portal": portal,
        "url": testing.site_url(functional),
        "hoa": hoa,
        "lan": lan,
        "anonymous": anonymous,
    }
    BACKOFF.reset()


def get(url, auth=None, json=False, **params):
    headers = {"Accept": "application/json"} if json else {}
    return requests.get(url, auth=auth, headers=headers, params=params, allow_redirects=False, timeout=30)


def public_url(site, dossier):
    return f"{site['url']}/{'/'.join(dossier.getPhysicalPath()[2:])}"


def test_my_dossiers_lists_the_citizens_own_dossiers_with_status_and_due_date(site):
    response = get(f"{site['url']}/@@ho-so-cua-toi", auth=HOA)
    assert response.status_code == 200
    page = html.fromstring(response.text)
    rows = page.xpath("//table[contains(@class, 'dn-my-dossiers-table')]/tbody/tr")
    codes = [row.xpath("td[1]/a")[0].text_content().strip() for row in rows]
    assert sorted(codes) == sorted(dossier.dossier_code for dossier in site["hoa"])
    assert codes == sorted(codes, reverse=True)  # newest first (same minute: by sequence)
    assert "documentByLine" not in response.text
    assert site["lan"].dossier_code not in response.text
    assert site["anonymous"].dossier_code not in response.text
    for row in rows:
        cells = [" ".join(cell.text_content().split()) for cell in row.xpath("td")]
        assert cells[1] == "Cấp giấy phép xây dựng nhà ở riêng lẻ"
        assert cells[2] == "Mới đăng ký"
        dossier = next(item for item in site["hoa"] if item.dossier_code == cells[0])
        assert cells[4] == dossier.due.strftime("%d/%m/%Y")
    # Each links to the dossier's page, which the citizen may open.
    link = rows[0].xpath("td[1]/a/@href")[0]
    opened = get(link.replace("http://nohost/plone", site["url"]), auth=HOA)
    assert opened.status_code == 200
    assert "Nguyễn Thị Hoà" in opened.text


def test_my_dossiers_of_the_other_citizen_and_of_a_new_account(site, functional):
    response = get(f"{site['url']}/@@ho-so-cua-toi", auth=LAN)
    assert site["lan"].dossier_code in response.text
    for dossier in site["hoa"]:
        assert dossier.dossier_code not in response.text
    testing.add_citizen({**testing.CITIZEN, "username": "moi", "email": "moi@example.com"})
    transaction.commit()
    response = get(f"{site['url']}/@@ho-so-cua-toi", auth=("moi", testing.CITIZEN["password"]))
    assert response.status_code == 200
    assert "Bạn chưa nộp hồ sơ trực tuyến" in response.text


def test_anonymous_visitors_are_sent_to_the_login_form(site):
    response = get(f"{site['url']}/@@ho-so-cua-toi")
    assert response.status_code == 302
    assert "login" in response.headers["Location"]


def test_the_user_menu_links_to_my_dossiers(site):
    response = get(f"{site['url']}", auth=HOA)
    assert f"{site['url']}/@@ho-so-cua-toi".replace(site["url"], "") in response.text
    anonymous = get(f"{site['url']}")
    assert "@@ho-so-cua-toi" not in anonymous.text


def test_another_citizens_dossier_cannot_be_opened_by_url(site):
    lan = site["lan"]
    base = public_url(site, lan)
    for path in (base, f"{base}/view", f"{base}/file-1", f"{base}/file-1/@@download/file"):
        response = get(path, auth=HOA)
        assert response.status_code in DENIED, (path, response.status_code)
        assert "Trần Thị Lan" not in response.text
        assert "5 Bạch Đằng" not in response.text
    # Nor the receipt, without the signed link.
    receipt = get(f"{site['url']}/@@receipt", auth=HOA, code=lan.dossier_code)
    assert receipt.status_code == 404
    assert "Trần Thị Lan" not in receipt.text


def test_another_citizens_dossier_cannot_be_read_through_the_api(site):
    lan = site["lan"]
    response = get(public_url(site, lan), auth=HOA, json=True)
    assert response.status_code in (401, 403, 404)
    assert "Trần Thị Lan" not in response.text
    found = get(f"{site['url']}/@search", auth=HOA, json=True, portal_type="Dossier")
    codes = {item["title"] for item in found.json()["items"]}
    assert codes == {dossier.dossier_code for dossier in site["hoa"]}
    by_code = get(f"{site['url']}/@search", auth=HOA, json=True, dossier_code=lan.dossier_code)
    assert by_code.json()["items_total"] == 0
    # The look-up needs Lan's phone: Hoà's own phone does not open Lan's dossier.
    status = requests.post(f"{site['url']}/@dossier-status", auth=HOA, headers={"Accept": "application/json"},
                           json={"code": lan.dossier_code, "phone": testing.CITIZEN["properties"]["phone"]}, timeout=30)
    assert status.status_code == 404
    assert "Trần Thị Lan" not in status.text
    own = requests.post(f"{site['url']}/@dossier-status", auth=HOA, headers={"Accept": "application/json"},
                        json={"code": lan.dossier_code, "phone": testing.OTHER_CITIZEN["properties"]["phone"]}, timeout=30)
    assert own.status_code == 200
    assert "Trần Thị Lan" not in own.text
