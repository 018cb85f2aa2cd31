"""``GET <dossier>/@receipts``: the dossier's receipts for whoever may view the dossier."""

from danang.portal import clock
from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.ereceipt.issue import issue_receipt
from datetime import datetime
from tests.fixtures.driving import drive
from tests.fixtures.workflow_people import PASSWORD

import pytest
import requests
import transaction

ISSUED = datetime(2025, 3, 4, 10, 15, tzinfo=TIMEZONE)


@pytest.fixture
def portal(functional):
    return functional["portal"]


@pytest.fixture
def paid(installed, make_dossier, payment, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: ISSUED)
    dossier = drive(installed, make_dossier(), "payment")
    first = issue_receipt(dossier, payment(id="pay-1"))
    second = issue_receipt(dossier, payment(id="pay-2", method="cash", provider="", reference="PT-9",
                                            amount=20000, lines=[], recorded_by="sxd-desk"))
    transaction.commit()
    return dossier, first, second


def get(functional, dossier, user):
    url = dossier.absolute_url().replace("http://nohost", f"http://{functional['host']}:{functional['port']}")
    return requests.get(
        f"{url}/@receipts",
        headers={"Accept": "application/json"},
        auth=(user, PASSWORD) if user else None,
        timeout=30,
    )


@pytest.mark.parametrize("user", ["citizen", "sxd-desk", "sxd-leader"])
def test_the_applicant_and_officials_get_the_receipts(functional, paid, user):
    dossier, first, second = paid
    response = get(functional, dossier, user)
    assert response.status_code == 200
    assert "no-store" in response.headers["Cache-Control"]
    answer = response.json()
    assert answer["items_total"] == 2
    online, cash = answer["items"]
    assert (online["symbol"], online["number"], cash["number"]) == ("SXD-25E", "0000001", "0000002")
    assert online["issued_at"] == "2025-03-04T10:15:00+07:00"
    assert online["unit"] == {"code": "SXD", "title": "Sở Xây dựng (thử nghiệm)", "address": None, "tax_code": None}
    assert online["dossier_code"] == dossier.dossier_code
    assert online["payer"]["name"] == "Nguyễn Văn Thử"
    assert online["lines"] == [
        {"name": "Lệ phí cấp giấy phép xây dựng", "amount": 50000},
        {"name": "Phí thẩm định hồ sơ", "amount": 25000},
    ]
    assert (online["total"], online["total_in_words"]) == (75000, "Bảy mươi lăm nghìn đồng")
    assert (online["method"], online["provider"], online["reference"]) == ("online", "VNPT Pay", "VNP-20250303-778899")
    assert online["method_title"] == "Thanh toán trực tuyến qua VNPT Pay"
    assert online["paid_at"] == "2025-03-03T09:30:00+07:00"
    assert online["@id"].endswith(f"/@@bien-lai?code={dossier.dossier_code}&kh=SXD-25E&so=0000001")
    assert "/@@bien-lai.pdf?" in online["pdf"]
    assert f"ma={online['verification_code']}" in online["verification_url"]
    assert (cash["method"], cash["collector"], cash["total_in_words"]) == ("cash", "sxd-desk", "Hai mươi nghìn đồng")


# Others get the missing dossier's answer (docs/security.md, "Dossier URLs").
@pytest.mark.parametrize("user, status", [("other-citizen", 404), ("hc-desk", 404), (None, 404)])
def test_others_are_refused(functional, paid, user, status):
    dossier, first, second = paid
    response = get(functional, dossier, user)
    assert response.status_code == status
    assert "Nguyễn Văn Thử" not in response.text
