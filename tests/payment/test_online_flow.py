"""The whole online payment flow through the sandbox gateway, against the real WSGI server.

The applicant's browser is sent to the sandbox gateway page with a signed request; "Thanh toán"
makes the gateway send the signed notification (IPN) to the portal as a real HTTP request and
redirect the browser to the signed return address. Then every refusal: paying twice, a wrong
amount, a bad signature, a replayed and a late notification, a cancelled payment.
"""

from danang.portal import clock
from danang.portal import settings
from danang.portal.dossier.applicant_access import make_token
from danang.portal.ereceipt.store import receipts_of
from danang.portal.payment import online
from danang.portal.payment import signed_redirect as protocol
from danang.portal.payment.providers import SANDBOX_MERCHANT_CODE
from danang.portal.payment.record import get_record
from danang.portal.payment.settings import IPaymentSettings
from danang.portal.payment.settings import PREFIX
from datetime import timedelta
from lxml import html
from plone import api
from tests.fixtures.driving import drive
from tests.fixtures.payment_http import gateway_choice
from tests.fixtures.payment_http import new_dossier
from tests.fixtures.payment_http import notify
from tests.fixtures.payment_http import query_of
from tests.fixtures.payment_http import refreshed
from tests.fixtures.payment_http import session
from tests.fixtures.payment_http import signed_result
from tests.fixtures.payment_http import start
from tests.fixtures.payment_http import TIMEOUT
from tests.fixtures.workflow_people import PASSWORD

import transaction

CITIZEN = ("citizen", PASSWORD)


def log_reasons(dossier):
    return [entry["reason"] for entry in get_record(dossier).log]




def test_pay_online_as_the_logged_in_applicant(live):
    dossier = new_dossier(live)
    base = live["base"]
    browser = session(CITIZEN)
    page = browser.get(dossier.absolute_url(), timeout=TIMEOUT).text
    assert "Thanh toán trực tuyến" in page and "575.000" in page

    gateway = start(browser, dossier.absolute_url())
    assert gateway.startswith(f"{base}/@@cong-thanh-toan-thu-nghiem?")
    request = query_of(gateway)
    transaction.begin()
    assert protocol.verify(request, settings.read(IPaymentSettings, PREFIX, "sandbox_secret"))
    assert request["vnp_Amount"] == "57500000"  # VND x 100
    assert (request["vnp_Version"], request["vnp_Command"], request["vnp_CurrCode"]) == ("2.1.0", "pay", "VND")
    assert request["vnp_TmnCode"] == SANDBOX_MERCHANT_CODE
    assert request["vnp_TxnRef"] == f"{dossier.dossier_code}-01"
    assert request["vnp_ReturnUrl"] == f"{base}/@@ket-qua-thanh-toan/sandbox"
    assert request["vnp_OrderInfo"].isascii() and dossier.dossier_code in request["vnp_OrderInfo"]
    created = protocol.parse_time(request["vnp_CreateDate"])
    assert protocol.parse_time(request["vnp_ExpireDate"]) - created == timedelta(minutes=15)
    assert list(get_record(refreshed(live, dossier)).pending) == [request["vnp_TxnRef"]]

    returned = gateway_choice(gateway, "pay")
    assert returned.startswith(f"{base}/@@ket-qua-thanh-toan/sandbox?")
    result_page = browser.get(returned, timeout=TIMEOUT)
    assert result_page.status_code == 200
    assert "Thanh toán thành công" in result_page.text

    dossier = refreshed(live, dossier)
    record = get_record(dossier)
    assert (record.state, record.amount_due, len(record.payments)) == ("paid", 0, 1)
    payment = record.payments[0]
    result = query_of(returned)
    assert payment["id"] == request["vnp_TxnRef"]
    assert (payment["method"], payment["provider"], payment["amount"]) == ("online", "sandbox", 575000)
    assert payment["reference"] == result["vnp_TransactionNo"]
    assert payment["receipt"] and payment["receipt"] in result_page.text
    assert payment["lines"] == [{"name": "Lệ phí cấp giấy phép xây dựng", "amount": 75000},
                                {"name": "Phí thẩm định thiết kế", "amount": 500000}]
    assert record.pending == {}
    # The dossier page now says it is paid and offers no payment.
    page = browser.get(dossier.absolute_url(), timeout=TIMEOUT).text
    assert "Đã nộp đủ phí, lệ phí" in page and "Thanh toán trực tuyến" not in page
    assert "Cổng thử nghiệm, không thu tiền thật" in page

    # The same notification again (the return carries the same signed result): replayed.
    assert notify(base, result) == {"RspCode": "02", "Message": "Order already confirmed"}
    # A tampered one: its signature no longer matches.
    assert notify(base, {**result, "vnp_Amount": "100"}) == {"RspCode": "97", "Message": "Invalid signature"}
    dossier = refreshed(live, dossier)
    record = get_record(dossier)
    # Unsigned requests are logged by the server only: anyone could send them.
    assert log_reasons(dossier) == ["replay"]
    assert (record.state, len(record.payments)) == ("paid", 1)
    # A payment cannot start again.
    assert api.portal.translate(online.refusal(dossier), lang="vi") == "Hồ sơ đã được thanh toán đầy đủ."


def test_paying_twice_is_refused_and_logged_for_a_refund(live):
    dossier = new_dossier(live)
    browser = session(CITIZEN)
    # Two tabs: two transactions opened before either is paid.
    first = start(browser, dossier.absolute_url())
    second = start(browser, dossier.absolute_url())
    assert query_of(first)["vnp_TxnRef"] != query_of(second)["vnp_TxnRef"]
    gateway_choice(first, "pay")
    returned = gateway_choice(second, "pay")
    page = browser.get(returned, timeout=TIMEOUT).text
    assert "không ghi nhận được giao dịch này" in page
    dossier = refreshed(live, dossier)
    record = get_record(dossier)
    assert (record.state, len(record.payments), record.total_paid) == ("paid", 1, 575000)
    assert record.payments[0]["id"] == query_of(first)["vnp_TxnRef"]
    assert log_reasons(dossier) == ["already_paid"]
    assert "refund" in record.log[-1]["detail"]


def test_wrong_amount_bad_signature_unknown_and_late_notifications(live, monkeypatch, caplog):
    dossier = new_dossier(live)
    base = live["base"]
    gateway = start(session(CITIZEN), dossier.absolute_url())
    ref = query_of(gateway)["vnp_TxnRef"]
    transaction.begin()

    assert notify(base, signed_result(ref, 500000)) == {"RspCode": "04", "Message": "Invalid amount"}
    assert notify(base, signed_result(ref, 575000, secret="not-the-secret")) == {
        "RspCode": "97", "Message": "Invalid signature"}
    unsigned = signed_result(ref, 575000)
    del unsigned["vnp_SecureHash"]
    assert notify(base, unsigned)["RspCode"] == "97"
    assert notify(base, signed_result(f"{dossier.dossier_code}-77", 575000)) == {
        "RspCode": "01", "Message": "Order not found"}
    assert notify(base, signed_result("KHONG-CO-HO-SO-01", 575000))["RspCode"] == "01"
    # Another merchant's result (signed with our secret, other TmnCode): not ours.
    assert notify(base, signed_result(ref, 575000, vnp_TmnCode="OTHER001"))["RspCode"] == "97"

    # Late: the transaction expired (plus the grace) before the notification came.
    txn = get_record(refreshed(live, dossier)).pending[ref]
    late = txn["expires"] + online.NOTIFICATION_GRACE + timedelta(minutes=1)
    monkeypatch.setattr(clock, "now", lambda: late)
    late_result = signed_result(ref, 575000)
    assert notify(base, late_result) == {"RspCode": "99", "Message": "Transaction expired"}
    monkeypatch.undo()
    # The applicant's return page says the payment was not recorded (and will be refunded).
    page = session(CITIZEN).get(f"{base}/@@ket-qua-thanh-toan/sandbox", params=late_result, timeout=TIMEOUT).text
    assert "không ghi nhận được giao dịch này" in page
    # A return that is not the gateway's is refused.
    forged = session().get(f"{base}/@@ket-qua-thanh-toan/sandbox", params={**late_result, "vnp_Amount": "100"},
                           timeout=TIMEOUT)
    assert forged.status_code == 400 and "Không xác thực được kết quả giao dịch" in forged.text

    dossier = refreshed(live, dossier)
    record = get_record(dossier)
    assert (record.state, record.amount_due, record.payments) == ("due", 575000, [])
    assert log_reasons(dossier) == ["wrong_amount", "unknown_transaction", "expired"]
    refused = [record.getMessage() for record in caplog.records if "notification refused" in record.getMessage()]
    assert sum("(bad_signature)" in message for message in refused) == 3
    assert any("(unknown_transaction)" in message and "KHONG-CO-HO-SO-01" in message for message in refused)
    # The officials see the refused attempts on the dossier page, the applicant does not.
    desk_page = session(("sxd-desk", PASSWORD)).get(dossier.absolute_url(), timeout=TIMEOUT).text
    assert "Thông báo đến sau khi giao dịch hết hạn" in desk_page and "Số tiền không khớp" in desk_page
    citizen_page = session(CITIZEN).get(dossier.absolute_url(), timeout=TIMEOUT).text
    assert "Số tiền không khớp" not in citizen_page and "575.000" in citizen_page

    # Still open and in time: the genuine payment goes through.
    assert notify(base, signed_result(ref, 575000)) == {"RspCode": "00", "Message": "Confirm Success"}
    assert get_record(refreshed(live, dossier)).state == "paid"


def test_cancelled_at_the_gateway(live):
    dossier = new_dossier(live)
    browser = session(CITIZEN)
    returned = gateway_choice(start(browser, dossier.absolute_url()), "cancel")
    page = browser.get(returned, timeout=TIMEOUT).text
    assert "Giao dịch không thành công" in page and "Bạn đã hủy giao dịch" in page
    dossier = refreshed(live, dossier)
    record = get_record(dossier)
    assert (record.state, record.pending, record.payments) == ("due", {}, [])
    assert log_reasons(dossier) == ["failed"]


def test_payment_requested_while_processing_resumes_it(live):
    portal = live["portal"]
    dossier = new_dossier(live, answers={})
    drive(portal, dossier, "payment")
    transaction.commit()
    assert dossier.paused_since is not None
    returned = gateway_choice(start(session(CITIZEN), dossier.absolute_url()), "pay")
    assert "Thanh toán thành công" in session(CITIZEN).get(returned, timeout=TIMEOUT).text
    dossier = refreshed(live, dossier)
    assert api.content.get_state(dossier) == "processing"
    assert dossier.paused_since is None
    entry = dossier.status_history[-1]
    assert entry["state"] == "processing" and entry["actor"] == ""
    assert "Đã thanh toán trực tuyến 75.000 đồng" in entry["comment"]


def test_pay_with_the_lookup_link_and_no_account(live):
    dossier = new_dossier(live, user_id=None)
    base = live["base"]
    token = make_token(dossier)
    applicant_page = f"{base}/@@ho-so-cong-dan?code={dossier.dossier_code}&t={token}"
    browser = session()
    gateway = start(browser, applicant_page)
    returned = gateway_choice(gateway, "pay")
    page = browser.get(returned, timeout=TIMEOUT).text
    assert "Thanh toán thành công" in page
    # The way back is a fresh applicant link.
    back = form_free_link(page, "@@ho-so-cong-dan")
    assert "t=" in back
    assert "Đã nộp đủ phí, lệ phí" in browser.get(back, timeout=TIMEOUT).text
    assert get_record(refreshed(live, dossier)).state == "paid"


def form_free_link(page, part):
    for element in html.fromstring(page).iter("a"):
        if part in (element.get("href") or ""):
            return element.get("href")
    raise AssertionError(f"no link to {part}")


def test_others_can_neither_see_nor_pay(live):
    dossier = new_dossier(live)
    base = live["base"]
    other = session(("other-citizen", PASSWORD))
    assert other.get(dossier.absolute_url(), allow_redirects=False, timeout=TIMEOUT).status_code in (302, 401, 403, 404)
    # The pay view refuses a dossier the request may not act on.
    response = other.post(f"{base}/@@thanh-toan-truc-tuyen", data={"code": dossier.dossier_code},
                          allow_redirects=False, timeout=TIMEOUT)
    assert response.status_code in (302, 303) and "tra-cuu-ho-so" in response.headers["Location"]
    # A forged or expired token does not help an anonymous visitor either.
    anonymous = session()
    page = anonymous.get(f"{base}/@@ho-so-cong-dan?code={dossier.dossier_code}&t=9999999999.forged",
                         timeout=TIMEOUT)
    assert "Thanh toán trực tuyến" not in page.text
    assert get_record(refreshed(live, dossier)).pending == {}


def test_sandbox_is_off_once_a_real_gateway_is_active(live):
    dossier = new_dossier(live)
    base = live["base"]
    gateway = start(session(CITIZEN), dossier.absolute_url())
    ref = query_of(gateway)["vnp_TxnRef"]
    transaction.begin()
    settings.write(IPaymentSettings, PREFIX, "merchant_code", "DNG00001")
    settings.write(IPaymentSettings, PREFIX, "hash_secret", "real-merchant-secret")
    settings.write(IPaymentSettings, PREFIX, "provider", "vnpay")
    transaction.commit()
    page = session().get(gateway, timeout=TIMEOUT)
    assert page.status_code == 400 and "đang tắt" in page.text
    assert notify(base, signed_result(ref, 575000))["RspCode"] == "01"
    dossier = refreshed(live, dossier)
    assert get_record(dossier).state == "due" and log_reasons(dossier) == ["sandbox_off"]
    # New payments go to the real gateway, signed with its secret.
    gateway = start(session(CITIZEN), dossier.absolute_url())
    assert gateway.startswith("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?")
    request = query_of(gateway)
    assert request["vnp_TmnCode"] == "DNG00001"
    assert protocol.verify(request, "real-merchant-secret")


def test_the_same_notification_sent_in_parallel_pays_once(live, monkeypatch):
    from concurrent.futures import ThreadPoolExecutor
    from ZPublisher.HTTPRequest import HTTPRequest

    # Conflicting requests are retried by the publisher (the portal's zope.conf raises the count).
    monkeypatch.setattr(HTTPRequest, "retry_max_count", 10)
    dossier = new_dossier(live)
    ref = query_of(start(session(CITIZEN), dossier.absolute_url()))["vnp_TxnRef"]
    transaction.begin()
    result = signed_result(ref, 575000)
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _n: notify(live["base"], result)["RspCode"], range(4)))
    assert sorted(answers) == ["00", "02", "02", "02"]
    dossier = refreshed(live, dossier)
    record = get_record(dossier)
    assert (record.state, len(record.payments)) == ("paid", 1)
    assert [receipt["number"] for receipt in receipts_of(dossier)] == [record.payments[0]["receipt"]]
    assert log_reasons(dossier) == ["replay"] * 3
