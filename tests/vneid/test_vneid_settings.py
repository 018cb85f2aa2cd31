"""Site Setup > "Đăng nhập VNeID" (a write-only client secret; settings → the PAS plugin), the
login page's choice, and local registration turned off (the 2025 rule)."""

from danang.portal import settings
from danang.portal.vneid.plugin import get_plugin
from danang.portal.vneid.settings import IVNeIDSettings
from danang.portal.vneid.settings import PREFIX
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import TEST_USER_PASSWORD
from plone.testing.zope import Browser

import pytest
import transaction

PATH = "@@danang-vneid-controlpanel"
ISSUER = "https://sso.dichvucong.gov.vn"


@pytest.fixture
def portal(functional):
    return functional["portal"]


@pytest.fixture
def admin(functional):
    browser = Browser(functional["app"])
    browser.handleErrors = False
    browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    browser.open(f"{functional['portal'].absolute_url()}/{PATH}")
    return browser


def anonymous(functional):
    browser = Browser(functional["app"])
    browser.handleErrors = False
    return browser


def test_installed_off_with_the_plugin_and_the_configlet(portal):
    plugin = get_plugin(portal)
    assert plugin is not None
    assert settings.read(IVNeIDSettings, PREFIX, "enabled") is False
    assert settings.read(IVNeIDSettings, PREFIX, "local_registration") is True
    configlets = [configlet.getId() for configlet in api.portal.get_tool("portal_controlpanel").listActions()]
    assert "danang-vneid" in configlets
    # PKCE always; no user made by the add-on itself; never a challenge in front of Plone's login.
    assert plugin.getProperty("use_pkce") is True
    assert plugin.getProperty("create_user") is False
    assert plugin.get_redirect_uris() == [f"{portal.absolute_url()}/@@vneid-callback"]
    assert plugin.challenge(portal.REQUEST, portal.REQUEST.response) is False


def test_the_secret_is_write_only_and_lands_in_the_plugin(admin, portal):
    admin.getControl(name="form.widgets.enabled:list").value = ["selected"]
    admin.getControl(name="form.widgets.issuer").value = ISSUER
    admin.getControl(name="form.widgets.client_id").value = "danang-portal"
    admin.getControl(name="form.buttons.save").click()
    # No secret yet: refused, nothing saved.
    assert "Cần nhập địa chỉ nhà cung cấp, mã ứng dụng và khóa bí mật" in admin.contents
    transaction.begin()
    assert settings.read(IVNeIDSettings, PREFIX, "enabled") is False
    admin.getControl(name="form.widgets.client_secret").value = "bi-mat-that"
    admin.getControl(name="form.buttons.save").click()
    assert "Đã lưu cấu hình đăng nhập VNeID" in admin.contents
    assert "bi-mat-that" not in admin.contents
    assert "Đã có khóa bí mật (không hiển thị)" in admin.contents
    # The redirect URI to register at the provider is on the page.
    assert f"{portal.absolute_url()}/@@vneid-callback" in admin.contents
    transaction.begin()
    plugin = get_plugin(portal)
    assert plugin.getProperty("issuer") == ISSUER
    assert plugin.getProperty("client_id") == "danang-portal"
    assert plugin.getProperty("client_secret") == "bi-mat-that"
    assert list(plugin.getProperty("scope")) == ["openid", "profile", "vneid"]
    # Saved again with the secret left empty: the stored one is kept.
    admin.getControl(name="form.widgets.client_id").value = "danang-portal-2"
    admin.getControl(name="form.buttons.save").click()
    transaction.begin()
    assert settings.read(IVNeIDSettings, PREFIX, "client_secret") == "bi-mat-that"
    assert get_plugin(portal).getProperty("client_id") == "danang-portal-2"


def test_the_control_panel_needs_a_manager(functional):
    browser = anonymous(functional)
    browser.addHeader("Authorization", f"Basic {TEST_USER_NAME}:{TEST_USER_PASSWORD}")
    browser.handleErrors = True
    browser.raiseHttpErrors = False
    browser.open(f"{functional['portal'].absolute_url()}/{PATH}")
    assert "client_secret" not in browser.contents


def test_the_login_page_offers_vneid_only_when_configured(functional, portal):
    browser = anonymous(functional)
    browser.open(f"{portal.absolute_url()}/login")
    assert "Đăng nhập bằng VNeID" not in browser.contents
    for name, value in (("issuer", ISSUER), ("client_id", "c"), ("client_secret", "s"), ("enabled", True)):
        settings.write(IVNeIDSettings, PREFIX, name, value)
    transaction.commit()
    browser.open(f"{portal.absolute_url()}/login?came_from={portal.absolute_url()}/thu-tuc")
    link = browser.getLink("Đăng nhập bằng VNeID")
    assert link.url.startswith(f"{portal.absolute_url()}/@@vneid-login?came_from=")
    assert "Cán bộ, công chức: đăng nhập bằng tài khoản của cổng" in browser.contents
    assert browser.getControl(name="__ac_name")  # officials keep Plone's login form


@pytest.mark.parametrize("language, text", [
    ("vi", "hãy đăng nhập bằng tài khoản\n    định danh điện tử VNeID"),
    ("en", "sign in with your VNeID electronic identity"),
])
def test_registration_off_closes_the_join_and_says_to_use_vneid(functional, portal, language, text):
    settings.write(IVNeIDSettings, PREFIX, "local_registration", False)
    transaction.commit()
    assert api.portal.get_registry_record("plone.enable_self_reg") is False
    assert "Anonymous" not in [
        role["name"] for role in portal.rolesOfPermission("Add portal member") if role["selected"]
    ]
    browser = anonymous(functional)
    browser.open(f"{portal.absolute_url()}/@@register?set_language={language}")
    assert " ".join(text.split()) in " ".join(browser.contents.split())
    assert "form.widgets.username" not in browser.contents
    # Officials still log in with their portal accounts.
    browser.open(f"{portal.absolute_url()}/login")
    browser.getControl(name="__ac_name").value = TEST_USER_NAME
    browser.getControl(name="__ac_password").value = TEST_USER_PASSWORD
    browser.getControl(name="buttons.login").click()
    assert "__ac" in browser.cookies


def test_registration_on_again_reopens_the_join(functional, portal):
    settings.write(IVNeIDSettings, PREFIX, "local_registration", False)
    settings.write(IVNeIDSettings, PREFIX, "local_registration", True)
    transaction.commit()
    assert api.portal.get_registry_record("plone.enable_self_reg") is True
    browser = anonymous(functional)
    browser.open(f"{portal.absolute_url()}/@@register")
    assert browser.getControl(name="form.widgets.username")


def test_a_portal_account_is_offered_to_link_its_identity(functional, portal):
    for name, value in (("issuer", ISSUER), ("client_id", "c"), ("client_secret", "s"), ("enabled", True)):
        settings.write(IVNeIDSettings, PREFIX, name, value)
    transaction.commit()
    browser = anonymous(functional)
    browser.addHeader("Authorization", f"Basic {TEST_USER_NAME}:{TEST_USER_PASSWORD}")
    browser.open(f"{portal.absolute_url()}/@@personal-information")
    assert browser.getLink("Liên kết VNeID").url == f"{portal.absolute_url()}/@@vneid-login?link=1"
    get_plugin(portal).link("subject-of-the-test-user", api.user.get(username=TEST_USER_NAME).getId())
    transaction.commit()
    browser.open(f"{portal.absolute_url()}/@@personal-information")
    assert "Tài khoản này đã liên kết với tài khoản định danh điện tử VNeID" in browser.contents


def test_the_add_on_settings_page_leads_to_the_portal_one(admin, portal):
    admin.open(f"{portal.absolute_url()}/@@oidc-controlpanel")
    assert admin.url == f"{portal.absolute_url()}/{PATH}"
