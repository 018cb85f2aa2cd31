"""Cash paid at the one-stop desk, recorded by a desk officer of the unit holding the dossier.

Recorded like an online payment (settlement.settle): kept on the dossier with the officer's id,
an e-receipt issued, the dossier sent back to processing when it was waiting for the payment.
"""

from danang.portal import _
from danang.portal import clock
from danang.portal import roles
from danang.portal.payment.online import PAYABLE_STATES
from danang.portal.payment.record import DUE
from danang.portal.payment.record import ensure_record
from danang.portal.payment.record import get_record
from danang.portal.payment.record import PAID
from danang.portal.payment.settlement import CASH
from danang.portal.payment.settlement import settle
from plone import api

import re


class CashRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def may_record_cash(dossier):
    """The current user is a desk officer of the unit holding the dossier (or an administrator)."""
    return roles.holds_any(roles.CASHIERS, dossier)


# Whole đồng: digits, or groups of three after the first set apart by one kind of separator
# ("75.000", "75,000", "75 000"). "1.5" or "1,5" is a decimal, never 15 đồng.
_WHOLE_DONG = re.compile(r"^(?:\d+|\d{1,3}(?P<sep>[.,])\d{3}(?:(?P=sep)\d{3})*)$")


def parse_amount(value):
    """An amount typed by an official ("75.000", "75 000", "75000") as VND, or None (not a
    whole number of đồng: "1.5", "1,5", "-5", "abc")."""
    text = ".".join(str(value or "").split())
    if not _WHOLE_DONG.match(text):
        return None
    return int(text.replace(".", "").replace(",", ""))


def record_cash(dossier, amount, payer_name="", payer_address="", reference="", recorded_by=""):
    """Record a cash payment of exactly what the dossier owes; CashRefused (message) if not."""
    if not may_record_cash(dossier):
        raise CashRefused(
            _(
                "cash_refused_role",
                default="Chỉ bộ phận một cửa của đơn vị giải quyết hồ sơ được ghi nhận nộp tiền mặt.",
            )
        )
    record = get_record(dossier)
    if record is not None and record.state == PAID:
        raise CashRefused(_("payment_refused_paid", default="Hồ sơ đã được thanh toán đầy đủ."))
    if record is None or record.state != DUE or record.amount_due <= 0:
        raise CashRefused(
            _("payment_refused_nothing_due", default="Hồ sơ hiện không có khoản phí, lệ phí nào phải nộp.")
        )
    if api.content.get_state(dossier, default=None) not in PAYABLE_STATES:
        raise CashRefused(
            _("payment_refused_state", default="Hồ sơ đã kết thúc hoặc dừng xử lý nên không thanh toán được.")
        )
    if amount != record.amount_due:
        raise CashRefused(
            _(
                "cash_refused_amount",
                default="Số tiền nộp phải đúng số tiền hồ sơ phải nộp. Nếu số tiền phải nộp thay đổi, "
                "cập nhật số tiền phải nộp trước.",
            )
        )
    record = ensure_record(dossier)
    sequence = record.next_sequence()
    payment_id = f"{dossier.dossier_code}-TM{sequence:02d}"
    return settle(
        dossier,
        payment_id=payment_id,
        method=CASH,
        provider="",
        reference=" ".join((reference or "").split()) or payment_id,
        amount=amount,
        lines=record.lines,
        paid_at=clock.now(),
        payer_name=" ".join((payer_name or "").split()) or None,
        payer_address=" ".join((payer_address or "").split()) or None,
        recorded_by=recorded_by,
    )
