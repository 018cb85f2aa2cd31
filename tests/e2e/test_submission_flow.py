"""End to end in headless Chromium: find the construction permit with the search page, open it,
submit its e-form with a real PDF, get the receipt, then look the dossier up by code and phone.

Screenshots of every step go to $DANANG_SCREENSHOT_DIR (default: the test's temporary folder).
"""

from tests.fixtures import forms as form_testing

import os
import pytest
import re
import time

pytestmark = pytest.mark.e2e

TIMEOUT = 30_000  # ms: the machine may be busy
APPLICANT = form_testing.APPLICANT


@pytest.fixture
def shots(tmp_path):
    folder = os.environ.get("DANANG_SCREENSHOT_DIR") or str(tmp_path / "screenshots")
    os.makedirs(folder, exist_ok=True)
    taken = []

    def shoot(page, name):
        path = os.path.join(folder, f"{len(taken) + 1:02d}-{name}.png")
        page.screenshot(path=path, full_page=True)
        taken.append(path)
        return path

    shoot.taken = taken
    return shoot


def real_pdf(chromium, path, title):
    """A genuine PDF, printed by Chromium itself from a small page."""
    page = chromium.new_page()
    page.set_content(f"<h1>{title}</h1><p>Người nộp: {APPLICANT['name']}. Bản điện tử để thử nghiệm.</p>")
    page.pdf(path=str(path), format="A4")
    page.close()
    return path


def test_search_submit_receipt_and_look_up(chromium, submission_flow, shots, tmp_path):
    started = time.monotonic()
    site = f"http://{submission_flow['host']}:{submission_flow['port']}/{submission_flow['portal'].getId()}"
    application = real_pdf(chromium, tmp_path / "don-de-nghi.pdf", "Đơn đề nghị cấp giấy phép xây dựng")
    drawing = real_pdf(chromium, tmp_path / "ban-ve.pdf", "Bản vẽ thiết kế")
    assert application.read_bytes().startswith(b"%PDF-")

    page = chromium.new_page(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page.set_default_timeout(TIMEOUT)

    # 1. The search page: type, submit, find the service among the results.
    page.goto(f"{site}/thu-tuc")
    page.fill("#dn-search-q", "giấy phép xây dựng")
    page.press("#dn-search-q", "Enter")
    # With JavaScript the results region is swapped in place and the URL updated (search.js).
    page.wait_for_function(
        "new URLSearchParams(location.search).get('q') === 'giấy phép xây dựng'"
        " && !document.getElementById('dn-search-region').hasAttribute('aria-busy')"
    )
    titles = page.locator(".dn-card-title a")
    assert "Thủ tục đăng ký khai sinh" not in titles.all_inner_texts()
    result = titles.filter(has_text="Cấp giấy phép xây dựng nhà ở riêng lẻ")
    result.wait_for()
    shots(page, "search-results")

    # 2. The service page, then its online submission button.
    result.click()
    page.wait_for_url("**/thu-tuc/1.009130")
    submit_online = page.locator("a.btn", has_text="Nộp hồ sơ trực tuyến")
    submit_online.wait_for()
    shots(page, "service")
    submit_online.click()
    page.wait_for_url("**/thu-tuc/1.009130/nop-ho-so")
    page.wait_for_selector("#form-widgets-name")

    # 3. The e-form: applicant, address, files, commitment.
    for name in ("name", "id_number", "address", "phone", "email"):
        page.fill(f"#form-widgets-{name}", APPLICANT[name])
    page.fill("#form-widgets-birth_date", APPLICANT["birth_date"])
    page.select_option("#form-widgets-district", APPLICANT["district"])
    # The ward list follows the district (forms/static/wards.js); without JavaScript it lists all.
    page.wait_for_selector(f"#form-widgets-ward option[value='{APPLICANT['ward']}']", state="attached")
    page.select_option("#form-widgets-ward", APPLICANT["ward"])
    page.set_input_files("#form-widgets-file_1", str(application))
    page.set_input_files("#form-widgets-file_2", str(drawing))
    page.check("#form-widgets-commitment-0")
    shots(page, "form-filled")
    page.click("#form-buttons-submit")

    # 4. The receipt, with the dossier code.
    page.wait_for_url("**/@@receipt?code=*")
    code = page.locator(".dn-dossier-code").first.inner_text().strip()
    assert re.match(r"^H17\.492-\d{6}-\d{4}$", code), code
    shots(page, "receipt")

    # 5. The look-up page, from the home page's link: code + phone.
    page.goto(site)
    page.click("a[href$='/tra-cuu-ho-so']")
    page.wait_for_selector("#dn-lookup-code")
    page.fill("#dn-lookup-code", code)
    page.fill("#dn-lookup-phone", APPLICANT["phone"])
    shots(page, "lookup-form")
    page.click(".dn-lookup-form button[type=submit]")
    status = page.locator(".dn-lookup-status")
    status.wait_for()
    assert status.inner_text().strip() == "Mới đăng ký"
    assert page.locator(".dn-lookup-code").inner_text().strip() == code
    assert page.locator(".dn-lookup-history tbody tr").count() == 1
    assert APPLICANT["name"] not in page.locator("#content").inner_text()
    shots(page, "lookup-result")

    assert len(shots.taken) == 6
    assert time.monotonic() - started < 90
