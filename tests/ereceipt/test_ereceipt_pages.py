"""The receipt as a page and as a PDF, who may see it, and the dossier's receipts panel."""

from danang.portal import clock
from danang.portal.acknowledgement.access import make_token as submission_receipt_token
from danang.portal.acknowledgement.qr import qr_svg
from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.dossier.applicant_access import make_token
from danang.portal.ereceipt.access import PDF_VIEW
from danang.portal.ereceipt.access import receipt_url
from danang.portal.ereceipt.access import verification_url
from danang.portal.ereceipt.issue import issue_receipt
from datetime import datetime
from plone.testing.zope import Browser
from pypdf import PdfReader
from tests.fixtures.driving import drive
from tests.fixtures.workflow_people import PASSWORD

import io
import pytest
import re
import time
import transaction
import urllib.parse

ISSUED = datetime(2025, 3, 4, 10, 15, tzinfo=TIMEZONE)


@pytest.fixture
def portal(functional):
    return functional["portal"]


@pytest.fixture
def paid(installed, make_dossier, payment, monkeypatch):
    """A dossier asked for payment, paid online: (dossier, receipt), committed."""
    monkeypatch.setattr(clock, "now", lambda: ISSUED)
    dossier = drive(installed, make_dossier(), "payment")
    receipt = issue_receipt(dossier, payment(id="pay-1"))
    transaction.commit()
    return dossier, receipt


@pytest.fixture
def browse(functional):
    def make(user=None):
        browser = Browser(functional["app"])
        browser.handleErrors = False
        browser.raiseHttpErrors = False
        if user:
            browser.addHeader("Authorization", f"Basic {user}:{PASSWORD}")
        return browser

    return make


def url_with(url, **changes):
    parts = urllib.parse.urlsplit(url)
    query = dict(urllib.parse.parse_qsl(parts.query))
    query.update(changes)
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


def qr_path(svg):
    return re.search(r' d="[^"]+"', svg).group(0)


def pdf_text(data):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


PRINTED = (
    "SỞ XÂY DỰNG (THỬ NGHIỆM)",
    "SXD-25E",
    "0000001",
    "BIÊN LAI THU PHÍ, LỆ PHÍ",
    "Đà Nẵng, ngày 04 tháng 03 năm 2025",
    "Nguyễn Văn Thử",
    "12 Lê Lợi, Phường Thanh Bình, Quận Hải Châu",
    "Cấp giấy phép xây dựng (thử nghiệm) (1.009130)",
    "Lệ phí cấp giấy phép xây dựng",
    "Phí thẩm định hồ sơ",
    "50.000",
    "25.000",
    "75.000",
    "Bảy mươi lăm nghìn đồng",
    "Thanh toán trực tuyến qua VNPT Pay",
    "VNP-20250303-778899",
    "09 giờ 30 phút, ngày 03/03/2025",
)


def test_the_receipt_page_shows_everything_printed(paid, browse):
    dossier, receipt = paid
    browser = browse("citizen")
    browser.open(receipt_url(dossier, receipt))
    assert browser.headers["status"].startswith("200")
    assert browser.headers["Cache-Control"].startswith("private, no-store")
    page = browser.contents
    for text in PRINTED + (dossier.dossier_code,):
        assert text in page, text
    code = receipt["verification_code"]
    assert f"{code[:4]}-{code[4:8]}-{code[8:12]}-{code[12:]}" in page
    # The QR code carries the public verification link: the page's symbol is the one segno
    # draws for that link (the theme re-serialises the markup, so compare the drawing).
    assert qr_path(qr_svg(verification_url(receipt), scale=3)) in page
    assert "window.print()" in page and "++plone++danang.portal.acknowledgement/receipt.css" in page
    browser.getLink("Tải bản PDF").click()
    assert browser.headers["Content-Type"] == "application/pdf"


def test_the_pdf_says_the_same(paid, browse):
    dossier, receipt = paid
    browser = browse("sxd-desk")
    browser.open(receipt_url(dossier, receipt, view=PDF_VIEW))
    assert browser.headers["status"].startswith("200")
    assert browser.headers["Content-Type"] == "application/pdf"
    assert 'filename="bien-lai-SXD-25E-0000001.pdf"' in browser.headers["Content-Disposition"]
    text = pdf_text(browser.contents.encode("latin-1") if isinstance(browser.contents, str) else browser.contents)
    flat = " ".join(text.split())
    for printed in PRINTED + (dossier.dossier_code, "Mã tra cứu"):
        assert " ".join(printed.split()) in flat, printed


def test_a_cash_receipt_names_the_desk_and_the_official(installed, make_dossier, payment, browse, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: ISSUED)
    dossier = make_dossier()
    receipt = issue_receipt(dossier, payment(method="cash", provider="", reference="PT-000123", recorded_by="sxd-desk"))
    transaction.commit()
    browser = browse("sxd-desk")
    browser.open(receipt_url(dossier, receipt, view=PDF_VIEW))
    flat = " ".join(pdf_text(browser.contents).split())
    assert "Nộp tiền mặt tại Bộ phận tiếp nhận và trả kết quả" in flat
    assert "Số chứng từ tại quầy: PT-000123" in flat
    assert "NGƯỜI THU TIỀN" in flat and "sxd-desk" in flat


@pytest.mark.parametrize(
    "user, allowed",
    [
        ("citizen", True),  # the applicant's account (Owner)
        ("sxd-desk", True),  # the receiving unit's officials
        ("sxd-specialist", True),
        ("sxd-leader", True),
        ("hc-desk", False),  # another unit
        ("other-citizen", False),
        (None, False),  # anonymous, no token
    ],
)
@pytest.mark.parametrize("view", ["bien-lai", PDF_VIEW])
def test_who_may_see_a_receipt(paid, browse, user, allowed, view):
    dossier, receipt = paid
    browser = browse(user)
    browser.open(receipt_url(dossier, receipt, view=view))
    if allowed:
        assert browser.headers["status"].startswith("200")
    else:
        assert browser.headers["status"].startswith("404")
        assert "Không xem được biên lai" in browser.contents
        assert "Nguyễn Văn Thử" not in browser.contents


def test_the_bearer_of_the_applicant_link_sees_the_receipt(paid, browse):
    dossier, receipt = paid
    browser = browse()
    browser.open(url_with(receipt_url(dossier, receipt), t=make_token(dossier)))
    assert browser.headers["status"].startswith("200")
    assert "Nguyễn Văn Thử" in browser.contents
    # The PDF link carries the token on.
    browser.getLink("Tải bản PDF").click()
    assert browser.headers["Content-Type"] == "application/pdf"


@pytest.mark.parametrize("case", ["expired", "other dossier", "submission receipt token", "forged"])
def test_bad_links_are_refused(paid, make_dossier, browse, case):
    dossier, receipt = paid
    if case == "expired":
        token = make_token(dossier, now=time.time() - 7200, lifetime=3600)
    elif case == "other dossier":
        other = make_dossier()
        transaction.commit()
        token = make_token(other)
    elif case == "submission receipt token":
        token = submission_receipt_token(dossier.dossier_code)  # another purpose
    else:
        expires, signature = make_token(dossier).split(".")
        token = f"{int(expires) + 10**6}.{signature}"
    browser = browse()
    browser.open(url_with(receipt_url(dossier, receipt), t=token))
    assert browser.headers["status"].startswith("404")
    assert "Nguyễn Văn Thử" not in browser.contents


@pytest.mark.parametrize("change", [{"so": "0000002"}, {"so": "abc"}, {"kh": "UBND492-25E"}, {"code": "T-SXD-250101-9999"}])
def test_unknown_receipts_are_not_found(paid, browse, change):
    dossier, receipt = paid
    browser = browse("citizen")
    browser.open(url_with(receipt_url(dossier, receipt), **change))
    assert browser.headers["status"].startswith("404")


def test_the_number_alone_finds_the_receipt(paid, browse, portal):
    dossier, receipt = paid
    browser = browse("citizen")
    browser.open(f"{portal.absolute_url()}/@@bien-lai?code={dossier.dossier_code}&so=1")
    assert browser.headers["status"].startswith("200")
    assert "0000001" in browser.contents


def test_the_dossier_page_lists_its_receipts(paid, browse):
    dossier, receipt = paid
    for user in ("citizen", "sxd-desk"):
        browser = browse(user)
        browser.open(dossier.absolute_url())
        assert "Biên lai thu phí, lệ phí" in browser.contents
        assert "0000001" in browser.contents
        browser.getLink("Xem, in biên lai").click()
        assert browser.headers["status"].startswith("200")
        assert "BIÊN LAI THU PHÍ, LỆ PHÍ" in browser.contents


def test_the_applicant_page_lists_receipts_with_the_token(paid, browse, portal):
    dossier, receipt = paid
    token = make_token(dossier)
    browser = browse()
    browser.open(f"{portal.absolute_url()}/@@ho-so-cong-dan?" + urllib.parse.urlencode({"code": dossier.dossier_code, "t": token}))
    assert browser.headers["status"].startswith("200")
    link = browser.getLink("Tải PDF")
    assert dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(link.url).query))["t"] == token
    link.click()
    assert browser.headers["Content-Type"] == "application/pdf"


def test_no_panel_without_receipts(installed, make_dossier, browse):
    dossier = make_dossier()
    transaction.commit()
    browser = browse("citizen")
    browser.open(dossier.absolute_url())
    assert "Biên lai thu phí, lệ phí" not in browser.contents
