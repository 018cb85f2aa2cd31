"""Site Setup > "Thanh toán trực tuyến": provider, gateway, merchant code; a write-only secret."""

from danang.portal import settings
from danang.portal.payment.install import install
from danang.portal.payment.providers import get_provider
from danang.portal.payment.settings import IPaymentSettings
from danang.portal.payment.settings import PREFIX
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import TEST_USER_PASSWORD
from plone.testing.zope import Browser
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory

import pytest
import requests
import transaction

PATH = "@@danang-payment-controlpanel"


def test_the_test_sites_use_the_sandbox_with_its_own_secret(portal):
    # A new site has it off (tests/payment/test_sandbox_mode.py); the test layer turns it on.
    assert settings.read(IPaymentSettings, PREFIX, "provider") == "sandbox"
    install(portal)
    secret = settings.read(IPaymentSettings, PREFIX, "sandbox_secret")
    assert len(secret) == 64
    install(portal)  # idempotent: the secret is generated once
    assert settings.read(IPaymentSettings, PREFIX, "sandbox_secret") == secret
    provider = get_provider()
    assert provider.name == "sandbox" and provider.configured()
    assert provider.gateway_url() == f"{portal.absolute_url()}/@@cong-thanh-toan-thu-nghiem"
    assert not get_provider("vnpay").configured()  # no merchant account yet
    vocabulary = getUtility(IVocabularyFactory, "danang.portal.PaymentProviders")(portal)
    assert sorted(vocabulary.by_value) == ["sandbox", "vnpay"]


def test_control_panel_is_registered(portal):
    configlets = api.portal.get_tool("portal_controlpanel").listActions()
    assert "danang-payment" in [configlet.getId() for configlet in configlets]


def test_control_panel_needs_a_manager(functional):
    url = f"http://{functional['host']}:{functional['port']}/plone/{PATH}"
    for auth in (None, (TEST_USER_NAME, TEST_USER_PASSWORD)):
        response = requests.get(url, auth=auth, allow_redirects=False, timeout=30)
        assert response.status_code in (302, 401, 403)
        assert "TmnCode" not in response.text


@pytest.fixture
def admin(functional):
    install(functional["portal"])
    transaction.commit()
    browser = Browser(functional["app"])
    browser.handleErrors = False
    browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    browser.open(f"{functional['portal'].absolute_url()}/{PATH}")
    return browser


def test_secrets_are_never_shown_and_kept_when_left_empty(functional, admin, zope_conf):
    sandbox_secret = settings.read(IPaymentSettings, PREFIX, "sandbox_secret")
    assert "Thanh toán trực tuyến" in admin.contents
    # Without a public address nor the instance's own, the page says to set one.
    assert "@@thanh-toan-ipn/vnpay" not in admin.contents and "Địa chỉ công khai của cổng" in admin.contents
    api.portal.set_registry_record("danang.portal.site.public_url", "https://dichvucong.danang.example")
    transaction.commit()
    admin.reload()
    # The IPN address to give the gateway: the public one, whatever host the page was asked for.
    assert "https://dichvucong.danang.example/@@thanh-toan-ipn/vnpay" in admin.contents
    assert sandbox_secret not in admin.contents
    assert "form.widgets.sandbox_secret" not in admin.contents
    admin.getControl(name="form.widgets.merchant_code").value = "DNG00001"
    admin.getControl(name="form.widgets.hash_secret").value = "merchant-secret-XYZ"
    admin.getControl(name="form.widgets.payment_window").value = "20"
    admin.getControl(name="form.buttons.save").click()
    assert "Đã lưu cấu hình thanh toán trực tuyến" in admin.contents
    assert "merchant-secret-XYZ" not in admin.contents
    assert "Đã có khóa bí mật" in admin.contents
    transaction.begin()
    assert (settings.read(IPaymentSettings, PREFIX, "merchant_code"), settings.read(IPaymentSettings, PREFIX, "hash_secret"), settings.read(IPaymentSettings, PREFIX, "payment_window")) == (
        "DNG00001", "merchant-secret-XYZ", 20)
    # Saved again with the secret field left empty: the secret stays.
    admin.getControl(name="form.widgets.provider:list").value = ["vnpay"]
    admin.getControl(name="form.buttons.save").click()
    transaction.begin()
    assert settings.read(IPaymentSettings, PREFIX, "hash_secret") == "merchant-secret-XYZ"
    assert settings.read(IPaymentSettings, PREFIX, "provider") == "vnpay"
    assert get_provider().name == "vnpay" and get_provider().configured()
    assert settings.read(IPaymentSettings, PREFIX, "sandbox_secret") == sandbox_secret


def test_a_real_gateway_needs_its_merchant_account(functional, admin):
    admin.getControl(name="form.widgets.provider:list").value = ["vnpay"]
    admin.getControl(name="form.buttons.save").click()
    assert "Cần nhập địa chỉ cổng thanh toán, mã đơn vị (TmnCode) và khóa bí mật" in admin.contents
    transaction.begin()
    assert settings.read(IPaymentSettings, PREFIX, "provider") == "sandbox"
    admin.getControl(name="form.widgets.payment_window").value = "2"
    admin.getControl(name="form.buttons.save").click()
    transaction.begin()
    assert settings.read(IPaymentSettings, PREFIX, "payment_window") == 15  # below the minimum: refused
