"""The sandbox payment is a development mode: off on a new site, refused on a production instance,
badged while on (payment/sandbox_mode.py, docs/security.md)."""

from danang.portal import settings
from danang.portal.cli.site import enable_development_sandbox
from danang.portal.ereceipt.access import receipt_url
from danang.portal.ereceipt.store import receipts_of
from danang.portal.payment import sandbox_mode
from danang.portal.payment.providers import enable_for_development
from danang.portal.payment.providers import get_provider
from danang.portal.payment.record import get_record
from danang.portal.payment.settings import IPaymentSettings
from danang.portal.payment.settings import PREFIX
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser
from tests.fixtures.payment_http import gateway_choice
from tests.fixtures.payment_http import new_dossier
from tests.fixtures.payment_http import notify
from tests.fixtures.payment_http import query_of
from tests.fixtures.payment_http import refreshed
from tests.fixtures.payment_http import session
from tests.fixtures.payment_http import signed_result
from tests.fixtures.payment_http import start
from tests.fixtures.payment_http import TIMEOUT
from tests.fixtures.workflow_people import PASSWORD
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory

import pytest
import transaction

CITIZEN = ("citizen", PASSWORD)
BADGE = "Môi trường thử nghiệm: thanh toán không thật"


def providers(portal):
    return sorted(getUtility(IVocabularyFactory, "danang.portal.PaymentProviders")(portal).by_value)


def test_a_new_site_has_the_sandbox_off(portal):
    # What the profile ships; the test layer turns the sandbox on afterwards (testing.py).
    assert IPaymentSettings["sandbox_enabled"].default is False
    assert IPaymentSettings["provider"].default == "vnpay"
    sandbox_mode.disable()
    assert not sandbox_mode.active()
    assert not get_provider("sandbox").configured()
    assert sandbox_mode.badge_for("sandbox") is None
    # Offered (not production) but not usable until enabled.
    assert providers(portal) == ["sandbox", "vnpay"]


def test_development_turns_it_on_production_refuses(portal, zope_conf, capsys):
    sandbox_mode.disable()
    settings.write(IPaymentSettings, PREFIX, "provider", "vnpay")
    zope_conf(production="on")
    assert enable_development_sandbox() is False
    assert "production" in capsys.readouterr().err
    assert not sandbox_mode.enabled()
    with pytest.raises(sandbox_mode.SandboxRefused):
        sandbox_mode.enable()
    zope_conf(production="off")
    transaction.savepoint()
    enable_for_development()
    assert sandbox_mode.active() and get_provider().name == "sandbox" and get_provider().configured()
    # A copied database says "on": a production instance still neither offers nor serves it.
    zope_conf(production="on")
    assert sandbox_mode.enabled() and not sandbox_mode.active()
    assert providers(portal) == ["vnpay"]
    assert not get_provider("sandbox").configured()


def test_the_control_panel_refuses_the_sandbox_unless_enabled_and_hides_it_in_production(functional, zope_conf):
    browser = Browser(functional["app"])
    browser.handleErrors = False
    browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    url = f"{functional['portal'].absolute_url()}/@@danang-payment-controlpanel"
    browser.open(url)
    browser.getControl(name="form.widgets.sandbox_enabled:list").value = []
    browser.getControl(name="form.buttons.save").click()
    assert "Cổng thanh toán thử nghiệm đang tắt" in browser.contents
    transaction.begin()
    assert sandbox_mode.enabled()  # nothing saved
    zope_conf(production="on")
    browser.open(url)
    assert "form.widgets.sandbox_enabled" not in browser.contents
    # Not offered; the stored choice shows as missing (z3c.form) until a real gateway is chosen.
    assert "Cổng thanh toán thử nghiệm (không thu tiền thật)" not in browser.contents


def test_off_the_gateway_answers_403_and_in_production_404(live, zope_conf):
    dossier = new_dossier(live)
    browser = session(CITIZEN)
    page = browser.get(dossier.absolute_url(), timeout=TIMEOUT).text
    assert BADGE in page  # the payment panel, while the sandbox takes the payments
    gateway = start(browser, dossier.absolute_url())
    opened = session().get(gateway, timeout=TIMEOUT)
    assert opened.status_code == 200 and BADGE in opened.text

    transaction.begin()
    sandbox_mode.disable()
    transaction.commit()
    closed = session().get(gateway, timeout=TIMEOUT)
    assert closed.status_code == 403
    assert "Cổng thanh toán thử nghiệm đang tắt trên cổng dịch vụ công này" in closed.text
    assert BADGE not in closed.text and "Thanh toán</button>" not in closed.text
    page = browser.get(dossier.absolute_url(), timeout=TIMEOUT).text
    assert BADGE not in page and "Cổng thanh toán trực tuyến chưa được cấu hình" in page

    transaction.begin()
    sandbox_mode.enable()
    transaction.commit()
    zope_conf(production="on")
    absent = session().get(gateway, timeout=TIMEOUT)
    assert absent.status_code == 404
    assert "Không có cổng thanh toán thử nghiệm trên máy chủ chính thức" in absent.text


def test_while_off_its_notifications_count_for_nothing(live):
    dossier = new_dossier(live)
    gateway = start(session(CITIZEN), dossier.absolute_url())
    transaction.begin()
    sandbox_mode.disable()
    transaction.commit()
    ref = query_of(gateway)["vnp_TxnRef"]
    assert notify(live["base"], signed_result(ref, 575000))["RspCode"] == "01"  # not found
    dossier = refreshed(live, dossier)
    assert get_record(dossier).state == "due"
    assert [entry["reason"] for entry in get_record(dossier).log] == ["sandbox_off"]


def test_a_sandbox_payment_is_badged_and_its_receipt_is_a_test_one(live):
    dossier = new_dossier(live)
    browser = session(CITIZEN)
    returned = gateway_choice(start(browser, dossier.absolute_url()), "pay")
    result = browser.get(returned, timeout=TIMEOUT).text
    assert "Thanh toán thành công" in result and BADGE in result
    payment = get_record(refreshed(live, dossier)).payments[0]
    receipt = receipts_of(refreshed(live, dossier))[0]
    assert payment["receipt"] and receipt["symbol"].startswith("TEST-") and receipt["test"]
    page = browser.get(receipt_url(dossier, receipt), timeout=TIMEOUT).text
    assert "BIÊN LAI THỬ NGHIỆM" in page
