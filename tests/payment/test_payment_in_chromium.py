"""End to end in headless Chromium: an applicant without an account pays a dossier's fees online
through the sandbox gateway, from the applicant page reached with the look-up link; then the desk
officer sees the payment on the dossier page.

Screenshots of every step go to $DANANG_SCREENSHOT_DIR (default: the test's temporary folder).
"""

from danang.portal.dossier.applicant_access import applicant_page_url
from danang.portal.payment.record import get_record
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.fixtures.driving import drive
from tests.fixtures.payment_http import new_dossier
from tests.fixtures.payment_http import refreshed
from tests.fixtures.workflow_people import PASSWORD

import base64
import os
import pytest
import transaction

pytestmark = pytest.mark.e2e

TIMEOUT = 30_000  # ms: the machine may be busy


@pytest.fixture
def shots(tmp_path):
    folder = os.environ.get("DANANG_SCREENSHOT_DIR") or str(tmp_path / "screenshots")
    os.makedirs(folder, exist_ok=True)

    def shoot(page, name):
        path = os.path.join(folder, f"payment-{name}.png")
        page.screenshot(path=path, full_page=True)
        return path

    return shoot


def logged_in(chromium, user, password):
    """A page of a new context sending the user's credentials (Plone answers an anonymous request
    with its login page, not with the 401 challenge that http_credentials waits for)."""
    credentials = base64.b64encode(f"{user}:{password}".encode()).decode()
    context = chromium.new_context(extra_http_headers={"Authorization": f"Basic {credentials}"},
                                   viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    return page


def test_pay_from_the_applicant_page_in_chromium(chromium, live, shots):
    dossier = new_dossier(live, user_id=None)
    link = applicant_page_url(dossier)
    page = chromium.new_page(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page.set_default_timeout(TIMEOUT)

    page.goto(link)
    panel = page.locator(".dn-payment")
    assert "575.000" in panel.inner_text()
    assert "Thanh toán trực tuyến" in panel.inner_text()
    shots(page, "1-applicant-page")

    page.get_by_role("button", name="Thanh toán trực tuyến").click()
    page.wait_for_url("**/@@cong-thanh-toan-thu-nghiem?**")
    assert "575.000" in page.inner_text("main") or "575.000" in page.content()
    assert "không có khoản tiền thật nào được" in page.content()
    shots(page, "2-sandbox-gateway")

    page.get_by_role("button", name="Thanh toán", exact=True).click()
    page.wait_for_url("**/@@ket-qua-thanh-toan/sandbox?**")
    assert "Thanh toán thành công" in page.content()
    shots(page, "3-result")

    page.get_by_role("link", name="Về trang hồ sơ").click()
    page.wait_for_url("**/@@ho-so-cong-dan?**")
    assert "Đã nộp đủ phí, lệ phí" in page.locator(".dn-payment").inner_text()
    shots(page, "4-applicant-page-paid")

    record = get_record(refreshed(live, dossier))
    assert record.state == "paid" and record.payments[0]["receipt"]

    # The desk officer's view of the same dossier, with the payment and its receipt number.
    desk = logged_in(chromium, "sxd-desk", PASSWORD)
    desk.goto(dossier.absolute_url())
    text = desk.locator(".dn-payment").inner_text()
    assert record.payments[0]["receipt"] in text and "Trực tuyến" in text
    shots(desk, "5-desk-dossier-page")


def test_desk_records_cash_in_chromium(chromium, live, shots):
    dossier = drive(live["portal"], new_dossier(live, answers={}), "payment")
    transaction.commit()
    desk = logged_in(chromium, "sxd-desk", PASSWORD)
    desk.goto(dossier.absolute_url())
    panel = desk.locator(".dn-payment")
    assert "75.000" in panel.inner_text() and "Dành cho cán bộ" in panel.inner_text()
    shots(desk, "6-desk-payment-due")
    desk.get_by_role("link", name="Ghi nhận nộp tiền mặt").click()
    desk.wait_for_url("**/@@thu-tien-mat")
    desk.fill("#dn-cash-reference", "PT-0042")
    shots(desk, "7-desk-cash-form")
    desk.get_by_role("button", name="Ghi nhận và lập biên lai").click()
    desk.wait_for_url(dossier.absolute_url())
    assert "Đã ghi nhận nộp tiền mặt 75.000 đồng" in desk.content()
    shots(desk, "8-desk-cash-recorded")
    dossier = refreshed(live, dossier)
    assert api.content.get_state(dossier) == "processing"
    assert get_record(dossier).payments[0]["reference"] == "PT-0042"


def test_control_panel_in_chromium(chromium, live, shots):
    admin = logged_in(chromium, SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    admin.goto(f"{live['base']}/@@danang-payment-controlpanel")
    assert admin.locator("#form-widgets-hash_secret").input_value() == ""
    shots(admin, "9-control-panel")
