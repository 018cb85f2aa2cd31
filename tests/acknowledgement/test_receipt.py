"""The receipt after an online submission: page (form 01 fields, QR), PDF, e-mail, access."""

from danang.portal.acknowledgement.access import make_token
from email.utils import parseaddr
from lxml import html
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from urllib.error import HTTPError

import io
import pypdf
import pytest
import urllib.parse


def text_of(browser, css_class):
    return [" ".join(node.text_content().split()) for node in html.fromstring(browser.contents).find_class(css_class)]


def test_the_receipt_page_shows_the_form_01_fields(submitted, browser):
    dossier, url = submitted
    assert "@@receipt" in url
    page = " ".join(html.fromstring(browser.contents).text_content().split())
    assert text_of(browser, "dn-dossier-code") == [dossier.dossier_code]
    assert "UBND QUẬN HẢI CHÂU" in page  # issuing unit
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in page
    assert text_of(browser, "dn-applicant-name") == ["Nguyễn Thị Hoà"]
    assert text_of(browser, "dn-applicant-address") == ["12 Lê Duẩn, Phường Thạch Thang, Quận Hải Châu"]
    assert text_of(browser, "dn-applicant-phone") == ["0905123456"]
    assert text_of(browser, "dn-procedure") == ["Cấp giấy phép xây dựng nhà ở riêng lẻ (1.009130)"]
    rows = [[" ".join(cell.text_content().split()) for cell in row.findall("td")]
            for row in html.fromstring(browser.contents).find_class("dn-receipt-papers")[0].iter("tr")][1:]
    assert rows == [
        ["1", "Đơn đề nghị cấp giấy phép xây dựng Đơn đề nghị.pdf", "Bản chính (bản điện tử)", "1"],
        ["2", "Bản vẽ thiết kế xây dựng mat-bang.dwg", "Bản chính (bản điện tử)", "2"],
    ]
    received = dossier.received
    assert text_of(browser, "dn-received") == [
        f"{received:%H} giờ {received:%M} phút, ngày {received:%d/%m/%Y}"]
    assert text_of(browser, "dn-due") == [f"17 giờ 00 phút, ngày {dossier.due:%d/%m/%Y}"] or \
        text_of(browser, "dn-due")[0].endswith(f"ngày {dossier.due:%d/%m/%Y}")
    assert "15 ngày làm việc" in page
    assert "Qua dịch vụ bưu chính công ích" in page
    assert text_of(browser, "dn-officer") == ["Hệ thống"]
    assert f"nhập mã hồ sơ {dossier.dossier_code} cùng số điện thoại" in page
    svg = html.fromstring(browser.contents).find_class("dn-receipt-qr")[0].find(".//svg")
    assert svg is not None and svg.find(".//title").text == dossier.dossier_code


def test_the_qr_code_opens_the_look_up_of_the_dossier(submitted, browser, portal):
    # Issue 16.6: the QR held only the code, while the slip says "quét mã QR" to look it up.
    import segno

    dossier, _url = submitted
    link = f"{portal.absolute_url()}/tra-cuu-ho-so?{urllib.parse.urlencode({'code': dossier.dossier_code})}"
    svg = html.fromstring(browser.contents).find_class("dn-receipt-qr")[0].find(".//svg")
    expected = html.fromstring(segno.make(link, error="m", micro=False).svg_inline(scale=4, border=2))
    assert svg.find(".//path").get("d") == expected.find(".//path").get("d")
    # The code only: the phone stays a second factor the applicant types.
    assert dossier.applicant_phone not in link


def test_the_receipt_is_private_and_never_cached(submitted, browser):
    headers = browser.headers
    assert "no-store" in headers["Cache-Control"]
    assert headers["Referrer-Policy"] == "no-referrer"
    assert "noindex" in headers["X-Robots-Tag"]


def test_the_pdf_carries_the_slip(submitted, browser):
    dossier, _url = submitted
    browser.getLink("Tải bản PDF").click()
    assert browser.headers["Content-Type"] == "application/pdf"
    data = browser.contents if isinstance(browser.contents, bytes) else browser.contents.encode("latin-1")
    assert data.startswith(b"%PDF-")
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = reader.pages[0].extract_text()
    assert f"Mã hồ sơ: {dossier.dossier_code}" in text
    assert "Nguyễn Thị Hoà" in text and "Bản vẽ thiết kế xây dựng" in text
    assert "Hệ thống" in text
    assert reader.metadata.subject == dossier.dossier_code
    assert reader.pages[0].images, "the QR code image"


def test_the_applicant_gets_the_receipt_by_email(submitted, smtp):
    dossier, _url = submitted
    assert smtp.wait(10), "no e-mail reached the SMTP server"
    [mail] = smtp.messages
    assert mail["to"] == ["hoa.nguyen@example.com"]
    message = mail["message"]
    assert parseaddr(message["To"])[1] == "hoa.nguyen@example.com"
    assert dossier.dossier_code in message["Subject"]
    body = message.get_body(("plain",)).get_content()
    assert dossier.dossier_code in body and "Cấp giấy phép xây dựng nhà ở riêng lẻ" in body
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    pdf = pypdf.PdfReader(io.BytesIO(attachment.get_content()))
    assert dossier.dossier_code in pdf.pages[0].extract_text()


def _status(browser, url):
    try:
        browser.open(url)
    except HTTPError as error:
        return error.code
    return 200


@pytest.mark.parametrize("view", ["receipt", "receipt.pdf"])
def test_without_a_valid_link_the_receipt_is_not_found(submitted, functional, view):
    from plone.testing.zope import Browser

    dossier, url = submitted
    portal_url = functional["portal"].absolute_url()
    code = dossier.dossier_code
    other = Browser(functional["app"])
    other.raiseHttpErrors = False
    cases = {
        "no token": {"code": code},
        "forged token": {"code": code, "t": "9999999999.AAAA"},
        "expired token": {"code": code, "t": make_token(code, now=1_000_000, lifetime=60)},
        "token of another code": {"code": code, "t": make_token("H17.492-990101-0002")},
        "this token on another code": {
            "code": "H17.492-990101-0002", "t": urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["t"][0]},
        "unknown code": {"code": "H17.492-990101-0001"},
        "not a code": {"code": "../../etc"},
    }
    for name, query in cases.items():
        other.open(f"{portal_url}/@@{view}?{urllib.parse.urlencode(query)}")
        assert other.headers["status"].startswith("404"), name
        assert "Nguyễn Thị Hoà" not in other.contents, name
        assert "Không xem được giấy tiếp nhận" in other.contents, name


def test_staff_see_the_receipt_without_a_link(submitted, functional):
    from plone.testing.zope import Browser

    dossier, _url = submitted
    staff = Browser(functional["app"])
    staff.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    staff.open(f"{functional['portal'].absolute_url()}/@@receipt?code={dossier.dossier_code}")
    assert dossier.dossier_code in staff.contents
    assert "Hồ sơ đã được nộp thành công" not in staff.contents
