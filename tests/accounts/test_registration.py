"""Citizen self-registration, login and profile: the fields the e-forms pre-fill from, checked by
the e-forms' own validators (accounts/, profiles/default/userschema.xml)."""

from danang.portal.forms.generation import FORM_ID
from lxml import html
from plone import api
from plone.testing.zope import Browser
from tests.fixtures import accounts as testing

import pytest
import transaction

REGISTRATION = {
    "fullname": "Lê Văn Minh",
    "email": "minh.le@example.com",
    "username": "minh",
    "password": "Mat-khau-Minh-2025",
    "phone": "0935 111 222",
    "id_number": "048095001111",
    "address": "45 Trần Phú",
    "district": "492",
    "ward": "20236",
}


@pytest.fixture
def portal(functional):
    return functional["portal"]


def fill_registration(browser, **changes):
    values = dict(REGISTRATION, **changes)
    for name in ("fullname", "email", "username", "phone", "id_number", "address"):
        browser.getControl(name=f"form.widgets.{name}").value = values[name]
    browser.getControl(name="form.widgets.password").value = values["password"]
    browser.getControl(name="form.widgets.password_ctl").value = values["password"]
    for name in ("district", "ward"):
        browser.getControl(name=f"form.widgets.{name}:list").value = [values[name]] if values[name] else []


def field_errors(browser):
    page = html.fromstring(browser.contents)
    errors = {}
    for field in page.xpath("//div[contains(@class, 'field') and contains(@class, 'error')]"):
        name = field.get("data-fieldname", "").replace("form.widgets.", "")
        errors[name] = " ".join(field.text_content().split())
    return errors


def test_self_registration_is_open_and_asks_for_the_citizen_fields(browser, portal):
    browser.open(f"{portal.absolute_url()}/@@register")
    for name in ("fullname", "email", "username", "password", "phone", "id_number", "address"):
        assert browser.getControl(name=f"form.widgets.{name}")
    assert browser.getControl(name="form.widgets.district:list")
    assert browser.getControl(name="form.widgets.ward:list")
    page = html.fromstring(browser.contents)
    # Full name and phone are required on this form (an asterisk), not the ID number.
    for name, required in (("fullname", True), ("phone", True), ("id_number", False)):
        label = page.xpath(f"//label[@for='form-widgets-{name}']")[0]
        assert bool(label.xpath(".//*[contains(@class, 'required')]")) is required, name


def test_registration_creates_the_account_with_its_profile_and_the_citizen_logs_in(browser, portal, functional):
    browser.open(f"{portal.absolute_url()}/@@register")
    fill_registration(browser)
    browser.getControl(name="form.buttons.register").click()
    assert not field_errors(browser), field_errors(browser)
    transaction.begin()
    user = api.user.get(username="minh")
    assert user is not None
    assert user.getProperty("fullname") == "Lê Văn Minh"
    assert user.getProperty("email") == "minh.le@example.com"
    assert user.getProperty("phone") == "0935 111 222"
    assert user.getProperty("id_number") == "048095001111"
    assert user.getProperty("district") == "492"
    assert user.getProperty("ward") == "20236"
    assert "Member" in user.getRoles()
    # Log in with the login form, then the e-form comes pre-filled from the profile.
    login = Browser(functional["app"])
    login.handleErrors = False
    login.open(f"{portal.absolute_url()}/login")
    login.getControl(name="__ac_name").value = "minh"
    login.getControl(name="__ac_password").value = REGISTRATION["password"]
    login.getControl(name="buttons.login").click()
    login.open(f"{portal.absolute_url()}/@@ho-so-cua-toi")
    assert "Hồ sơ của tôi" in login.contents
    service = testing.add_catalogue(portal)
    transaction.commit()
    login.open(f"{service.absolute_url()}/{FORM_ID}")
    assert login.getControl(name="form.widgets.name").value == "Lê Văn Minh"
    assert login.getControl(name="form.widgets.phone").value == "0935 111 222"
    assert login.getControl(name="form.widgets.id_number").value == "048095001111"
    assert login.getControl(name="form.widgets.address").value == "45 Trần Phú"
    assert login.getControl(name="form.widgets.district:list").value == ["492"]
    assert login.getControl(name="form.widgets.ward:list").value == ["20236"]


@pytest.mark.parametrize(
    "changes, field, fragment",
    [
        ({"phone": "12345"}, "phone", "Số điện thoại di động gồm 10 chữ số"),
        ({"phone": ""}, "phone", ""),
        ({"fullname": ""}, "fullname", ""),
        ({"id_number": "1234"}, "id_number", "Số định danh không hợp lệ"),
        ({"ward": "20194"}, "ward", "không thuộc quận, huyện đã chọn"),
    ],
)
def test_registration_checks_fields_like_the_e_forms(browser, portal, changes, field, fragment):
    browser.open(f"{portal.absolute_url()}/@@register")
    fill_registration(browser, **changes)
    browser.getControl(name="form.buttons.register").click()
    errors = field_errors(browser)
    assert field in errors, errors
    assert fragment in errors[field]
    # What was typed is kept.
    assert browser.getControl(name="form.widgets.address").value == REGISTRATION["address"]
    transaction.begin()
    assert api.user.get(username="minh") is None


def test_personal_information_checks_the_same_fields(browser, portal):
    testing.add_citizen()
    transaction.commit()
    browser.addHeader("Authorization", f"Basic {testing.CITIZEN['username']}:{testing.CITIZEN['password']}")
    browser.open(f"{portal.absolute_url()}/@@personal-information")
    assert browser.getControl(name="form.widgets.phone").value == "0905123456"
    assert browser.getControl(name="form.widgets.district:list").value == ["492"]
    browser.getControl(name="form.widgets.id_number").value = "12"
    browser.getControl(name="form.buttons.save").click()
    assert "Số định danh không hợp lệ" in field_errors(browser)["id_number"]
    browser.getControl(name="form.widgets.id_number").value = "048190001235"
    browser.getControl(name="form.buttons.save").click()
    assert not field_errors(browser)
    transaction.begin()
    assert api.user.get(username=testing.CITIZEN["username"]).getProperty("id_number") == "048190001235"


def test_administrators_may_add_accounts_without_a_phone(browser, portal):
    """The phone is required on self-registration only (officials' accounts)."""
    from plone.app.testing import SITE_OWNER_NAME
    from plone.app.testing import SITE_OWNER_PASSWORD

    browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    browser.open(f"{portal.absolute_url()}/@@new-user")
    browser.getControl(name="form.widgets.fullname").value = "Cán bộ Một Cửa"
    browser.getControl(name="form.widgets.email").value = "mot-cua@example.com"
    browser.getControl(name="form.widgets.username").value = "can-bo"
    browser.getControl(name="form.widgets.password").value = "Mat-khau-can-bo-2025"
    browser.getControl(name="form.widgets.password_ctl").value = "Mat-khau-can-bo-2025"
    browser.getControl(name="form.buttons.register").click()
    assert not field_errors(browser), field_errors(browser)
    transaction.begin()
    assert api.user.get(username="can-bo") is not None


def test_registering_logs_the_citizen_in_on_a_page_of_its_own(browser, portal):
    # Issue 16.10: registration in a modal, then a separate login.
    browser.open(portal.absolute_url())
    [join] = html.fromstring(browser.contents).cssselect("#personaltools-join, a[href$='@@register']")[:1]
    assert "pat-plone-modal" not in (join.get("class") or "")
    browser.open(f"{portal.absolute_url()}/@@register")
    # The ward list follows the district chosen (the e-forms' script).
    assert "++plone++danang.portal.forms/wards.js" in browser.contents
    fill_registration(browser, username="lan", email="lan@example.com")
    browser.getControl(name="form.buttons.register").click()
    assert browser.url.endswith("/@@ho-so-cua-toi")
    links = [a.text for a in html.fromstring(browser.contents).cssselect(".dn-account-header a")]
    assert links == ["Hồ sơ của tôi", "Thông tin cá nhân", "Đăng xuất"]
