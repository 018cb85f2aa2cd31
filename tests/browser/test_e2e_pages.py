"""The public pages and the service edit form in a real browser (headless Chromium).

What only a browser shows: the theme's layout (no sideways scrolling on a phone), the click path
from the home page to a service, and the data grids' JavaScript turning typed rows into rows.
"""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import pytest
import transaction

pytestmark = pytest.mark.e2e


@pytest.fixture
def site_url(functional, catalogue):
    return f"http://{functional['host']}:{functional['port']}/plone"


def test_home_to_service_in_two_clicks(chromium, site_url):
    page = chromium.new_page()
    page.goto(site_url)
    page.get_by_role("link", name="Hộ tịch", exact=True).first.click()
    page.get_by_role("link", name="Thủ tục đăng ký khai sinh").click()
    assert page.locator("h1").inner_text() == "Thủ tục đăng ký khai sinh"
    assert page.locator(".dn-fact").count() == 5
    assert page.get_by_role("link", name="Nộp hồ sơ trực tuyến").is_visible()


@pytest.mark.parametrize("path", ["", "/thu-tuc/1-009130", "/co-quan/ubnd-492", "/co-quan", "/linh-vuc/ho-tich"])
def test_no_sideways_scrolling_on_a_phone(chromium, site_url, path):
    page = chromium.new_page(viewport={"width": 375, "height": 800})
    page.goto(site_url + path)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


def test_theme_styles_the_page(chromium, site_url):
    page = chromium.new_page()
    page.goto(site_url + "/thu-tuc/1-009130")
    # Barceloneta's header colour on the navigation bar: the theme's CSS is applied.
    background = page.evaluate("getComputedStyle(document.querySelector('#portal-mainnavigation') || document.body).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")


def test_fee_rows_typed_in_the_edit_form(chromium, site_url, functional):
    page = chromium.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(site_url + "/login")
    page.fill("#__ac_name", SITE_OWNER_NAME)
    page.fill("#__ac_password", SITE_OWNER_PASSWORD)
    page.click("button[name='buttons.login']")
    page.goto(site_url + "/thu-tuc/2-000806/edit")
    page.click(".autotoc-nav a:has-text('Thời hạn, phí, lệ phí')")
    # The service has one fee row; type a second one into the grid's blank row.
    page.fill("input[name='form.widgets.fees.AA.widgets.name']", "Phí khai thác dữ liệu")
    page.fill("input[name='form.widgets.fees.1.widgets.amount'], input[name='form.widgets.fees.AA.widgets.amount']", "-20000")
    page.click("#form-buttons-save")
    page.wait_for_load_state()
    cell = page.locator("#form-widgets-fees-1-widgets-amount").locator("xpath=..")
    assert "Mức thu không được là số âm" in cell.inner_text()
    page.click(".autotoc-nav a:has-text('Thời hạn, phí, lệ phí')")
    page.fill("#form-widgets-fees-1-widgets-amount", "20000")
    page.click("#form-buttons-save")
    page.wait_for_load_state()
    transaction.begin()
    service = api.content.find(portal_type="Service", code="2.000806", unrestricted=True)[0]._unrestrictedGetObject()
    assert [row["amount"] for row in service.fees] == [1000000, 20000]
    assert service.fees[1]["name"] == "Phí khai thác dữ liệu"
