"""Fee computation: rows without a case always apply, rows with a case when the dossier's matches."""

from danang.portal.payment.fees import applicable_fees
from danang.portal.payment.fees import dossier_case
from danang.portal.payment.fees import fees_for_dossier
from danang.portal.payment.fees import normalize_case
from danang.portal.payment.fees import total
from tests.fixtures.payment_data import case_answer
from tests.fixtures.payment_data import CASE_III
from tests.fixtures.payment_data import CASE_IV
from tests.fixtures.payment_data import CITY_FEES
from tests.fixtures.payment_data import submit

import pytest
import unicodedata


@pytest.mark.parametrize(
    "case, expected",
    [
        (None, [("Lệ phí cấp giấy phép xây dựng", 75000)]),
        ("", [("Lệ phí cấp giấy phép xây dựng", 75000)]),
        (CASE_III, [("Lệ phí cấp giấy phép xây dựng", 75000), ("Phí thẩm định thiết kế", 500000)]),
        (CASE_IV, [("Lệ phí cấp giấy phép xây dựng", 75000), ("Phí thẩm định thiết kế", 300000)]),
        ("Công trình cấp V", [("Lệ phí cấp giấy phép xây dựng", 75000)]),
        # Case, spacing and Unicode form of the editor's typing do not matter.
        ("  công trình   CẤP iii ", [("Lệ phí cấp giấy phép xây dựng", 75000), ("Phí thẩm định thiết kế", 500000)]),
        (unicodedata.normalize("NFD", CASE_IV), [("Lệ phí cấp giấy phép xây dựng", 75000), ("Phí thẩm định thiết kế", 300000)]),
    ],
)
def test_applicable_fees_by_case(case, expected):
    lines = applicable_fees(CITY_FEES, case)
    assert [(line["name"], line["amount"]) for line in lines] == expected
    assert total(lines) == sum(amount for _name, amount in expected)


def test_amounts_are_whole_vnd_and_never_negative():
    rows = [{"name": "A", "amount": "12000"}, {"name": "B", "amount": None},
            {"name": "C", "amount": -5}, {"name": "D", "amount": "abc"}]
    lines = applicable_fees(rows)
    assert [line["amount"] for line in lines] == [12000, 0, 0, 0]
    assert all(isinstance(line["amount"], int) for line in lines)


def test_free_rows_are_kept_and_no_rows_is_nothing():
    assert applicable_fees([{"name": "Miễn lệ phí", "amount": 0}]) == [
        {"name": "Miễn lệ phí", "amount": 0, "legal_basis": "", "case": ""}
    ]
    assert applicable_fees(None) == []
    assert normalize_case(None) == ""


def test_dossier_case_from_the_eform_answer(portal, fee_services):
    service = fee_services["city"]
    dossier = submit(service, case_answer("c2", CASE_IV))
    assert dossier_case(dossier) == CASE_IV
    lines, amount = fees_for_dossier(dossier)
    assert amount == 375000
    assert [line["amount"] for line in lines] == [75000, 300000]


def test_dossier_case_given_as_key_or_text(portal, fee_services):
    service = fee_services["city"]
    # A key alone (the choice's value) is read through the service's component cases.
    by_key = submit(service, {"case": "c1"})
    assert dossier_case(by_key) == CASE_III
    assert fees_for_dossier(by_key)[1] == 575000
    by_text = submit(service, {"case": {"value": CASE_IV}})
    assert fees_for_dossier(by_text)[1] == 375000


def test_dossier_without_case_or_service(portal, fee_services):
    dossier = submit(fee_services["city"])
    assert dossier_case(dossier) is None
    assert fees_for_dossier(dossier) == (
        [{"name": "Lệ phí cấp giấy phép xây dựng", "amount": 75000, "legal_basis": "Thử nghiệm", "case": ""}],
        75000,
    )
    dossier.service_uid = "no-such-uid"
    assert fees_for_dossier(dossier) == ([], 0)
