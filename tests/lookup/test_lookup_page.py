"""The public look-up page @@tra-cuu-ho-so: plain HTML form posts (no JavaScript involved), the
same answers as @dossier-status, in Vietnamese or English; the phone or ID number never in a URL."""

from danang.portal.dossier.history import record_status
from danang.portal.lookup.throttle import BACKOFF
from lxml import html
from plone import api
from tests.fixtures import accounts as testing

import pytest
import requests
import transaction


@pytest.fixture
def site(functional):
    BACKOFF.reset()
    portal = functional["portal"]
    service = testing.add_catalogue(portal)
    dossier = testing.submit_as(service)
    record_status(dossier, "received", comment="Hồ sơ đầy đủ, hợp lệ")
    transaction.commit()
    yield {"portal": portal, "dossier": dossier, "code": dossier.dossier_code,
           "page": f"{testing.site_url(functional)}/tra-cuu-ho-so"}
    BACKOFF.reset()


def look_up(site, cookies=None, **data):
    """Open the page and send its form, as a browser does (its token included)."""
    session = requests.Session()
    page = html.fromstring(session.get(site["page"], cookies=cookies, timeout=30).text)
    [token] = page.xpath("//form[contains(@class, 'dn-lookup-form')]//input[@name='_authenticator']/@value")
    return session.post(site["page"], data={**data, "_authenticator": token}, cookies=cookies,
                        headers={"Sec-Fetch-Site": "same-origin"}, timeout=30)


def text(element):
    return " ".join(element.text_content().split())


def test_the_page_is_a_plain_form(site):
    response = requests.get(site["page"], timeout=30)
    assert response.status_code == 200
    page = html.fromstring(response.text)
    [form] = page.xpath("//form[contains(@class, 'dn-lookup-form')]")
    assert form.get("method") == "post"
    assert {field.get("name") for field in form.xpath(".//input[not(@type='hidden')]")} == {"code", "phone", "id_number"}
    assert form.xpath(".//input[@type='hidden']/@name") == ["_authenticator"]
    assert page.xpath("//meta[@name='robots']/@content") == ["noindex"]
    # A QR code or link may fill the code in.
    prefilled = html.fromstring(requests.get(site["page"], params={"code": site["code"]}, timeout=30).text)
    assert prefilled.xpath("//input[@name='code']/@value") == [site["code"]]
    assert not prefilled.xpath("//*[contains(@class, 'dn-lookup-result')]")


def test_the_home_page_links_to_the_look_up(site):
    home = html.fromstring(requests.get(site["page"].rsplit("/", 1)[0], timeout=30).text)
    assert home.xpath("//a[contains(@href, 'tra-cuu-ho-so')]")


@pytest.mark.parametrize("factor", [{"phone": "0905 123 456"}, {"id_number": "048190001234"}])
def test_code_and_second_factor_show_status_unit_dates_and_history(site, factor):
    response = look_up(site, code=site["code"], **factor)
    assert response.status_code == 200
    assert "no-store" in response.headers["Cache-Control"]
    page = html.fromstring(response.text)
    [result] = page.xpath("//section[contains(@class, 'dn-lookup-result')]")
    assert text(result.xpath(".//*[contains(@class, 'dn-lookup-code')]")[0]) == site["code"]
    # The current status is the workflow state (still "new": the desk has not acted); the
    # history entry added above shows in the table.
    assert text(result.xpath(".//*[contains(@class, 'dn-lookup-status')]")[0]) == "Mới đăng ký"
    facts = dict(zip([text(dt) for dt in result.xpath(".//dt")], [text(dd) for dd in result.xpath(".//dd")]))
    dossier = site["dossier"]
    assert facts["Cơ quan tiếp nhận"] == "UBND quận Hải Châu"
    assert facts["Thời điểm tiếp nhận"] == dossier.received.strftime("%H:%M, %d/%m/%Y")
    assert facts["Ngày hẹn trả kết quả"] == dossier.due.strftime("%H:%M, %d/%m/%Y")
    rows = [[text(cell) for cell in row.xpath("td")] for row in result.xpath(".//table/tbody/tr")]
    assert [row[1:] for row in rows] == [["Mới đăng ký", ""], ["Được tiếp nhận", "Hồ sơ đầy đủ, hợp lệ"]]
    # Nothing personal.
    for personal in ("Nguyễn Thị Hoà", "12 Lê Duẩn", "hoa.nguyen@example.com", "Cấp giấy phép xây dựng"):
        assert personal not in text(page.xpath("//main")[0] if page.xpath("//main") else page)


def test_wrong_pair_and_unknown_code_say_the_same(site):
    unit, day, _sequence = site["code"].rsplit("-", 2)
    wrong = look_up(site, code=site["code"], phone="0935000000")
    unknown = look_up(site, code=f"{unit}-{day}-9999", phone="0905123456")
    assert wrong.status_code == unknown.status_code == 404
    messages = []
    for response in (wrong, unknown):
        page = html.fromstring(response.text)
        assert not page.xpath("//section[contains(@class, 'dn-lookup-result')]")
        messages.append(text(page.xpath("//*[contains(@class, 'dn-lookup-message')]")[0]))
    assert messages[0] == messages[1]
    assert messages[0].startswith("Không tìm thấy hồ sơ")


def test_missing_and_malformed_fields_are_shown_beside_them_and_kept(site):
    response = look_up(site, code="H17-abc", phone="")
    assert response.status_code == 400
    page = html.fromstring(response.text)
    feedback = {
        element.getparent().xpath(".//input/@name")[0]: text(element)
        for element in page.xpath("//*[contains(@class, 'invalid-feedback')]")
    }
    assert "Mã hồ sơ không đúng dạng" in feedback["code"]
    assert "Vui lòng nhập số điện thoại hoặc số CCCD/CMND" in feedback["phone"]
    assert page.xpath("//input[@name='code']/@value") == ["H17-abc"]


def test_a_guessed_code_must_wait_and_the_page_says_how_long(site):
    api.portal.set_registry_record("danang.portal.lookup.free_failures", 2)
    transaction.commit()
    for _attempt in range(2):
        assert look_up(site, code=site["code"], phone="0935000000").status_code == 404
    response = look_up(site, code=site["code"], phone="0905123456")
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) > 0
    message = text(html.fromstring(response.text).xpath("//*[contains(@class, 'dn-lookup-message')]")[0])
    assert f"Vui lòng chờ {response.headers['Retry-After']} giây" in message


def test_an_old_link_with_the_phone_gets_the_form_with_the_code_only(site):
    response = requests.get(site["page"], params={"code": site["code"], "phone": "0905123456"}, timeout=30)
    assert response.status_code == 200
    page = html.fromstring(response.text)
    assert not page.xpath("//*[contains(@class, 'dn-lookup-result')]")
    assert page.xpath("//input[@name='code']/@value") == [site["code"]]
    assert page.xpath("//input[@name='phone']/@value") == [""]
    assert "0905123456" not in response.text and "0905 123 456" not in response.text
    message = text(page.xpath("//*[contains(@class, 'dn-lookup-message')]")[0])
    assert message.startswith("Tra cứu hồ sơ nay được gửi bằng biểu mẫu")
    # Nothing was looked up: no failure counted either.
    assert not BACKOFF._state


@pytest.mark.parametrize("headers, data", [
    ({}, {}),  # no token: a form from elsewhere, or a page kept open for days
    ({"Sec-Fetch-Site": "cross-site"}, None),  # the token copied into another site's form
])
def test_a_form_not_sent_from_the_page_is_not_looked_up(site, headers, data):
    session = requests.Session()
    page = html.fromstring(session.get(site["page"], timeout=30).text)
    token = page.xpath("//input[@name='_authenticator']/@value")[0]
    form = {"code": site["code"], "phone": "0905123456", **({"_authenticator": token} if data is None else data)}
    response = session.post(site["page"], data=form, headers=headers, timeout=30)
    assert response.status_code == 403
    answer = html.fromstring(response.text)
    assert not answer.xpath("//*[contains(@class, 'dn-lookup-result')]")
    assert answer.xpath("//input[@name='code']/@value") == [site["code"]]
    assert "0905123456" not in response.text
    assert text(answer.xpath("//*[contains(@class, 'dn-lookup-message')]")[0]).startswith("Trang tra cứu đã mở quá lâu")


def test_the_page_in_english(site):
    cookies = {"I18N_LANGUAGE": "en"}
    response = look_up(site, cookies=cookies, code=site["code"], phone="0905123456")
    page = html.fromstring(response.text)
    assert text(page.xpath("//h1")[0]) == "Dossier look-up"
    assert text(page.xpath("//*[contains(@class, 'dn-lookup-status')]")[0]) == "Newly submitted"
    assert "Processing history" in response.text
    assert "Look up" in text(page.xpath("//form[contains(@class, 'dn-lookup-form')]//button")[0])
