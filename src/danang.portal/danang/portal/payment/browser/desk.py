"""The officials' payment forms on a dossier.

``@@thu-tien-mat``: a desk officer of the unit records cash paid at the desk (GET shows the form,
POST records it). ``@@so-tien-phai-nop`` (POST, from the payment panel): an official of the unit
states the amount owed. Both are CSRF-checked and answer with a Vietnamese message; a refused
request keeps nothing.
"""

from danang.portal import _
from danang.portal import money
from danang.portal.payment.cash import CashRefused
from danang.portal.payment.cash import may_record_cash
from danang.portal.payment.cash import parse_amount
from danang.portal.payment.cash import record_cash
from danang.portal.payment.obligations import outstanding_fees
from danang.portal.payment.obligations import state_amount
from danang.portal.payment.online import PAYABLE_STATES
from danang.portal.payment.panel_access import is_official
from danang.portal.payment.record import get_record
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zExceptions import Forbidden

import transaction

STATE_REFUSED = _(
    "payment_refused_state", default="Hồ sơ đã kết thúc hoặc dừng xử lý nên không thanh toán được."
)
# A cash amount larger than this is a typing mistake (no procedure fee comes near it).
MAX_AMOUNT = 10_000_000_000


def _current_user_id():
    user = api.user.get_current()
    return (user.getId() if user is not None else None) or ""


class CashPayment(BrowserView):
    template = ViewPageTemplateFile("templates/cash.pt")
    errors = None

    def __call__(self):
        if not may_record_cash(self.context):
            raise Forbidden("Only the unit's desk records cash payments.")
        self.errors = {}
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            if self.request.form.get("cancel"):
                return self.request.response.redirect(self.context.absolute_url())
            done = self.record()
            if done:
                return self.request.response.redirect(self.context.absolute_url())
        return self.template()

    def value(self, name, default=""):
        value = self.request.form.get(name)
        return value if isinstance(value, str) else default

    def record(self):
        form = self.request.form
        amount = parse_amount(form.get("amount"))
        if amount is None or amount <= 0 or amount > MAX_AMOUNT:
            self.errors["amount"] = _("error_cash_amount", default="Nhập số tiền đã thu, bằng số, ví dụ 75000.")
            return False
        try:
            payment = record_cash(
                self.context,
                amount,
                payer_name=self.value("payer_name"),
                payer_address=self.value("payer_address"),
                reference=self.value("reference"),
                recorded_by=_current_user_id(),
            )
        except CashRefused as refused:
            transaction.doom()
            self.errors["form"] = refused.message
            return False
        if payment.get("receipt"):
            message = _(
                "done_cash_recorded",
                default="Đã ghi nhận nộp tiền mặt ${amount} đồng; biên lai điện tử số ${number}.",
                mapping={"amount": money.figures(amount), "number": payment["receipt"]},
            )
        else:
            message = _(
                "done_cash_recorded_no_receipt",
                default="Đã ghi nhận nộp tiền mặt ${amount} đồng; chưa lập được biên lai điện tử "
                "(xem nhật ký hệ thống).",
                mapping={"amount": money.figures(amount)},
            )
        api.portal.show_message(message, request=self.request, type="info")
        return True

    def amount_due(self):
        record = get_record(self.context)
        return record.amount_due if record is not None else 0

    def amount_text(self):
        return money.figures(self.amount_due())

    def lines(self):
        record = get_record(self.context)
        return [{"name": line["name"], "amount": money.figures(line["amount"])}
                for line in (record.lines if record is not None else ())]

    def has_pending(self):
        record = get_record(self.context)
        return bool(record is not None and record.pending)


class StateAmount(BrowserView):
    """POST amount, note: what the dossier owes now, stated by an official of its unit."""

    def __call__(self):
        request, dossier = self.request, self.context
        if request.method != "POST":
            return request.response.redirect(dossier.absolute_url())
        CheckAuthenticator(request)
        if not is_official(dossier):
            raise Forbidden("Only the unit's officials state the amount owed.")
        message, kind = self.apply(request.form)
        if kind == "error":
            transaction.doom()
        api.portal.show_message(message, request=request, type=kind)
        return request.response.redirect(dossier.absolute_url())

    def apply(self, form):
        dossier = self.context
        if api.content.get_state(dossier, default=None) not in PAYABLE_STATES:
            return STATE_REFUSED, "error"
        amount = parse_amount(form.get("amount"))
        if amount is None or amount > MAX_AMOUNT:
            return _("error_payment_amount", default="Số tiền phải nộp phải là số nguyên đồng, không âm."), "error"
        note = form.get("note") if isinstance(form.get("note"), str) else ""
        note = " ".join(note.split())[:300]
        _lines, computed = outstanding_fees(dossier)
        if amount and amount != computed and not note:
            return _(
                "error_payment_amount_note",
                default="Số tiền khác với phí, lệ phí của thủ tục (${computed} đồng): vui lòng ghi rõ nội dung thu.",
                mapping={"computed": money.figures(computed)},
            ), "error"
        record = state_amount(dossier, amount, note, _current_user_id())
        if record.amount_due:
            return _(
                "done_amount_stated",
                default="Số tiền phải nộp của hồ sơ: ${amount} đồng.",
                mapping={"amount": money.figures(record.amount_due)},
            ), "info"
        return _("done_amount_none", default="Hồ sơ không còn khoản phải nộp."), "info"
