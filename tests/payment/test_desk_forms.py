"""The officials' forms on a dossier, through the real server: cash at the desk, the amount owed."""

from danang.portal.payment.behaviors import BEFORE_RESULT
from danang.portal.payment.record import get_record
from plone import api
from tests.fixtures.driving import drive
from tests.fixtures.payment_http import form_of
from tests.fixtures.payment_http import new_dossier
from tests.fixtures.payment_http import refreshed
from tests.fixtures.payment_http import session
from tests.fixtures.payment_http import TIMEOUT
from tests.fixtures.workflow_people import PASSWORD

import transaction

DESK = ("sxd-desk", PASSWORD)


def test_desk_records_cash_and_the_dossier_goes_on(live):
    dossier = new_dossier(live, answers={})
    drive(live["portal"], dossier, "payment")
    transaction.commit()
    cash_url = f"{dossier.absolute_url()}/@@thu-tien-mat"
    # Only the unit's desk: not its specialist, another unit's desk, or the applicant.
    for user in ("sxd-specialist", "hc-desk", "citizen"):
        response = session((user, PASSWORD)).get(cash_url, allow_redirects=False, timeout=TIMEOUT)
        assert response.status_code in (302, 401, 403, 404), user
    desk = session(DESK)
    page = desk.get(dossier.absolute_url(), timeout=TIMEOUT).text
    assert "Ghi nhận nộp tiền mặt" in page
    form = desk.get(cash_url, timeout=TIMEOUT)
    assert form.status_code == 200 and "75.000" in form.text
    action, fields = form_of(form.text, "@@thu-tien-mat")
    # A wrong amount is refused with a message, nothing recorded.
    wrong = desk.post(action, data={**fields, "amount": "70.000", "record": "1"}, timeout=TIMEOUT)
    assert "phải đúng số tiền hồ sơ phải nộp" in wrong.text
    bad = desk.post(action, data={**fields, "amount": "bảy mươi", "record": "1"}, timeout=TIMEOUT)
    assert "Nhập số tiền đã thu, bằng số" in bad.text
    assert get_record(refreshed(live, dossier)).payments == []
    done = desk.post(action, data={**fields, "amount": "75.000", "reference": "PT-0042", "record": "1"},
                     timeout=TIMEOUT)
    assert done.status_code == 200 and "Đã ghi nhận nộp tiền mặt 75.000 đồng" in done.text
    dossier = refreshed(live, dossier)
    record = get_record(dossier)
    payment = record.payments[0]
    assert (record.state, payment["method"], payment["reference"], payment["recorded_by"]) == (
        "paid", "cash", "PT-0042", "sxd-desk")
    assert payment["receipt"]
    assert api.content.get_state(dossier) == "processing"
    assert dossier.status_history[-1]["actor"] == "sxd-desk"


def test_officials_state_the_amount_owed(live):
    live["services"]["city"].fee_collection = BEFORE_RESULT
    transaction.commit()
    dossier = drive(live["portal"], new_dossier(live, answers={}), "processing")
    transaction.commit()
    assert get_record(dossier) is None
    specialist = session(("sxd-specialist", PASSWORD))
    page = specialist.get(dossier.absolute_url(), timeout=TIMEOUT).text
    assert "Phí, lệ phí áp dụng theo thủ tục" in page and "75.000" in page
    action, fields = form_of(page, "@@so-tien-phai-nop")
    # A different amount needs its reason.
    response = specialist.post(action, data={**fields, "amount": "1.275.000", "note": ""}, timeout=TIMEOUT)
    assert "vui lòng ghi rõ nội dung thu" in response.text
    assert get_record(refreshed(live, dossier)) is None
    response = specialist.post(action, data={**fields, "amount": "1.275.000",
                                             "note": "Lệ phí cấp phép và phí thẩm định bổ sung"}, timeout=TIMEOUT)
    assert "Số tiền phải nộp của hồ sơ: 1.275.000 đồng" in response.text
    record = get_record(refreshed(live, dossier))
    assert (record.state, record.amount_due, record.reason) == ("due", 1275000, "official")
    assert record.statements[-1]["actor"] == "sxd-specialist"
    # The applicant sees the amount and may pay; another unit's official may not state it.
    citizen_page = session(("citizen", PASSWORD)).get(dossier.absolute_url(), timeout=TIMEOUT).text
    assert "1.275.000" in citizen_page and "Thanh toán trực tuyến" in citizen_page
    other = session(("hc-specialist", PASSWORD))
    response = other.post(action, data={"amount": "0"}, allow_redirects=False, timeout=TIMEOUT)
    assert response.status_code in (302, 401, 403, 404)
    assert get_record(refreshed(live, dossier)).amount_due == 1275000


def test_the_payment_request_form_takes_an_amount(live):
    dossier = new_dossier(live, answers={})
    drive(live["portal"], dossier, "processing")
    transaction.commit()
    specialist = session(("sxd-specialist", PASSWORD))
    page = specialist.get(dossier.absolute_url(), timeout=TIMEOUT)
    action, fields = form_of(page.text, "@@dossier-action", form_id="dn-action-request_payment")
    response = specialist.post(
        action, data={**fields, "amount": "120.000", "comment": "Phí thẩm định theo diện tích"},
        timeout=TIMEOUT,
    )
    assert response.status_code == 200
    dossier = refreshed(live, dossier)
    assert api.content.get_state(dossier) == "payment"
    assert get_record(dossier).amount_due == 120000
    # While money is owed the desk confirms by the cash form, not by the bare transition.
    desk_page = session(DESK).get(dossier.absolute_url(), timeout=TIMEOUT).text
    assert "dn-action-confirm_payment" not in desk_page
    assert "Ghi nhận nộp tiền mặt" in desk_page


def test_amounts_that_are_not_whole_dong_are_refused(live):
    live["services"]["city"].fee_collection = BEFORE_RESULT
    transaction.commit()
    dossier = drive(live["portal"], new_dossier(live, answers={}), "processing")
    transaction.commit()
    specialist = session(("sxd-specialist", PASSWORD))
    page = specialist.get(dossier.absolute_url(), timeout=TIMEOUT).text
    action, fields = form_of(page, "@@so-tien-phai-nop")
    for typed in ("1.5", "1,5", "12.34"):
        response = specialist.post(action, data={**fields, "amount": typed, "note": "Thu bổ sung"}, timeout=TIMEOUT)
        assert response.status_code == 200
        assert "Số tiền phải nộp phải là số nguyên đồng" in response.text, typed
        assert get_record(refreshed(live, dossier)) is None
    page = specialist.get(dossier.absolute_url(), timeout=TIMEOUT)
    action, fields = form_of(page.text, "@@dossier-action", form_id="dn-action-request_payment")
    response = specialist.post(action, data={**fields, "amount": "1,5", "comment": "Phí"}, timeout=TIMEOUT)
    assert "Số tiền phải nộp phải là số nguyên đồng" in response.text
    assert api.content.get_state(refreshed(live, dossier)) == "processing"
