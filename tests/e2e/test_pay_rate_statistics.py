"""Level 4 end to end in headless Chromium: a citizen without an account looks the dossier up,
pays its fee through the sandbox gateway, opens the e-receipt; once the result is returned they
rate the service, and the public statistics page counts the dossier and the rating."""

from danang.portal.lookup.throttle import BACKOFF
from danang.portal.payment.record import get_record
from tests.fixtures.driving import drive
from tests.fixtures.payment_http import new_dossier
from tests.fixtures.payment_http import refreshed

import pytest
import transaction

pytestmark = pytest.mark.e2e

TIMEOUT = 30_000  # ms: the machine may be busy


def look_up(page, base, dossier):
    """The public look-up, then the link to the applicant page."""
    page.goto(f"{base}/tra-cuu-ho-so")
    page.get_by_label("Mã hồ sơ").fill(dossier.dossier_code)
    page.get_by_label("Số điện thoại", exact=True).fill(dossier.applicant_phone)
    page.get_by_role("button", name="Tra cứu").click()
    page.get_by_role("link", name="Mở hồ sơ để nộp bổ sung, thanh toán, nhận kết quả, đánh giá").click()
    page.wait_for_url("**/@@ho-so-cong-dan?**")


def test_pay_receipt_rate_and_statistics(chromium, live, tmp_path):  # noqa: F811
    BACKOFF.reset()
    base = live["base"]
    dossier = new_dossier(live, user_id=None)  # level 4: the fee is due at submission
    due = get_record(refreshed(live, dossier)).amount_due
    assert due > 0
    page = chromium.new_page(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page.set_default_timeout(TIMEOUT)

    # Pay through the sandbox gateway.
    look_up(page, base, dossier)
    page.get_by_role("button", name="Thanh toán trực tuyến").click()
    page.wait_for_url("**/@@cong-thanh-toan-thu-nghiem?**")
    page.get_by_role("button", name="Thanh toán", exact=True).click()
    page.wait_for_url("**/@@ket-qua-thanh-toan/sandbox?**")
    assert "Thanh toán thành công" in page.content()
    page.get_by_role("link", name="Về trang hồ sơ").click()
    page.wait_for_url("**/@@ho-so-cong-dan?**")
    page.screenshot(path=str(tmp_path / "1-paid.png"), full_page=True)

    # The e-receipt: number, total, QR code.
    record = get_record(refreshed(live, dossier))
    [payment] = record.payments
    page.locator(".dn-ereceipt-panel a.dn-ereceipt-html").first.click()
    page.wait_for_url("**/@@bien-lai?**")
    receipt = page.locator("#dn-ereceipt").inner_text()
    assert payment["receipt"].split("-")[-1].lstrip("0") in receipt or payment["receipt"] in receipt
    assert f"{due:,}".replace(",", ".") in receipt
    assert page.locator("#dn-ereceipt svg, #dn-ereceipt img").count() >= 1  # the QR code
    page.screenshot(path=str(tmp_path / "2-receipt.png"), full_page=True)

    # The officials process the dossier and return the result.
    dossier = refreshed(live, dossier)
    drive(live["portal"], dossier, "returned")
    transaction.commit()

    # The citizen rates it.
    look_up(page, base, dossier)
    panel = page.locator("#dn-satisfaction")
    panel.get_by_label("Rất hài lòng", exact=True).check()
    panel.get_by_label("Ý kiến góp ý (không bắt buộc)").fill("Nộp phí trực tuyến rất tiện.")
    panel.get_by_role("button", name="Gửi đánh giá").click()
    page.wait_for_load_state()
    assert "Rất hài lòng" in page.locator("#dn-satisfaction").inner_text()
    assert refreshed(live, dossier).satisfaction_rating["level"] == "very_satisfied"
    page.screenshot(path=str(tmp_path / "3-rated.png"), full_page=True)

    # The statistics page counts it: received online, processed, rated "very satisfied".
    page.goto(f"{base}/@@thong-ke")
    table = page.locator("table.dn-stats-table")
    row = table.locator("tr", has_text="Sở Xây dựng").first
    cells = [" ".join(text.split()) for text in row.locator("td, th").all_inner_texts()]
    assert any(cell == "1" for cell in cells[1:]), cells
    satisfaction = page.locator(
        "table", has=page.locator("caption", has_text="Số lượt đánh giá và tỷ lệ theo từng mức, các cơ quan")
    )
    rated = satisfaction.locator("tr", has_text="Sở Xây dựng").first.inner_text()
    assert rated.split("\t")[1:3] == ["1", "1 (100 %)"], rated
    page.screenshot(path=str(tmp_path / "4-statistics.png"), full_page=True)
