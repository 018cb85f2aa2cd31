"""The dossier page's workflow panel, the printable pages and the desk, through a browser."""

from danang.portal.dossier.create import create_dossier
from lxml import html
from plone import api
from tests.fixtures.dossier_data import APPLICANT
from tests.fixtures.dossier_data import pdf_upload
from tests.fixtures.pdfs import one_page_pdf
from tests.fixtures.workflow_people import PASSWORD
from zExceptions import Unauthorized

import io
import pytest
import transaction

RESULT_PDF = one_page_pdf("Ket qua")


@pytest.fixture
def dossier(site):
    dossier = create_dossier(
        site["thu-tuc"]["city"], {**APPLICANT, "user_id": "citizen"}, {}, [pdf_upload()]
    )
    transaction.commit()
    return dossier


def refresh(dossier):
    transaction.begin()
    return dossier


def test_officer_and_citizen_through_the_pages(site, dossier, browse):
    url = dossier.absolute_url()
    desk = browse("sxd-desk")
    desk.open(url)
    assert "Tiếp nhận hồ sơ" in desk.contents
    # A refusal without a reason is refused with a message, not an error page.
    desk.getForm(id="dn-action-refuse").submit()
    desk.getForm(id="dn-confirm-form").submit()
    assert "Vui lòng nêu lý do không tiếp nhận hồ sơ." in desk.contents
    assert api.content.get_state(refresh(dossier)) == "new"
    desk.open(url)
    desk.getForm(id="dn-action-accept").submit()
    assert "Đã tiếp nhận hồ sơ" in desk.contents
    assert api.content.get_state(refresh(dossier)) == "received"

    specialist = browse("sxd-specialist")
    specialist.open(url)
    specialist.getForm(id="dn-action-start_processing").submit()
    specialist.getControl(name="missing_items").value = "Bản vẽ mặt bằng\nGiấy chứng nhận quyền sử dụng đất"
    specialist.getForm(id="dn-action-request_supplement").submit()
    assert api.content.get_state(refresh(dossier)) == "supplement"

    citizen = browse("citizen")
    citizen.open(url)
    assert "Giấy chứng nhận quyền sử dụng đất" in citizen.contents
    citizen.getControl(name="supplement_files_1").add_file(
        io.BytesIO(b"%PDF-1.4\n% bo sung\n%%EOF\n"), "application/pdf", "mat-bang.pdf"
    )
    citizen.getForm(id="dn-action-supply").submit()
    assert api.content.get_state(refresh(dossier)) == "processing"
    assert [f.file.filename for f in dossier.files("supplement")] == ["mat-bang.pdf"]

    specialist.open(url)
    assert "dn-action-finish" not in specialist.contents  # only the leader approves
    specialist.getControl(name="result_file").add_file(
        io.BytesIO(RESULT_PDF), "application/pdf", "giay-phep.pdf"
    )
    specialist.getForm(id="dn-action-attach_result").submit()
    # A draft result is not the applicant's until the leader approves it.
    draft = refresh(dossier).files("result")[0]
    with pytest.raises(Unauthorized):
        browse("citizen").open(f"{draft.absolute_url()}/@@download/file")
    citizen.open(url)
    assert "giay-phep.pdf" not in citizen.contents
    leader = browse("sxd-leader")
    leader.open(f"{draft.absolute_url()}/@@download/file")
    leader.open(url)
    assert "giay-phep.pdf" in leader.contents
    leader.getForm(id="dn-action-finish").submit()
    desk.open(url)
    desk.getForm(id="dn-action-return_result").submit()
    assert api.content.get_state(refresh(dossier)) == "returned"

    citizen.open(url)
    link = citizen.getLink("giay-phep.pdf")
    link.click()
    # Signed on approval: the official's file, unchanged, then the signature (signing/).
    assert citizen.contents.startswith(RESULT_PDF) and len(citizen.contents) > len(RESULT_PDF)
    # The tracking sheet is for officials; the other unit sees nothing.
    desk.open(f"{url}/@@tracking-sheet")
    assert "PHIẾU KIỂM SOÁT" in desk.contents and "Sở Xây dựng" in desk.contents
    citizen.open(url)
    with pytest.raises(Unauthorized):
        citizen.open(f"{url}/@@tracking-sheet")
    # The result is the applicant's (and the unit's): no one else downloads it.
    result = dossier.files("result")[0]
    for user in ("hc-desk", "other-citizen", None):
        with pytest.raises(Unauthorized):
            browse(user).open(f"{result.absolute_url()}/@@download/file")
        with pytest.raises(Unauthorized):
            browse(user).open(url)


def test_withdrawing_asks_for_confirmation_and_a_reason_apart_from_the_main_actions(site, dossier, browse):
    url = dossier.absolute_url()
    citizen = browse("citizen")
    citizen.open(url)
    page = html.fromstring(citizen.contents)
    [button] = page.xpath("//button[@name='submit-withdraw']")
    # Not one of the main actions' forms: its own section, a danger outline, a GET to a page.
    assert "btn-outline-danger" in button.get("class") and "btn-primary" not in button.get("class")
    assert button.xpath("ancestor::section[contains(@class, 'dn-irreversible-actions')]")
    assert button.xpath("ancestor::form")[0].get("method") == "get"
    # Posting the action directly (one click, no reason) changes nothing: it asks first.
    token = page.xpath("//input[@name='_authenticator']/@value")[0]
    citizen.post(f"{url}/@@dossier-action", f"_authenticator={token}&action=withdraw")
    assert "@@dossier-confirm" in citizen.url
    assert api.content.get_state(refresh(dossier)) == "new"
    # The confirmation page says what happens; the reason is required.
    citizen.open(url)
    citizen.getForm(id="dn-action-withdraw").submit()
    assert "Thao tác không hoàn tác được" in citizen.contents
    confirm = html.fromstring(citizen.contents)
    assert "btn-outline-danger" in confirm.xpath("//button[@name='submit-confirm']/@class")[0]
    citizen.getForm(id="dn-confirm-form").submit()
    assert "Vui lòng nêu lý do rút hồ sơ." in citizen.contents
    assert api.content.get_state(refresh(dossier)) == "new"
    citizen.getControl(name="comment").value = "Tôi nộp nhầm thủ tục"
    citizen.getForm(id="dn-confirm-form").submit()
    dossier = refresh(dossier)
    assert api.content.get_state(dossier) == "withdrawn"
    assert dossier.status_history[-1]["comment"] == "Tôi nộp nhầm thủ tục"
    workflow = api.portal.get_tool("portal_workflow")
    [chain] = workflow.getChainFor(dossier)
    assert workflow.getHistoryOf(chain, dossier)[-1]["comments"] == "Tôi nộp nhầm thủ tục"
    citizen.open(url)
    assert "Tôi nộp nhầm thủ tục" in citizen.contents  # shown on the dossier


def test_stopping_is_confirmed_with_its_reason_too(site, dossier, browse):
    from tests.fixtures.driving import drive

    drive(site, dossier, "received")
    transaction.commit()
    leader = browse("sxd-leader")
    leader.open(dossier.absolute_url())
    leader.getForm(id="dn-action-stop").submit()
    assert "Dừng xử lý" in leader.contents and "Thao tác không hoàn tác được" in leader.contents
    leader.getControl(name="comment").value = "Công trình đang tranh chấp"
    leader.getForm(id="dn-confirm-form").submit()
    dossier = refresh(dossier)
    assert api.content.get_state(dossier) == "stopped"
    assert dossier.status_history[-1]["comment"] == "Công trình đang tranh chấp"


def test_desk_receives_a_paper_dossier(site, browse):
    desk = browse("sxd-desk")
    desk.open(f"{site.absolute_url()}/@@desk-receive")
    desk.getControl(name="service_code").value = "1.009130"
    desk.getControl(name="applicant_name").value = "Trần Thị Giấy"
    desk.getControl(name="applicant_phone").value = "0905000111"
    desk.getControl(name="files_1").add_file(io.BytesIO(b"%PDF-1.4\n%%EOF\n"), "application/pdf", "don.pdf")
    desk.getForm(id="dn-desk-receive").submit()
    transaction.begin()
    [brain] = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(portal_type="Dossier")
    dossier = brain._unrestrictedGetObject()
    assert dossier.channel == "in_person"
    assert api.content.get_state(dossier) == "received"
    assert dossier.due is not None and dossier.tracking[0]["received_by"] == "sxd-desk"
    assert desk.url == dossier.absolute_url()
    # An official of no desk, and a citizen, cannot use the desk form.
    for user in ("sxd-specialist", "citizen"):
        with pytest.raises(Unauthorized):
            browse(user).open(f"{site.absolute_url()}/@@desk-receive")


def test_rest_workflow_meets_the_same_checks(site, dossier, functional):
    import requests

    base = f"http://{functional['host']}:{functional['port']}/{site.getId()}"
    path = dossier.absolute_url(relative=True)[len(site.getId()) + 1:]
    url = f"{base}/{path}/@workflow"
    auth = ("sxd-desk", PASSWORD)
    headers = {"Accept": "application/json", "Content-Type": "application/json"}
    refused = requests.post(f"{url}/refuse", json={"comment": ""}, auth=auth, headers=headers, timeout=30)
    assert refused.status_code == 400
    assert refused.json()["error"]["message"] == "Vui lòng nêu lý do không tiếp nhận hồ sơ."
    # Another unit's desk cannot even see it; the dossier's own desk accepts it.
    other = requests.post(f"{url}/accept", json={}, auth=("hc-desk", PASSWORD), headers=headers, timeout=30)
    assert other.status_code in (401, 403, 404)
    accepted = requests.post(f"{url}/accept", json={"comment": "Đủ hồ sơ"}, auth=auth, headers=headers, timeout=30)
    assert accepted.status_code == 200, accepted.text
    transaction.begin()
    assert api.content.get_state(dossier) == "received"
    assert dossier.status_history[-1]["comment"] == "Đủ hồ sơ"


def test_transfer_and_apology_pages(site, dossier, browse):
    from danang.portal.workflow.actions import perform
    from tests.fixtures.workflow_people import as_user

    as_user(site, "sxd-desk")
    perform(dossier, "accept")
    as_user(site, "sxd-specialist")
    perform(dossier, "start_processing")
    transaction.commit()
    url = dossier.absolute_url()
    specialist = browse("sxd-specialist")
    specialist.open(url)
    specialist.getControl(name="to_unit").value = ["UBND-492"]
    specialist.getControl(name="days").value = "2"
    specialist.getForm(id="dn-action-transfer").submit()
    assert "Đã chuyển hồ sơ sang đơn vị phối hợp." in specialist.contents
    hc = browse("hc-specialist")
    hc.open(url)
    hc.getForm(id="dn-action-acknowledge").submit()
    hc.open(f"{url}/@@tracking-sheet")
    rows = hc.contents.count('class="dn-tracking-row"')
    assert rows == 2 and "UBND quận Hải Châu (thử nghiệm)" in hc.contents
    assert "Theo Nghị định 118/2025/NĐ-CP" in hc.contents  # received after 1 July 2025 (legal.py)
    # Late (the letter is offered only then, or on the eve of the appointment): the leader of the
    # unit holding it writes the apology letter with a new date.
    from danang.portal import clock
    from datetime import timedelta

    transaction.begin()
    dossier.due = clock.now() - timedelta(hours=1)
    transaction.commit()
    leader = browse("hc-leader")
    leader.open(url)
    leader.getControl(name="new_due").value = "2099-01-05"
    leader.getForm(id="dn-action-apology").getControl(name="comment").value = "Chờ ý kiến cơ quan phối hợp"
    leader.getForm(id="dn-action-apology").submit()
    assert "Đã lập thư xin lỗi" in leader.contents
    transaction.begin()
    assert dossier.due.year == 2099 and dossier.original_due.year < 2099
    citizen = browse("citizen")
    citizen.open(f"{url}/@@apology-letter")
    assert "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ" in citizen.contents
    assert "05/01/2099" in citizen.contents and "Chờ ý kiến cơ quan phối hợp" in citizen.contents
    # Issued today: the rules of Decree 118/2025, no form number of Circular 01/2018 (legal.py).
    assert "Theo Nghị định 118/2025/NĐ-CP" in citizen.contents and "Mẫu số 04" not in citizen.contents
