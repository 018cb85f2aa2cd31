"""Site administrators register, suspend and reactivate agents through the web; the account's
role follows; nobody else opens the register."""

from agent_people import ADMIN
from agent_people import auth
from agent_people import PASSWORD
from danang.portal import roles
from danang.portal.agents.directory import GROUP_ID
from lxml import html
from plone import api
from plone.testing.zope import Browser

import pytest
import requests
import transaction

NEW_AGENT = "buudien-st"
DENIED = (302, 401, 403, 404)


@pytest.fixture
def browse(site):
    def make(user=None):
        browser = Browser(site["app"])
        browser.handleErrors = False
        if user:
            browser.addHeader("Authorization", f"Basic {user}:{PASSWORD}")
        return browser

    return make


@pytest.fixture
def new_account(site):
    with api.env.adopt_roles(["Manager"]):
        api.user.create(email="st@example.com", username=NEW_AGENT, password=PASSWORD,
                        properties={"fullname": "Bưu điện Sơn Trà"})
    transaction.commit()
    return NEW_AGENT


def members():
    transaction.begin()
    return {user.getId() for user in api.user.get_users(groupname=GROUP_ID)}


def roles_of(user_id):
    return api.user.get_roles(user=api.user.get(userid=user_id))


def error_texts(browser):
    page = html.fromstring(browser.contents)
    return [" ".join(node.text_content().split()) for node in page.find_class("invalid-feedback")] + [
        " ".join(node.text_content().split()) for node in page.find_class("alert-danger")]


def agent_links(browser):
    page = html.fromstring(browser.contents)
    return [" ".join(link.text_content().split()) for link in page.find_class("dn-agent-link")]


def fill_profile(browser, **changes):
    values = {
        "title": "Bưu điện quận Sơn Trà",
        "licence_number": "210/QĐ-UBND",
        "licence_date": "2024-03-15",
        "representative": "Phạm Văn Bình",
        "address": "2 Đông Giang",
        "phone": "0905 333 444",
        "email": "buudien-st@example.com",
        "user_id": NEW_AGENT,
        "notes": "Nhận hồ sơ hộ tịch, đất đai.",
    }
    values.update(changes)
    for name, value in values.items():
        if name in ("kind", "district", "ward"):
            continue
        browser.getControl(name=f"form.widgets.{name}").value = value
    browser.getControl(name="form.widgets.kind:list").value = [changes.get("kind", "post_office")]
    browser.getControl(name="form.widgets.district:list").value = [changes.get("district", "493")]
    browser.getControl(name="form.widgets.ward:list").value = [changes.get("ward", "20272")]


def test_an_administrator_registers_an_agent_through_the_web(site, browse, new_account):
    browser = browse(ADMIN)
    browser.open(f"{site['portal'].absolute_url()}/dai-ly")
    listed = agent_links(browser)
    assert listed == ["Bưu điện quận Hải Châu", "Công ty Dịch vụ hành chính Thanh Khê (mẫu)"]
    browser.getLink("Đăng ký đại lý mới").click()
    assert "++add++AgentProfile" in browser.url
    fill_profile(browser)
    browser.getControl(name="form.buttons.save").click()

    transaction.begin()
    profile = site["portal"]["dai-ly"]["buu-dien-quan-son-tra"]
    assert browser.url.startswith(profile.absolute_url())
    assert (profile.kind, profile.licence_number, profile.district, profile.ward, profile.user_id) == (
        "post_office", "210/QĐ-UBND", "493", "20272", NEW_AGENT)
    assert profile.licence_date.isoformat() == "2024-03-15"
    assert api.content.get_state(profile) == "active"
    page = " ".join(html.fromstring(browser.contents).text_content().split())
    assert "Đang hoạt động" in page and "Quận Sơn Trà" in page and "An Hải Bắc" in page
    assert NEW_AGENT in members()
    assert roles.SERVICE_AGENT in roles_of(NEW_AGENT)


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"user_id": "khong-co-ai"}, "Không có tài khoản với tên đăng nhập này"),
        ({"user_id": "daily-tk"}, "đã gắn với một đại lý khác"),
        ({"phone": "12345"}, "Số điện thoại di động gồm 10 chữ số"),
        ({"ward": "20194"}, "Phường, xã đã chọn không thuộc quận, huyện đã chọn"),
        ({"licence_number": ""}, "Vui lòng nhập"),
    ],
)
def test_bad_registrations_are_refused_with_a_message(site, browse, new_account, changes, message):
    browser = browse(ADMIN)
    browser.open(f"{site['portal'].absolute_url()}/dai-ly/++add++AgentProfile")
    fill_profile(browser, **changes)
    browser.getControl(name="form.buttons.save").click()
    assert "++add++AgentProfile" in browser.url
    assert any(message.lower() in text.lower() for text in error_texts(browser)), error_texts(browser)
    transaction.begin()
    assert "buu-dien-quan-son-tra" not in site["portal"]["dai-ly"]
    assert NEW_AGENT not in members()


def test_suspend_with_a_reason_then_reactivate(site, browse):
    profile = site["agents"]["buudien-hc"]
    assert "buudien-hc" in members()
    browser = browse(ADMIN)
    browser.open(profile.absolute_url())
    browser.getLink("Tạm đình chỉ").click()
    assert "@@agent-status" in browser.url
    # No reason: refused, with a message, nothing changed.
    browser.getControl(name="form.buttons.apply").click()
    assert "Vui lòng ghi lý do tạm đình chỉ đại lý." in error_texts(browser)
    transaction.begin()
    assert api.content.get_state(profile) == "active"
    browser.getControl(name="reason").value = "Vi phạm quy định thu phí dịch vụ"
    browser.getControl(name="form.buttons.apply").click()
    assert browser.url == profile.absolute_url()
    assert "Đã tạm đình chỉ đại lý" in browser.contents
    transaction.begin()
    assert api.content.get_state(profile) == "suspended"
    assert "buudien-hc" not in members()
    assert roles.SERVICE_AGENT not in roles_of("buudien-hc")
    history = [[" ".join(td.text_content().split()) for td in tr.xpath("td")]
               for tr in html.fromstring(browser.contents).xpath(
                   "//table[contains(@class,'dn-agent-history')]/tbody/tr")]
    assert history[0][1:] == ["Tạm đình chỉ", "Quản trị cổng", "Vi phạm quy định thu phí dịch vụ"]
    assert history[-1][1] == "Đăng ký đại lý"

    # The list shows it under "Tạm đình chỉ" only.
    browser.open(f"{site['portal'].absolute_url()}/dai-ly?status=suspended")
    listed = agent_links(browser)
    assert listed == ["Bưu điện quận Hải Châu"]

    browser.open(profile.absolute_url())
    browser.getLink("Khôi phục hoạt động").click()
    browser.getControl(name="form.buttons.apply").click()
    assert "Đã khôi phục hoạt động của đại lý" in browser.contents
    transaction.begin()
    assert api.content.get_state(profile) == "active"
    assert "buudien-hc" in members()
    assert roles.SERVICE_AGENT in roles_of("buudien-hc")


def test_a_transition_that_is_not_available_is_refused_politely(site, browse):
    profile = site["agents"]["buudien-hc"]
    browser = browse(ADMIN)
    browser.open(f"{profile.absolute_url()}/@@agent-status?transition=reactivate")
    assert browser.url == profile.absolute_url()
    assert "Không thể thực hiện thao tác này" in browser.contents


@pytest.mark.parametrize("user", [None, "buudien-hc", "hoa", "hc-desk"])
def test_nobody_else_opens_the_register(site, user):
    paths = ("dai-ly", "dai-ly/buu-dien-quan-hai-chau", "dai-ly/++add++AgentProfile",
             "dai-ly/buu-dien-quan-hai-chau/@@agent-status?transition=suspend")
    for path in paths:
        response = requests.get(f"{site['url']}/{path}", auth=auth(user) if user else None,
                                allow_redirects=False, timeout=30)
        assert response.status_code in DENIED, (path, response.status_code)
        assert "125/QĐ-UBND" not in response.text
    response = requests.post(f"{site['url']}/dai-ly/buu-dien-quan-hai-chau/@@agent-status",
                             data={"transition": "suspend", "reason": "x"},
                             auth=auth(user) if user else None, allow_redirects=False, timeout=30)
    assert response.status_code in DENIED
    transaction.begin()
    assert api.content.get_state(site["agents"]["buudien-hc"]) == "active"
    # Nor does the register show in the navigation or the site search.
    home = requests.get(site["url"], auth=auth(user) if user else None, timeout=30)
    assert "/dai-ly" not in home.text
