"""The applicant page after a look-up (@@ho-so-cong-dan): a citizen without an account uploads a
supplement and downloads the result through the signed link, and nobody else gets in."""

from danang.portal.acknowledgement.access import make_token as receipt_token
from danang.portal.dossier.applicant_access import applicant_page_url
from danang.portal.dossier.applicant_access import make_token
from danang.portal.dossier.create import create_dossier
from danang.portal.lookup.throttle import BACKOFF
from lxml import html
from plone import api
from plone.testing.zope import Browser
from tests.fixtures.accounts import site_url
from tests.fixtures.dossier_data import APPLICANT
from tests.fixtures.dossier_data import build_catalogue
from tests.fixtures.dossier_data import pdf_upload
from tests.fixtures.driving import drive
from tests.fixtures.driving import step
from tests.fixtures.workflow_people import create_people

import pytest
import requests
import transaction
import urllib.parse

PDF = b"%PDF-1.4\n% bo sung\n%%EOF\n"


@pytest.fixture
def anonymous(functional):
    browser = Browser(functional["app"])
    browser.handleErrors = True  # 404 and 403 pages, as a visitor gets them
    browser.raiseHttpErrors = False
    return browser


@pytest.fixture
def make_dossier(functional):
    """Online dossiers of the citizen at the SXD desk, committed (the browser sees them)."""
    portal = functional["portal"]
    services = build_catalogue(portal)
    create_people()
    transaction.commit()

    def make():
        dossier = create_dossier(services["city"], {**APPLICANT, "user_id": "citizen"}, {}, [pdf_upload()])
        transaction.commit()
        return dossier

    return make


@pytest.fixture
def dossier(make_dossier):
    BACKOFF.reset()
    yield make_dossier()
    BACKOFF.reset()


def refresh(dossier):
    transaction.begin()
    return dossier


def served(functional, url):
    """The same URL on the layer's real HTTP server (for multi-file uploads)."""
    return url.replace(functional["portal"].absolute_url(), site_url(functional))


def post_supplement(functional, dossier, files, comment=""):
    """Open the applicant page on the real server and post its supplement form."""
    page = requests.get(served(functional, applicant_page_url(dossier)), timeout=60)
    [form] = html.fromstring(page.text).xpath("//form[contains(@action, 'nop-bo-sung')]")
    data = {field.get("name"): field.get("value") for field in form.xpath(".//input[@type='hidden']")}
    data["comment"] = comment
    uploads = [("supplement_files", (name, content, "application/pdf")) for name, content in files]
    return requests.post(form.get("action"), data=data, files=uploads, timeout=60)


def page_url(portal, dossier, token):
    query = urllib.parse.urlencode({"code": dossier.dossier_code, "t": token})
    return f"{portal.absolute_url()}/@@ho-so-cong-dan?{query}"


def test_the_look_up_leads_to_the_applicant_page(functional, dossier, anonymous):
    portal = functional["portal"]
    anonymous.open(f"{portal.absolute_url()}/@@tra-cuu-ho-so")
    anonymous.getControl(name="code").value = dossier.dossier_code
    anonymous.getControl(name="phone").value = dossier.applicant_phone
    anonymous.getControl(name="lookup").click()
    anonymous.getLink(url="@@ho-so-cong-dan").click()
    assert anonymous.headers["status"].startswith("200")
    assert dossier.dossier_code in anonymous.contents
    assert "Mới đăng ký" in anonymous.contents
    assert anonymous.headers["Cache-Control"].startswith("private, no-store")


@pytest.mark.parametrize("case", ["no token", "expired", "other dossier", "receipt token", "forged"])
def test_without_a_valid_link_nothing_is_shown(functional, dossier, make_dossier, anonymous, case):
    portal = functional["portal"]
    other = make_dossier()
    token = {
        "no token": "",
        "expired": make_token(dossier, now=1_000_000, lifetime=60),
        "other dossier": make_token(other),
        "receipt token": receipt_token(dossier.dossier_code),
        "forged": "9999999999.AAAA",
    }[case]
    anonymous.open(page_url(portal, dossier, token))
    assert anonymous.headers["status"].startswith("403")
    assert "Liên kết đã hết hạn hoặc không đúng" in anonymous.contents
    assert dossier.applicant_name not in anonymous.contents


def test_a_supplement_through_the_link_resumes_processing(functional, dossier, anonymous):
    portal = functional["portal"]
    drive(portal, dossier, "supplement")
    transaction.commit()
    anonymous.open(applicant_page_url(dossier))
    assert "Giấy tờ đất" in anonymous.contents  # every missing item is listed
    response = post_supplement(
        functional, dossier, [("mat-bang.pdf", PDF), ("giay-to-dat.pdf", PDF)], "Gửi bổ sung bản vẽ"
    )
    assert "Đã gửi giấy tờ bổ sung" in response.text
    dossier = refresh(dossier)
    assert api.content.get_state(dossier) == "processing"
    supplements = dossier.files("supplement")
    assert [item.file.filename for item in supplements] == ["mat-bang.pdf", "giay-to-dat.pdf"]
    supplement = supplements[0]
    assert supplement.file.contentType == "application/pdf"
    assert dossier.status_history[-1]["comment"] == "Gửi bổ sung bản vẽ"
    # The clock resumed: the pause is recorded.
    assert len(dossier.pauses) == 1


def test_a_bad_supplement_is_refused_and_nothing_is_kept(functional, dossier, anonymous):
    portal = functional["portal"]
    drive(portal, dossier, "supplement")
    transaction.commit()
    response = post_supplement(
        functional, dossier, [("mat-bang.pdf", PDF), ("ban-ve.pdf", b"MZ\x90\x00 not a document")]
    )
    assert "ban-ve.pdf" in response.text and "không phải là tệp" in response.text
    dossier = refresh(dossier)
    assert api.content.get_state(dossier) == "supplement"
    assert dossier.files("supplement") == []


def test_the_supplement_needs_the_supplement_state(functional, dossier, anonymous):
    portal = functional["portal"]
    drive(portal, dossier, "processing")
    transaction.commit()
    token = make_token(dossier)
    anonymous.open(applicant_page_url(dossier, token))
    assert "Nộp bổ sung giấy tờ" not in anonymous.contents
    # Posting anyway (from a page opened earlier) is refused with a message, nothing stored.
    step(portal, dossier, "supplement")
    transaction.commit()
    page = requests.get(served(functional, applicant_page_url(dossier, token)), timeout=60)
    [form] = html.fromstring(page.text).xpath("//form[contains(@action, 'nop-bo-sung')]")
    data = {field.get("name"): field.get("value") for field in form.xpath(".//input[@type='hidden']")}
    step(portal, dossier, "upload_supplement")
    step(portal, dossier, "supply")
    transaction.commit()
    response = requests.post(
        form.get("action"), data=data, files=[("supplement_files", ("a.pdf", PDF, "application/pdf"))],
        timeout=60,
    )
    assert "Hồ sơ không ở trạng thái chờ bổ sung giấy tờ." in response.text
    dossier = refresh(dossier)
    assert api.content.get_state(dossier) == "processing"
    assert len(dossier.files("supplement")) == 1  # the officials' test upload only


def test_the_result_is_downloaded_only_once_approved(functional, dossier, anonymous):
    portal = functional["portal"]
    drive(portal, dossier, "processing")
    step(portal, dossier, "upload_result")
    transaction.commit()
    token = make_token(dossier)
    [draft] = dossier.files("result")
    query = urllib.parse.urlencode({"code": dossier.dossier_code, "t": token, "file": draft.getId()})
    anonymous.open(applicant_page_url(dossier, token))
    assert "giay-phep.pdf" not in anonymous.contents
    anonymous.open(f"{portal.absolute_url()}/@@tai-ket-qua?{query}")
    assert anonymous.headers["status"].startswith("404")
    step(portal, dossier, "finish")
    transaction.commit()
    anonymous.open(applicant_page_url(dossier, token))
    anonymous.getLink("giay-phep.pdf").click()
    assert anonymous.headers["status"].startswith("200")
    assert anonymous.contents.startswith(b"%PDF")
    assert "attachment" in anonymous.headers["Content-Disposition"]
    # Another file of the dossier (the submission) is not offered this way.
    [submitted] = dossier.files("submission")
    other = urllib.parse.urlencode({"code": dossier.dossier_code, "t": token, "file": submitted.getId()})
    anonymous.open(f"{portal.absolute_url()}/@@tai-ket-qua?{other}")
    assert anonymous.headers["status"].startswith("404")


def test_a_refused_supplement_keeps_the_note_and_the_accepted_file_never_the_refused_one(functional, dossier):
    portal = functional["portal"]
    drive(portal, dossier, "supplement")
    transaction.commit()
    response = post_supplement(
        functional, dossier, [("mat-bang.pdf", PDF), ("ban-ve.pdf", b"MZ\x90\x00 not a document")],
        "Bản vẽ đã sửa theo yêu cầu",
    )
    page = html.fromstring(response.text)
    [note] = page.xpath("//textarea[@name='comment']")
    assert note.text == "Bản vẽ đã sửa theo yêu cầu"
    kept = " ".join(page.find_class("dn-supplement-kept")[0].text_content().split())
    assert "mat-bang.pdf" in kept and "ban-ve.pdf" not in kept
    assert "không phải là tệp" in page.find_class("dn-supplement-errors")[0].text_content()
    dossier = refresh(dossier)
    assert api.content.get_state(dossier) == "supplement" and dossier.files("supplement") == []
    # Sent again with a good drawing: the kept file goes in with it, and the note.
    [form] = page.xpath("//form[contains(@action, 'nop-bo-sung')]")
    data = [(field.get("name"), field.get("value")) for field in form.xpath(".//input[@type='hidden']")]
    data.append(("comment", note.text))
    response = requests.post(
        served(functional, form.get("action")), data=data,
        files=[("supplement_files", ("ban-ve.pdf", PDF, "application/pdf"))], timeout=60,
    )
    assert "Đã gửi giấy tờ bổ sung" in response.text
    dossier = refresh(dossier)
    assert api.content.get_state(dossier) == "processing"
    assert sorted(item.file.filename for item in dossier.files("supplement")) == ["ban-ve.pdf", "mat-bang.pdf"]
    assert dossier.status_history[-1]["comment"] == "Bản vẽ đã sửa theo yêu cầu"


def test_an_approved_result_is_not_served_while_fees_are_owed(functional, dossier, anonymous):
    from danang.portal.payment.obligations import state_amount

    portal = functional["portal"]
    drive(portal, dossier, "finished")
    # "Đã xử lý xong" with 50.000 đ still owed.
    state_amount(dossier, 50000, "Lệ phí cấp giấy phép", "sxd-desk")
    transaction.commit()
    token = make_token(dossier)
    [result] = dossier.files("result")
    anonymous.open(applicant_page_url(dossier, token))
    assert "Đã xử lý xong" in anonymous.contents
    assert "giay-phep.pdf" not in anonymous.contents
    assert "sẽ tải được sau khi bạn nộp đủ phí, lệ phí" in anonymous.contents
    query = urllib.parse.urlencode({"code": dossier.dossier_code, "t": token, "file": result.getId()})
    anonymous.open(f"{portal.absolute_url()}/@@tai-ket-qua?{query}")
    assert not anonymous.contents.startswith("%PDF")
    assert "@@ho-so-cong-dan" in anonymous.url
    # Exempted (or paid): the same link serves it.
    state_amount(refresh(dossier), 0, "Miễn lệ phí", "sxd-desk")
    transaction.commit()
    anonymous.open(f"{portal.absolute_url()}/@@tai-ket-qua?{query}")
    assert anonymous.contents.startswith(b"%PDF")
