"""The dossier page's workflow panel, the printable pages and the desk, through a browser."""

from danang.portal.dossier.create import create_dossier
from plone import api
from tests.fixtures.dossier_data import APPLICANT
from tests.fixtures.dossier_data import build_catalogue
from tests.fixtures.dossier_data import pdf_upload
from tests.fixtures.workflow_people import create_people
from tests.fixtures.workflow_people import PASSWORD
from zExceptions import Unauthorized

import io
import pytest
import transaction


@pytest.fixture
def site(functional):
    portal = functional["portal"]
    build_catalogue(portal)
    create_people()
    transaction.commit()
    return portal


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
    form = desk.getForm(id="dn-action-refuse")
    form.submit()
    assert "Vui lòng nêu lý do không tiếp nhận hồ sơ." in desk.contents
    assert api.content.get_state(refresh(dossier)) == "new"
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
        io.BytesIO(b"%PDF-1.4\n% ket qua\n%%EOF\n"), "application/pdf", "giay-phep.pdf"
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
    assert citizen.contents.startswith(b"%PDF-1.4\n% ket qua")
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
    # The leader of the unit holding it writes the apology letter with a new date.
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
