"""The signed-redirect protocol of Vietnamese payment gateways (VNPay API version 2.1.0).

The merchant sends the applicant's browser to the gateway with the order in the query string
(``vnp_Version``, ``vnp_Command=pay``, ``vnp_TmnCode``, ``vnp_Amount`` in VND x 100,
``vnp_CurrCode=VND``, ``vnp_TxnRef``, ``vnp_OrderInfo``, ``vnp_ReturnUrl``, ``vnp_IpAddr``,
``vnp_CreateDate``, ``vnp_ExpireDate``...) and ``vnp_SecureHash``: the HMAC-SHA512, keyed with
the merchant's hash secret, of the ``vnp_`` parameters sorted by name and URL-encoded as
``key=value`` joined by ``&``. The gateway answers the same way twice: it redirects the browser
to ``vnp_ReturnUrl`` (for display only) and calls the merchant's IPN address server to server
(the one that counts); the merchant answers the IPN with JSON ``{"RspCode", "Message"}``.
"""

from danang.portal import _
from danang.portal.deadlines.working_calendar import local
from danang.portal.deadlines.working_calendar import TIMEZONE
from datetime import datetime
from unidecode import unidecode

import hashlib
import hmac
import urllib.parse

VERSION = "2.1.0"
COMMAND = "pay"
CURRENCY = "VND"
LOCALE = "vn"
ORDER_TYPE = "billpayment"
HASH_FIELDS = ("vnp_SecureHash", "vnp_SecureHashType")
TIME_FORMAT = "%Y%m%d%H%M%S"
SUCCESS = "00"

# The IPN answers the gateway understands (its integration guide's RspCode table).
IPN_ANSWERS = {
    "confirmed": ("00", "Confirm Success"),
    "not_found": ("01", "Order not found"),
    "already_confirmed": ("02", "Order already confirmed"),
    "invalid_amount": ("04", "Invalid amount"),
    "invalid_signature": ("97", "Invalid signature"),
    "expired": ("99", "Transaction expired"),
    "error": ("99", "Unknown error"),
}

# vnp_ResponseCode as the applicant reads it on the return page.
RESPONSE_MESSAGES = {
    "00": _("vnp_response_00", default="Giao dịch thành công."),
    "07": _(
        "vnp_response_07",
        default="Đã trừ tiền nhưng giao dịch bị nghi ngờ gian lận; cơ quan sẽ liên hệ để xác minh.",
    ),
    "09": _("vnp_response_09", default="Thẻ hoặc tài khoản chưa đăng ký dịch vụ ngân hàng trực tuyến."),
    "10": _("vnp_response_10", default="Xác thực thông tin thẻ hoặc tài khoản không đúng quá 3 lần."),
    "11": _("vnp_response_11", default="Đã hết thời gian chờ thanh toán. Vui lòng thực hiện lại."),
    "12": _("vnp_response_12", default="Thẻ hoặc tài khoản đang bị khóa."),
    "13": _("vnp_response_13", default="Mật khẩu xác thực giao dịch (OTP) không đúng."),
    "24": _("vnp_response_24", default="Bạn đã hủy giao dịch."),
    "51": _("vnp_response_51", default="Tài khoản không đủ số dư để thanh toán."),
    "65": _("vnp_response_65", default="Tài khoản đã vượt quá hạn mức giao dịch trong ngày."),
    "75": _("vnp_response_75", default="Ngân hàng thanh toán đang bảo trì."),
    "79": _("vnp_response_79", default="Nhập sai mật khẩu thanh toán quá số lần quy định."),
}
RESPONSE_OTHER = _("vnp_response_other", default="Giao dịch không thành công (mã lỗi ${code}).")


def quote(value):
    """URL-encode as the gateway does (PHP urlencode / Java URLEncoder): spaces as "+", and "~"
    encoded too, which Python's quote_plus leaves alone."""
    return urllib.parse.quote_plus(str(value), safe="").replace("~", "%7E")


def signed_fields(params):
    """The ``vnp_`` parameters that are signed: all but the hash itself, empty ones left out."""
    return {
        key: str(value)
        for key, value in params.items()
        if key.startswith("vnp_") and key not in HASH_FIELDS and value not in (None, "")
    }


def hash_data(params):
    return "&".join(f"{quote(key)}={quote(value)}" for key, value in sorted(signed_fields(params).items()))


def sign(params, secret):
    """The hex HMAC-SHA512 of ``params`` keyed with ``secret``."""
    return hmac.new(secret.encode("utf-8"), hash_data(params).encode("utf-8"), hashlib.sha512).hexdigest()


def verify(params, secret):
    """True when ``params`` carry a valid ``vnp_SecureHash`` for ``secret``."""
    given = params.get("vnp_SecureHash")
    # compare_digest raises TypeError on non-ASCII text: such a hash is simply wrong.
    if not secret or not isinstance(given, str) or not given or not given.isascii():
        return False
    return hmac.compare_digest(sign(params, secret), given.lower())


def signed_query(params, secret):
    """The query string of ``params`` followed by their ``vnp_SecureHash``."""
    return f"{hash_data(params)}&vnp_SecureHash={sign(params, secret)}"


def format_time(moment):
    """yyyyMMddHHmmss in Vietnam's time (GMT+7), as the gateway expects."""
    return local(moment).strftime(TIME_FORMAT)


def parse_time(text):
    """A gateway time (GMT+7) as an aware datetime, or None when malformed."""
    try:
        return datetime.strptime(str(text), TIME_FORMAT).replace(tzinfo=TIMEZONE)
    except ValueError:
        return None


def ascii_text(text, limit=255):
    """Order information without diacritics or special characters, as the gateway asks."""
    plain = unidecode(str(text or ""))
    kept = "".join(char if char.isalnum() or char in " -_.:" else " " for char in plain)
    return " ".join(kept.split())[:limit]


def amount_field(amount):
    """VND as the gateway's vnp_Amount (x 100, no separators)."""
    return str(int(amount) * 100)


def amount_from_field(text):
    """vnp_Amount back to whole VND, or None when it is not a whole number of VND."""
    if not isinstance(text, str) or not text.isdigit():
        return None
    value = int(text)
    if value % 100:
        return None
    return value // 100
