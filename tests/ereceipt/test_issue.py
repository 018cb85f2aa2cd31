"""issue_receipt: what a receipt records, idempotence by payment id, and refused payment data."""

from danang.portal import clock
from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.dossier.storage import dossier_root
from danang.portal.ereceipt.errors import EReceiptError
from danang.portal.ereceipt.issue import issue_receipt
from danang.portal.ereceipt.numbering import counters
from danang.portal.ereceipt.store import find_receipt
from danang.portal.ereceipt.store import receipts_of
from danang.portal.ereceipt.verification import check_code
from datetime import datetime
from persistent.mapping import PersistentMapping
from zope.i18n import translate

import pytest

ISSUED = datetime(2025, 3, 4, 10, 15, tzinfo=TIMEZONE)


@pytest.fixture
def dossier(installed, make_dossier, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: ISSUED)
    return make_dossier()


def test_a_receipt_records_everything_it_prints(dossier, payment):
    receipt = issue_receipt(dossier, payment(id="pay-a", payer_email="payer@example.org"))
    assert isinstance(receipt, PersistentMapping)
    assert receipt["symbol"] == "SXD-25E"
    assert receipt["number"] == "0000001"
    assert receipt["issued_at"] == ISSUED
    assert receipt["unit_code"] == "SXD"
    assert receipt["unit_name"] == "Sở Xây dựng (thử nghiệm)"
    assert receipt["dossier_code"] == dossier.dossier_code
    assert receipt["service_title"] == "Cấp giấy phép xây dựng (thử nghiệm)"
    assert receipt["service_code"] == "1.009130"
    assert receipt["payer_name"] == "Nguyễn Văn Thử"
    # No payer address given and the payer is the applicant: the declared address, with names.
    assert receipt["payer_address"] == "12 Lê Lợi, Phường Thanh Bình, Quận Hải Châu"
    assert receipt["payer_email"] == "payer@example.org"
    assert receipt["lines"] == [
        {"name": "Lệ phí cấp giấy phép xây dựng", "amount": 50000},
        {"name": "Phí thẩm định hồ sơ", "amount": 25000},
    ]
    assert receipt["total"] == 75000
    assert receipt["total_in_words"] == "Bảy mươi lăm nghìn đồng"
    assert (receipt["method"], receipt["provider"], receipt["reference"]) == ("online", "VNPT Pay", "VNP-20250303-778899")
    assert receipt["paid_at"] == datetime(2025, 3, 3, 9, 30, tzinfo=TIMEZONE)
    assert receipt["collector_name"] == ""
    assert len(receipt["verification_code"]) == 16 and check_code(receipt, receipt["verification_code"])
    assert receipts_of(dossier) == [receipt]
    assert find_receipt("SXD-25E", "0000001") == (dossier, receipt)
    assert find_receipt("sxd-25e", "1") == (dossier, receipt)


def test_issuing_twice_for_a_payment_returns_the_first_receipt(dossier, payment):
    first = issue_receipt(dossier, payment(id="pay-x"))
    again = issue_receipt(dossier, payment(id="pay-x", amount=1, lines=[]))
    assert again is first
    assert again["total"] == 75000
    assert receipts_of(dossier) == [first]
    # No number was taken by the second call.
    assert counters(dossier_root())["SXD-25E"].value == 1
    assert issue_receipt(dossier, payment(id="pay-y"))["number"] == "0000002"


def test_a_cash_payment_names_the_official_who_took_it(dossier, payment):
    receipt = issue_receipt(
        dossier,
        payment(method="cash", provider="", reference="", recorded_by="sxd-desk",
                payer_name="Trần Thị Nộp Thay", payer_address="45 Hùng Vương, Đà Nẵng", lines=[]),
    )
    assert receipt["method"] == "cash"
    assert receipt["collector_name"] == "sxd-desk"
    # A third party's address is the one given; no lines: one line for the whole amount.
    assert receipt["payer_name"] == "Trần Thị Nộp Thay"
    assert receipt["payer_address"] == "45 Hùng Vương, Đà Nẵng"
    assert receipt["lines"] == [{"name": "Phí, lệ phí giải quyết thủ tục hành chính", "amount": 75000}]


def test_a_third_party_without_address_gets_none_of_the_applicant(dossier, payment):
    receipt = issue_receipt(dossier, payment(payer_name="Công ty TNHH Dịch vụ Hồ sơ"))
    assert receipt["payer_address"] == ""


def test_a_blank_payer_is_the_applicant(dossier, payment):
    receipt = issue_receipt(dossier, payment(payer_name="  "))
    assert receipt["payer_name"] == "Nguyễn Văn Thử"


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"id": ""}, "Thiếu mã khoản thanh toán"),
        ({"method": "cheque"}, "Hình thức thanh toán không hợp lệ"),
        ({"reference": ""}, "mã giao dịch"),
        ({"amount": 0, "lines": []}, "lớn hơn 0"),
        ({"amount": 75000.0}, "lớn hơn 0"),
        ({"amount": 80000}, "Tổng các khoản thu không bằng số tiền đã thanh toán (80000 đồng)"),
        ({"lines": [{"name": "", "amount": 75000}]}, "cần có tên"),
        ({"lines": [{"name": "Lệ phí", "amount": -5}]}, "không âm"),
        ({"paid_at": datetime(2025, 3, 3, 9, 30)}, "múi giờ"),
    ],
)
def test_unusable_payments_are_refused_with_a_message(dossier, payment, overrides, message):
    with pytest.raises(EReceiptError) as raised:
        issue_receipt(dossier, payment(**overrides))
    assert message in translate(raised.value.message, target_language="vi")
    assert receipts_of(dossier) == []
    # Nothing was numbered: the next good payment gets 0000001.
    assert issue_receipt(dossier, payment())["number"] == "0000001"


def test_a_sandbox_payment_gets_a_test_receipt_numbered_apart(dossier, payment):
    from danang.portal.ereceipt.sheet import sheet_for

    test = issue_receipt(dossier, payment(id="pay-sandbox", provider="sandbox"))
    assert (test["symbol"], test["number"], test["test"]) == ("TEST-SXD-25E", "0000001", True)
    assert sheet_for(test).test
    # No real number was consumed: the unit's first real receipt is still 0000001.
    real = issue_receipt(dossier, payment(id="pay-real"))
    assert (real["symbol"], real["number"], real["test"]) == ("SXD-25E", "0000001", False)
    assert not sheet_for(real).test
    assert find_receipt("TEST-SXD-25E", "1") == (dossier, test)
