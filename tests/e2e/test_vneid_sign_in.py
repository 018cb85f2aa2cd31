"""End to end in headless Chromium with a real OpenID Connect provider on 127.0.0.1: a citizen
signs in with "VNeID" from the login page, lands on the e-form pre-filled with the verified
details (read-only; a value changed in the page anyway is refused), submits, gets the receipt; the
delivery worker tells the national portal's simulator of the new dossier (our code, the verified
details, under the national field names), then of each status while officials process it to
"returned", and the outbox is empty at the end (@national-sync); logging out ends the provider's session too (it asks for the login again); the provider's answer
opened again (the browser's history) is refused; with local registration off, the registration
page says to sign in with VNeID.

Screenshots of every step go to $DANANG_SCREENSHOT_DIR (default: the test's temporary folder).
"""

from danang.portal.dossier.finding import find_dossier
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.fixtures import forms as form_testing
from tests.fixtures import vneid as testing
from tests.fixtures.driving import step
from tests.fixtures.national import run_worker
from tests.fixtures.workflow_people import create_people
from zope.component.hooks import setSite

import os
import pytest
import re
import requests
import time
import transaction

pytestmark = pytest.mark.e2e

TIMEOUT = 30_000  # ms: the machine may be busy


def test_sign_in_with_vneid_prefilled_form_submit_and_logout(chromium, submission_flow, simulator, oidc_provider, tmp_path):
    started = time.monotonic()
    portal = submission_flow["portal"]
    site = f"http://{submission_flow['host']}:{submission_flow['port']}/{portal.getId()}"
    provider = oidc_provider([f"{site}/@@vneid-callback"], [f"{site}/logged-out"], testing.ACCOUNTS)
    setSite(portal)
    testing.configure(provider)
    create_people(units=("UBND-492",))  # the officials of the receiving unit (hc-desk, ...)
    transaction.commit()
    folder = os.environ.get("DANANG_SCREENSHOT_DIR") or str(tmp_path / "screenshots")
    os.makedirs(folder, exist_ok=True)
    shots = []

    def shoot(page, name):
        shots.append(os.path.join(folder, f"vneid-{len(shots) + 1:02d}-{name}.png"))
        page.screenshot(path=shots[-1], full_page=True)

    page = chromium.new_page(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page.set_default_timeout(TIMEOUT)
    callbacks = []
    page.on("request", lambda request: callbacks.append(request.url) if "/@@vneid-callback?" in request.url else None)
    form_url = f"{site}/thu-tuc/1.009130/nop-ho-so"

    # 1. The login page offers VNeID first; officials keep the form below it.
    page.goto(f"{site}/login?came_from={form_url}")
    button = page.locator(".dn-vneid-login a.dn-vneid-button")
    assert button.inner_text().strip() == "Đăng nhập bằng VNeID"
    assert page.locator("#login-form").count() == 1
    shoot(page, "login-page")
    button.click()

    # 2. The provider's own pages: login, then consent.
    page.wait_for_url(f"{provider.issuer}/interaction/**")
    page.fill("input[name=login]", testing.CITIZEN_LOGIN)
    page.fill("input[name=password]", "mat-khau")
    shoot(page, "provider-login")
    page.click("button[type=submit]")
    page.wait_for_selector("button[type=submit]")
    shoot(page, "provider-consent")
    page.click("button[type=submit]")

    # 3. Back on the e-form, signed in: the verified details pre-filled and read-only.
    page.wait_for_url(form_url)
    page.wait_for_selector("#form-widgets-name")
    assert page.input_value("#form-widgets-name") == testing.CITIZEN["name"]
    assert page.input_value("#form-widgets-id_number") == testing.CITIZEN["personal_id"]
    assert page.input_value("#form-widgets-birth_date") == testing.CITIZEN["birthdate"]
    for name in ("name", "id_number", "birth_date"):
        assert page.get_attribute(f"#form-widgets-{name}", "readonly") is not None, name
    assert page.get_attribute("#form-widgets-phone", "readonly") is None
    assert "xác thực qua tài khoản định danh điện tử VNeID" in page.locator(".dn-verified-note").inner_text()
    shoot(page, "prefilled-form")

    # 4. A value changed in the page anyway (the browser's tools) is refused by the server.
    page.evaluate("document.getElementById('form-widgets-name').removeAttribute('readonly')")
    page.fill("#form-widgets-name", "Người Khác")
    applicant = form_testing.APPLICANT
    for name in ("address", "phone"):
        page.fill(f"#form-widgets-{name}", applicant[name])
    page.select_option("#form-widgets-district", applicant["district"])
    page.wait_for_selector(f"#form-widgets-ward option[value='{applicant['ward']}']", state="attached")
    page.select_option("#form-widgets-ward", applicant["ward"])
    pdf = tmp_path / "don.pdf"
    pdf.write_bytes(form_testing.PDF)
    page.set_input_files("#form-widgets-file_1", str(pdf))
    page.set_input_files("#form-widgets-file_2", str(pdf))
    page.check("#form-widgets-commitment-0")
    page.click("#form-buttons-submit")
    page.wait_for_selector(".invalid-feedback, .fieldErrorBox, .error")
    assert "đã được xác thực qua VNeID nên không sửa được" in page.locator("#content").inner_text()
    shoot(page, "changed-verified-refused")

    # The form comes back with the verified name again (read-only) and the valid files kept.
    assert page.input_value("#form-widgets-name") == testing.CITIZEN["name"]
    assert page.get_attribute("#form-widgets-name", "readonly") is not None

    # 5. Sent again as it is, the dossier is made with the verified details.
    page.click("#form-buttons-submit")
    page.wait_for_url("**/@@receipt?code=*")
    code = page.locator(".dn-dossier-code").first.inner_text().strip()
    assert re.match(r"^H17\.492-\d{6}-\d{4}$", code), code
    shoot(page, "receipt")
    transaction.begin()
    dossier = find_dossier(code)
    assert dossier.applicant_name == testing.CITIZEN["name"]
    assert dossier.applicant_id_number == testing.CITIZEN["personal_id"]

    # 6. The national portal hears of it (docs/national.md): the worker delivers the creation...
    assert simulator.received == []  # the worker sends, never the submission itself
    assert run_worker(portal)
    record = simulator.dossiers[code]["record"]
    assert (record["MaHoSo"], record["MaTTHC"], record["TrangThaiHoSo"]) == (code, "1.009130", "1")
    assert (record["ChuHoSo"], record["SoCMND"]) == (testing.CITIZEN["name"], testing.CITIZEN["personal_id"])
    assert simulator.statuses(code) == []
    # ...then each status as the officials of UBND-492 process it to "returned", in order.
    delivered = []
    for name, status in (("accept", 2), ("start", 4), ("upload_result", None), ("finish", 9), ("return", 10)):
        transaction.begin()
        step(portal, find_dossier(code), name, unit="hc")
        transaction.commit()
        assert run_worker(portal)
        delivered += [status] if status else []
        assert simulator.statuses(code) == delivered, name
    record = simulator.dossiers[code]["record"]
    assert record["TrangThaiHoSo"] == "10" and record["NgayKetThucXuLy"] and record["NgayTra"]
    assert [paper["TenGiayTo"] for paper in record["DanhSachGiayToKetQua"]] == ["Giấy phép xây dựng"]
    sync = requests.get(f"{site}/@national-sync", auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
                        headers={"Accept": "application/json"}, timeout=60).json()
    assert (sync["pending"], sync["failing_count"], sync["dead_count"], sync["blocked_dossiers"]) == (0, 0, 0, 0)

    # 7. Logging out ends both sessions: Plone's, then the provider's (its confirmation page).
    page.goto(f"{site}/logout")
    page.wait_for_url(f"{provider.issuer}/session/end**")
    shoot(page, "provider-logout")
    page.click("button[name=logout]")
    page.wait_for_url(f"{site}**")
    assert page.locator("#portal-personaltools a[href$='/logout']").count() == 0
    shoot(page, "logged-out")
    # Signing in again asks for the login at the provider: its session is gone.
    page.goto(f"{site}/@@vneid-login")
    page.wait_for_selector("input[name=login]")
    shoot(page, "provider-asks-again")

    # 8. The provider's answer again, from the history: refused, nobody signed in.
    assert len(callbacks) == 1
    page.goto(callbacks[0])
    assert "Phiên đăng nhập VNeID không hợp lệ hoặc đã được dùng" in page.locator(".dn-vneid-refused").inner_text()
    assert page.locator("#portal-personaltools a[href$='/logout']").count() == 0
    shoot(page, "replay-refused")

    # 9. Local registration off (the 2025 rule): the registration page says to use VNeID.
    setSite(portal)
    testing.configure(provider, local_registration=False)
    transaction.commit()
    page.goto(f"{site}/@@register")
    assert "hãy đăng nhập bằng tài khoản định danh điện tử VNeID" in " ".join(page.locator("#content").inner_text().split())
    shoot(page, "registration-closed")

    assert len(shots) == 11
    assert time.monotonic() - started < 120
