"""The public verification page: the QR code's link confirms a genuine receipt, shows what it
certifies (unit, symbol, number, date, total) and nothing about who paid."""

from danang.portal import clock
from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.ereceipt.access import verification_url
from danang.portal.ereceipt.issue import issue_receipt
from datetime import datetime
from plone.testing.zope import Browser

import pytest
import transaction
import urllib.parse

ISSUED = datetime(2025, 3, 4, 10, 15, tzinfo=TIMEZONE)
PERSONAL = ("Nguyễn Văn Thử", "Lê Lợi", "Thanh Bình", "VNP-20250303-778899", "Cấp giấy phép xây dựng", "pay-1")


@pytest.fixture
def portal(functional):
    return functional["portal"]


@pytest.fixture
def paid(installed, make_dossier, payment, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: ISSUED)
    dossier = make_dossier()
    receipt = issue_receipt(dossier, payment(id="pay-1"))
    transaction.commit()
    return dossier, receipt


@pytest.fixture
def anonymous(functional):
    browser = Browser(functional["app"])
    browser.handleErrors = False
    browser.raiseHttpErrors = False
    return browser


def verify_url(portal, **query):
    return f"{portal.absolute_url()}/@@xac-minh-bien-lai?{urllib.parse.urlencode(query)}"


def assert_nothing_personal(page, dossier):
    for text in PERSONAL + (dossier.dossier_code,):
        assert text not in page, text


def test_the_qr_link_confirms_the_receipt(paid, anonymous):
    dossier, receipt = paid
    anonymous.open(verification_url(receipt))
    assert anonymous.headers["status"].startswith("200")
    page = anonymous.contents
    assert "Biên lai hợp lệ" in page
    for text in ("Sở Xây dựng (thử nghiệm)", "SXD-25E", "0000001", "10 giờ 15 phút, ngày 04/03/2025",
                 "75.000 đồng", "Bảy mươi lăm nghìn đồng"):
        assert text in page, text
    assert_nothing_personal(page, dossier)
    assert "noindex" in anonymous.headers["X-Robots-Tag"]


def test_a_typed_code_is_accepted_in_any_case_and_grouping(paid, anonymous, portal):
    dossier, receipt = paid
    code = receipt["verification_code"]
    typed = f"{code[:4]}-{code[4:8]} {code[8:12]}-{code[12:]}".lower()
    anonymous.open(verify_url(portal))
    anonymous.getControl(name="kh").value = "sxd-25e"
    anonymous.getControl(name="so").value = "1"
    anonymous.getControl(name="ma").value = typed
    anonymous.getControl("Xác minh").click()
    assert "Biên lai hợp lệ" in anonymous.contents
    assert "0000001" in anonymous.contents


@pytest.mark.parametrize(
    "change",
    [
        {"ma": "AAAAAAAAAAAAAAAA"},
        {"so": "0000002"},
        {"kh": "UBND492-25E"},
        {"kh": "SXD-26E"},
    ],
)
def test_a_wrong_value_verifies_nothing_and_reveals_nothing(paid, anonymous, portal, change):
    dossier, receipt = paid
    query = {"kh": receipt["symbol"], "so": receipt["number"], "ma": receipt["verification_code"], **change}
    anonymous.open(verify_url(portal, **query))
    assert anonymous.headers["status"].startswith("404")
    page = anonymous.contents
    assert "Không xác minh được biên lai" in page
    assert "Biên lai hợp lệ" not in page and "Sở Xây dựng (thử nghiệm)" not in page and "75.000" not in page
    assert_nothing_personal(page, dossier)


@pytest.mark.parametrize("query", [{"kh": "SXD-25E"}, {"kh": "SXD-25E", "so": "x1", "ma": "ABC"}, {"ma": "ABCD"}])
def test_incomplete_queries_get_a_message(paid, anonymous, portal, query):
    anonymous.open(verify_url(portal, **query))
    assert anonymous.headers["status"].startswith("400")
    assert "Vui lòng nhập đủ ký hiệu, số biên lai" in anonymous.contents


def test_the_empty_page_is_a_form(paid, anonymous, portal):
    anonymous.open(verify_url(portal))
    assert anonymous.headers["status"].startswith("200")
    assert "Xác minh biên lai điện tử" in anonymous.contents
    assert anonymous.getControl(name="ma").value == ""


def test_a_receipt_altered_in_the_database_is_not_verified(paid, anonymous):
    dossier, receipt = paid
    url = verification_url(receipt)
    receipt["total"] = 7_500_000  # what the code was not made for
    transaction.commit()
    anonymous.open(url)
    assert anonymous.headers["status"].startswith("404")
    assert "Biên lai hợp lệ" not in anonymous.contents
