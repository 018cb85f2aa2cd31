"""The signed-redirect protocol: VNPay's hash data, HMAC-SHA512 signature, times and amounts."""

from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.payment import signed_redirect as protocol
from datetime import datetime
from datetime import UTC

import hashlib
import hmac

SECRET = "SECRETKEY0123456789"


def test_hash_data_is_sorted_url_encoded_and_skips_the_hash_and_empty_values():
    params = {
        "vnp_TxnRef": "T-SXD-250303-0001-01",
        "vnp_Amount": "7500000",
        "vnp_OrderInfo": "Thanh toan phi ~ le phi",
        "vnp_ReturnUrl": "https://dichvucong.danang.gov.vn/@@ket-qua-thanh-toan/vnpay",
        "vnp_BankCode": "",
        "vnp_SecureHash": "abc",
        "vnp_SecureHashType": "HmacSHA512",
        "code": "not signed",
    }
    assert protocol.hash_data(params) == (
        "vnp_Amount=7500000"
        "&vnp_OrderInfo=Thanh+toan+phi+%7E+le+phi"
        "&vnp_ReturnUrl=https%3A%2F%2Fdichvucong.danang.gov.vn%2F%40%40ket-qua-thanh-toan%2Fvnpay"
        "&vnp_TxnRef=T-SXD-250303-0001-01"
    )


def test_sign_and_verify():
    params = {"vnp_Amount": "7500000", "vnp_TxnRef": "X-01", "vnp_ResponseCode": "00"}
    signature = protocol.sign(params, SECRET)
    expected = hmac.new(SECRET.encode(), protocol.hash_data(params).encode(), hashlib.sha512).hexdigest()
    assert signature == expected and len(signature) == 128
    signed = {**params, "vnp_SecureHash": signature.upper()}  # gateways may send upper case
    assert protocol.verify(signed, SECRET)
    assert not protocol.verify({**signed, "vnp_Amount": "7500100"}, SECRET)
    assert not protocol.verify(signed, "another secret")
    assert not protocol.verify(params, SECRET)  # unsigned
    assert not protocol.verify(signed, "")  # no secret configured: nothing verifies
    query = protocol.signed_query(params, SECRET)
    assert query.endswith(f"&vnp_SecureHash={signature}")
    assert query.startswith("vnp_Amount=7500000&vnp_ResponseCode=00&vnp_TxnRef=X-01")


def test_times_are_in_vietnam_time():
    moment = datetime(2025, 3, 3, 2, 30, 5, tzinfo=UTC)
    assert protocol.format_time(moment) == "20250303093005"
    assert protocol.parse_time("20250303093005") == datetime(2025, 3, 3, 9, 30, 5, tzinfo=TIMEZONE)
    assert protocol.parse_time("2025-03-03") is None


def test_amounts_and_order_info():
    assert protocol.amount_field(75000) == "7500000"
    assert protocol.amount_from_field("7500000") == 75000
    assert protocol.amount_from_field("7500050") is None  # not whole VND
    assert protocol.amount_from_field("-100") is None
    assert protocol.amount_from_field(None) is None
    assert protocol.ascii_text("Thanh toán lệ phí hồ sơ Đà Nẵng #1 (thử)") == "Thanh toan le phi ho so Da Nang 1 thu"
