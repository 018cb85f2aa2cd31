"""End to end in headless Chromium: an officer accepts a dossier submitted online, a specialist
asks for a supplement, the citizen supplies it, the result is attached; the leader, landing on
the worklist, filters the dossiers awaiting approval and returns the draft to the specialist
with a reason; the new draft is approved and returned, and the citizen downloads it.

The dossier is created by create_dossier with channel "online" for the citizen's account, as the
e-form action does (the e-form itself is covered by tests/e2e/test_submission_flow.py).
"""

from danang.portal.dossier.create import create_dossier
from plone import api
from tests.fixtures.chromium import logged_in as login_page
from tests.fixtures.dossier_data import APPLICANT
from tests.fixtures.dossier_data import build_catalogue
from tests.fixtures.dossier_data import pdf_upload
from tests.fixtures.pdfs import one_page_pdf
from tests.fixtures.workflow_people import create_people
from tests.fixtures.workflow_people import PASSWORD

import pytest
import transaction

pytestmark = pytest.mark.e2e

TIMEOUT = 30_000
RESULT = one_page_pdf("Giay phep xay dung (thu nghiem)")


@pytest.fixture
def scene(functional):
    portal = functional["portal"]
    build_catalogue(portal)
    create_people()
    dossier = create_dossier(
        portal["thu-tuc"]["city"], {**APPLICANT, "user_id": "citizen"}, {}, [pdf_upload()], channel="online"
    )
    transaction.commit()
    site = f"http://{functional['host']}:{functional['port']}/{portal.getId()}"
    return site, dossier, site + dossier.absolute_url(relative=True)[len(portal.getId()):]


def logged_in(chromium, site, user):
    return login_page(chromium, site, user, PASSWORD, TIMEOUT)


def state(dossier):
    transaction.begin()
    return api.content.get_state(dossier)


def test_officer_citizen_round_trip(chromium, scene, tmp_path):
    site, dossier, url = scene
    desk = logged_in(chromium, site, "sxd-desk")
    desk.goto(url)
    desk.click("#dn-action-accept button[type=submit]")
    desk.wait_for_selector(".dn-timing")
    assert state(dossier) == "received"

    specialist = logged_in(chromium, site, "sxd-specialist")
    specialist.goto(url)
    specialist.click("#dn-action-start_processing button[type=submit]")
    # A secondary action: folded under its title until opened.
    specialist.click("#dn-more-request_supplement summary")
    specialist.fill("#missing_items", "Bản vẽ mặt bằng\nGiấy chứng nhận quyền sử dụng đất")
    specialist.click("#dn-action-request_supplement button[type=submit]")
    specialist.wait_for_load_state()
    assert state(dossier) == "supplement"

    citizen = logged_in(chromium, site, "citizen")
    citizen.goto(url)
    assert "Giấy chứng nhận quyền sử dụng đất" in citizen.inner_text(".alert-warning")
    supplement = tmp_path / "mat-bang.pdf"
    supplement.write_bytes(b"%PDF-1.4\n% ban ve mat bang\n%%EOF\n")
    citizen.set_input_files("#supplement_files", str(supplement))
    citizen.click("#dn-action-supply button[type=submit]")
    citizen.wait_for_load_state()
    assert state(dossier) == "processing"

    result = tmp_path / "giay-phep.pdf"
    result.write_bytes(RESULT)
    specialist.goto(url)
    specialist.set_input_files("#result_file", str(result))
    specialist.click("#dn-action-attach_result button[type=submit]")
    specialist.wait_for_load_state()
    leader = logged_in(chromium, site, "sxd-leader")
    # Officials land on their worklist; the approval step has its filter and count.
    assert leader.url.endswith("/@@ban-lam-viec")
    tab = leader.locator(".dn-worklist-states a[href*='state=awaiting_approval']")
    assert tab.locator(".badge").inner_text() == "1"
    tab.click()
    leader.wait_for_load_state()
    leader.click(f".dn-worklist-table a:text('{dossier.dossier_code}')")
    leader.wait_for_load_state()
    # One primary action (approve); "return to specialist" is secondary, with a required reason.
    assert leader.locator(".dn-dossier-actions .btn-primary").all_inner_texts() == ["Phê duyệt kết quả"]
    leader.screenshot(path=str(tmp_path / "leader-panel.png"), full_page=True)
    leader.click("#dn-more-return_to_specialist summary")
    leader.fill("#comment-return_to_specialist", "Thiếu số liệu diện tích ở trang 2")
    leader.click("#dn-action-return_to_specialist button[type=submit]")
    leader.wait_for_load_state()
    assert state(dossier) == "processing" and dossier.results() == []
    assert dossier.status_history[-1]["comment"] == "Thiếu số liệu diện tích ở trang 2"
    specialist.goto(url)
    specialist.set_input_files("#result_file", str(result))
    specialist.click("#dn-action-attach_result button[type=submit]")
    specialist.wait_for_load_state()
    leader.goto(url)
    leader.click("#dn-action-finish button[type=submit]")
    leader.wait_for_load_state()
    assert state(dossier) == "finished"
    desk.goto(url)
    desk.click("#dn-action-return_result button[type=submit]")
    desk.wait_for_load_state()
    assert state(dossier) == "returned"

    citizen.goto(url)
    with citizen.expect_download() as download:
        citizen.click("a.dn-result-download")
    saved = tmp_path / "downloaded.pdf"
    download.value.save_as(str(saved))
    # Signed on approval (signing/): the official's bytes, then the signature.
    signed = saved.read_bytes()
    assert signed.startswith(RESULT) and len(signed) > len(RESULT)
    assert [entry["status"] for entry in dossier.status_history] == [1, 2, 4, 5, 4, 4, 9, 10]
    # The applicant does not see the officials' internal return.
    assert "Thiếu số liệu diện tích" not in citizen.content()

    # Anyone checks the downloaded file on the public verification page.
    citizen.goto(f"{site}/@@kiem-tra-chu-ky")
    citizen.set_input_files("#dn-signature-file", str(saved))
    citizen.click(".dn-signature-form button[type=submit]")
    citizen.wait_for_load_state()
    assert citizen.get_attribute("#dn-signature-verdict", "data-verdict") == "genuine"
    assert "Sở Xây dựng" in citizen.inner_text(".dn-signature-unit")
    assert "Nguyễn" not in citizen.inner_text(".dn-signature-result")
    citizen.screenshot(path=str(tmp_path / "verify.png"), full_page=True)
