"""The receipt in headless Chromium: it renders styled, prints on one A4 page without the portal
around it, and its QR link opens the verification page. Screenshots go to $ERECEIPT_SHOTS when
set (to look at them)."""

from danang.portal import clock
from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.ereceipt.access import receipt_url
from danang.portal.ereceipt.access import verification_url
from danang.portal.ereceipt.issue import issue_receipt
from datetime import datetime
from pypdf import PdfReader
from tests.fixtures.driving import drive
from tests.fixtures.workflow_people import PASSWORD

import base64
import io
import os
import pytest
import transaction

pytestmark = pytest.mark.e2e

TIMEOUT = 30_000


@pytest.fixture
def portal(functional):
    return functional["portal"]


@pytest.fixture
def scene(functional, installed, make_dossier, payment, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: datetime(2025, 3, 4, 10, 15, tzinfo=TIMEZONE))
    dossier = drive(installed, make_dossier(), "payment")
    receipt = issue_receipt(dossier, payment(id="pay-1"))
    transaction.commit()
    served = f"http://{functional['host']}:{functional['port']}"
    return dossier, receipt, lambda url: url.replace("http://nohost", served)


def logged_in(chromium, user):
    # Plone answers an anonymous request with the login form, never a 401 challenge, so the
    # credentials go with every request.
    token = base64.b64encode(f"{user}:{PASSWORD}".encode()).decode()
    return chromium.new_context(extra_http_headers={"Authorization": f"Basic {token}"},
                                viewport={"width": 1280, "height": 900}, locale="vi-VN")


def shoot(page, name):
    folder = os.environ.get("ERECEIPT_SHOTS")
    if folder:
        os.makedirs(folder, exist_ok=True)
        page.screenshot(path=os.path.join(folder, f"{name}.png"), full_page=True)


def test_the_receipt_renders_and_prints_on_one_page(chromium, scene):
    dossier, receipt, served = scene
    context = logged_in(chromium, "citizen")
    page = context.new_page()
    page.goto(served(receipt_url(dossier, receipt)), timeout=TIMEOUT)
    sheet = page.locator("#dn-ereceipt")
    assert sheet.is_visible()
    assert page.locator(".dn-ereceipt-number").inner_text() == "0000001"
    assert page.locator(".dn-ereceipt-total-words").inner_text() == "Bảy mươi lăm nghìn đồng"
    assert page.locator(".dn-receipt-qr svg").bounding_box()["width"] >= 100
    # The theme styles the page (Barceloneta's buttons), and the sheet has its own frame.
    assert page.locator(".btn-primary").first.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    shoot(page, "receipt")

    page.emulate_media(media="print")
    assert not page.locator("#portal-header").is_visible()
    assert not page.locator(".dn-receipt-actions").is_visible()
    assert sheet.is_visible()
    printed = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    assert len(printed.pages) == 1
    assert "BIÊN LAI THU PHÍ, LỆ PHÍ" in printed.pages[0].extract_text()

    page.emulate_media(media="screen")
    page.set_viewport_size({"width": 375, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    shoot(page, "receipt-phone")


def test_the_qr_link_opens_the_verification_page(chromium, scene):
    dossier, receipt, served = scene
    page = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN").new_page()
    page.goto(served(verification_url(receipt)), timeout=TIMEOUT)
    assert page.locator(".dn-verify-result").is_visible()
    assert page.locator(".dn-verify-number").inner_text() == "0000001"
    shoot(page, "verify")
    page.fill("input[name=ma]", "AAAA-BBBB-CCCC-DDDD")
    page.click(".dn-verify-form button[type=submit]")
    assert page.locator(".dn-verify-error").is_visible()
    shoot(page, "verify-refused")


def test_the_panel_on_the_dossier_page(chromium, scene):
    dossier, receipt, served = scene
    context = logged_in(chromium, "sxd-desk")
    page = context.new_page()
    page.goto(served(dossier.absolute_url()), timeout=TIMEOUT)
    panel = page.locator(".dn-ereceipt-panel")
    assert panel.is_visible()
    shoot(page, "dossier-panel")
    with page.expect_navigation():
        panel.get_by_text("Xem, in biên lai").click()
    assert page.locator("#dn-ereceipt").is_visible()
