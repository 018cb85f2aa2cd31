"""Titles shown for the payment record's codes: why something is owed, why an attempt failed."""

from danang.portal import _

REASON_TITLES = {
    "submission": _("payment_reason_submission", default="Thủ tục thu phí, lệ phí khi nộp hồ sơ."),
    "request": _(
        "payment_reason_request",
        default="Cơ quan giải quyết yêu cầu thực hiện nghĩa vụ tài chính.",
    ),
    "before_result": _(
        "payment_reason_before_result",
        default="Phí, lệ phí phải nộp trước khi nhận kết quả.",
    ),
    "official": _("payment_reason_official", default="Số tiền do cơ quan giải quyết xác định."),
}

LOG_REASONS = {
    "bad_signature": _("payment_log_bad_signature", default="Chữ ký hoặc dữ liệu không hợp lệ"),
    "unknown_transaction": _("payment_log_unknown", default="Giao dịch không có trong hồ sơ"),
    "replay": _("payment_log_replay", default="Thông báo lặp lại giao dịch đã ghi nhận"),
    "wrong_amount": _("payment_log_wrong_amount", default="Số tiền không khớp giao dịch"),
    "expired": _("payment_log_expired", default="Thông báo đến sau khi giao dịch hết hạn (cần hoàn tiền)"),
    "already_paid": _(
        "payment_log_already_paid",
        default="Hồ sơ đã được thanh toán bằng giao dịch khác (cần hoàn tiền)",
    ),
    "not_due": _("payment_log_not_due", default="Số tiền phải nộp đã thay đổi (cần hoàn tiền)"),
    "failed": _("payment_log_failed", default="Thanh toán không thành công hoặc bị hủy"),
    "voided": _("payment_log_voided", default="Giao dịch bị hủy do số tiền phải nộp thay đổi"),
    "sandbox_off": _("payment_log_sandbox_off", default="Cổng thử nghiệm đã tắt"),
}


def log_reason_title(reason):
    return LOG_REASONS.get(reason, reason)
