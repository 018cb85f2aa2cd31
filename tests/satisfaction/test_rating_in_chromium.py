"""Rating in headless Chromium: the radio buttons are reached by their labels, the browser's own
check asks for a level, and the rating is stored and shown; the e-mail's rating link works
without an account."""

from danang.portal.satisfaction.access import rating_url
from danang.portal.satisfaction.rating import rating_of
from tests.fixtures.driving import drive
from tests.fixtures.workflow_people import PASSWORD

import os
import pytest
import transaction

pytestmark = pytest.mark.e2e

TIMEOUT = 30_000
# Set DN_SCREENSHOTS=/some/dir to keep the screenshots for a look.
SHOTS = os.environ.get("DN_SCREENSHOTS")


@pytest.fixture
def portal(functional):
    return functional["portal"]


@pytest.fixture
def scene(functional, portal, people, make_dossier):
    dossier = drive(portal, make_dossier(), "returned")
    transaction.commit()
    site = f"http://{functional['host']}:{functional['port']}/{portal.getId()}"
    return site, dossier, site + dossier.absolute_url(relative=True)[len(portal.getId()):]


def shot(page, name, tmp_path):
    path = os.path.join(SHOTS or str(tmp_path), f"{name}.png")
    page.screenshot(path=path, full_page=True)
    assert os.path.getsize(path) > 0


def new_page(chromium, locale="vi-VN"):
    page = chromium.new_context(locale=locale).new_page()
    page.set_default_timeout(TIMEOUT)
    return page


def test_the_applicant_rates_in_the_browser(chromium, scene, tmp_path):
    site, dossier, url = scene
    page = new_page(chromium)
    page.goto(f"{site}/login")
    page.fill("#__ac_name", "citizen")
    page.fill("#__ac_password", PASSWORD)
    page.click("button[name='buttons.login']")
    page.wait_for_load_state()
    page.goto(url)
    panel = page.locator("#dn-satisfaction")
    assert panel.get_by_role("heading", name="Đánh giá mức độ hài lòng").is_visible()
    group = panel.get_by_role("group", name="Mức độ hài lòng")
    assert group.get_by_role("radio").count() == 3
    shot(page, "rating-form", tmp_path)

    # Sending without a level: the browser's check stops it, nothing is posted.
    panel.get_by_label("Ý kiến góp ý (không bắt buộc)").fill("Thủ tục nhanh gọn, cán bộ nhiệt tình.")
    panel.get_by_role("button", name="Gửi đánh giá").click()
    assert page.url == url
    assert panel.get_by_label("Hài lòng", exact=True).evaluate("radio => !radio.validity.valid")

    # A browser that does not check (or a forged post): the server refuses, the text stays.
    panel.locator("input[type=radio]").evaluate_all("radios => radios.forEach(r => r.removeAttribute('required'))")
    panel.get_by_role("button", name="Gửi đánh giá").click()
    page.wait_for_load_state()
    panel = page.locator("#dn-satisfaction")
    assert panel.locator("#dn-satisfaction-level-error").inner_text().startswith("Vui lòng chọn một mức đánh giá")
    assert panel.get_by_label("Ý kiến góp ý (không bắt buộc)").input_value() == "Thủ tục nhanh gọn, cán bộ nhiệt tình."
    shot(page, "rating-refused", tmp_path)

    panel.get_by_label("Rất hài lòng", exact=True).check()
    panel.get_by_role("button", name="Gửi đánh giá").click()
    page.wait_for_load_state()
    assert "Cảm ơn Ông/Bà đã đánh giá" in page.content()
    assert page.locator("#dn-satisfaction .dn-satisfaction-level").inner_text() == "Rất hài lòng"
    assert page.locator("#dn-satisfaction form").count() == 0
    shot(page, "rating-given", tmp_path)
    transaction.begin()
    assert rating_of(dossier)["comment"] == "Thủ tục nhanh gọn, cán bộ nhiệt tình."


def test_the_rating_link_without_an_account(chromium, portal, scene, tmp_path):
    site, dossier, url = scene
    link = rating_url(dossier).replace(portal.absolute_url(), site)
    page = new_page(chromium)
    page.goto(link)
    assert page.get_by_role("heading", level=1).inner_text() == f"Đánh giá hồ sơ {dossier.dossier_code}"
    shot(page, "rating-link", tmp_path)
    page.get_by_label("Không hài lòng", exact=True).check()
    page.get_by_label("Ý kiến góp ý (không bắt buộc)").fill("Phải đi lại nhiều lần.")
    page.get_by_role("button", name="Gửi đánh giá").click()
    page.wait_for_load_state()
    assert page.locator("#dn-satisfaction .dn-satisfaction-level").inner_text() == "Không hài lòng"
    shot(page, "rating-link-given", tmp_path)
    transaction.begin()
    assert rating_of(dossier)["level"] == "dissatisfied"
