"""When a dossier owes its fees, and the rule that its result waits for them.

A dossier owes (record state "due"):
- from its submission, when its service collects the fees at submission (behaviors.py) and the
  fees that apply to it (fees.py) are not zero;
- when an official requests payment (transition ``request_payment``, status 6): the amount
  passed with it (keyword ``amount``), else the fees not yet paid;
- when a leader approves the result (``finish``) and the fees were never asked for: they must
  be paid before the result is handed over;
- whenever an official states the amount (``state_amount``: a correction, an exemption with 0,
  or an obligation that is not in the fee rows).

It stops owing when paid (payment/settlement.py), or when it ends without a result (refused,
withdrawn, stopped). While it owes, its approved result is not downloadable (result_access.py),
``return_result`` is refused,
and ``confirm_payment`` may only be fired by the settlement itself: an official records a cash
payment instead of confirming one the portal does not know about.
"""

from danang.portal import _
from danang.portal import clock
from danang.portal import money
from danang.portal.payment.behaviors import AT_SUBMISSION
from danang.portal.payment.behaviors import collection_moment
from danang.portal.payment.fees import dossier_service
from danang.portal.payment.fees import fees_for_dossier
from danang.portal.payment.record import DUE
from danang.portal.payment.record import ensure_record
from danang.portal.payment.record import get_record
from danang.portal.payment.result_access import follow_payment
from danang.portal.workflow.rules import TransitionInputError
from plone import api
from zope.i18n import translate

import logging

logger = logging.getLogger(__name__)

SUBMISSION, REQUEST, BEFORE_RESULT, OFFICIAL = "submission", "request", "before_result", "official"
# Transitions that end a dossier without a result.
ENDING = frozenset({"refuse", "withdraw", "stop"})
# Keyword the settlement passes to confirm_payment, so the guard below lets it through.
SETTLEMENT_KWARG = "payment_id"


def _text(message):
    return translate(message, target_language=api.portal.get_default_language() or "vi")


def outstanding_fees(dossier):
    """(lines, amount) of the applicable fees not yet paid (nothing once anything was paid:
    what remains is then for an official to state)."""
    lines, amount = fees_for_dossier(dossier)
    record = get_record(dossier)
    if record is not None and record.payments:
        return [], 0
    return lines, amount


def _cancel_pending(record, why):
    """Void the open transactions: they were for an amount that is no longer owed."""
    for txn in list(record.pending.values()):
        record.add_log(
            {
                "time": clock.now(),
                "reason": "voided",
                "txn_ref": txn["txn_ref"],
                "amount": txn["amount"],
                "detail": why,
                "provider": txn.get("provider", ""),
            }
        )
    record.pending.clear()


def owe(dossier, amount, lines, reason):
    record = ensure_record(dossier)
    if record.pending and amount != record.amount_due:
        _cancel_pending(record, f"amount changed to {amount}")
    record.owe(amount, lines, reason)
    follow_payment(dossier)
    return record


def state_amount(dossier, amount, note="", actor=""):
    """An official states what the dossier owes now (VND, 0 for nothing); returns the record.

    The fee lines stay when the amount is theirs; otherwise the note names the one line.
    """
    amount = int(amount)
    if amount < 0:
        raise ValueError("amount must not be negative")
    note = " ".join((note or "").split())
    lines, computed = outstanding_fees(dossier)
    if amount != computed or not lines:
        name = note or _text(
            _(
                "payment_line_stated",
                default="Phí, lệ phí, nghĩa vụ tài chính theo thông báo của cơ quan giải quyết",
            )
        )
        lines = [{"name": name, "amount": amount, "legal_basis": "", "case": ""}] if amount else []
    record = owe(dossier, amount, lines, OFFICIAL)
    record.statements.append({"time": clock.now(), "actor": actor, "amount": amount, "note": note})
    return record


def dossier_added(dossier, event):
    """A new dossier of a service collecting at submission owes its fees at once."""
    if get_record(dossier) is not None:
        return
    service = dossier_service(dossier)
    if collection_moment(service) != AT_SUBMISSION:
        return
    lines, amount = fees_for_dossier(dossier, service)
    if amount > 0:
        owe(dossier, amount, lines, SUBMISSION)


def _requested_amount(kwargs):
    value = kwargs.get("amount")
    if value in (None, ""):
        return None
    try:
        amount = int(value)
    except (TypeError, ValueError):
        raise TransitionInputError(
            _("error_payment_amount", default="Số tiền phải nộp phải là số nguyên đồng, không âm.")
        )
    if amount < 0:
        raise TransitionInputError(
            _("error_payment_amount", default="Số tiền phải nộp phải là số nguyên đồng, không âm.")
        )
    return amount


def before_transition(dossier, event):
    if event.transition is None:
        return
    transition = event.transition.id
    kwargs = event.kwargs or {}
    record = get_record(dossier)
    owing = record is not None and record.state == DUE
    if transition == "request_payment":
        _requested_amount(kwargs)
    elif transition == "return_result" and owing:
        raise TransitionInputError(
            _(
                "error_return_unpaid",
                default="Hồ sơ chưa nộp đủ phí, lệ phí (còn ${amount} đồng): chưa trả kết quả được. "
                "Người nộp thanh toán trực tuyến, hoặc bộ phận một cửa ghi nhận nộp tiền mặt trước.",
                mapping={"amount": money.figures(record.amount_due)},
            )
        )
    elif transition == "confirm_payment" and owing and not kwargs.get(SETTLEMENT_KWARG):
        raise TransitionInputError(
            _(
                "error_confirm_unpaid",
                default="Cổng chưa ghi nhận khoản thanh toán ${amount} đồng của hồ sơ này. Chờ người "
                "nộp thanh toán trực tuyến, hoặc ghi nhận nộp tiền mặt tại quầy (hồ sơ được chuyển "
                "tiếp xử lý khi đã thanh toán).",
                mapping={"amount": money.figures(record.amount_due)},
            )
        )


def status_changed(dossier, event):
    """IDossierStatusChanged subscriber: what the dossier owes after a transition."""
    transition = event.transition
    if transition is None:
        return
    if transition == "request_payment":
        amount = _requested_amount(event.inputs)
        if amount is not None:
            state_amount(dossier, amount, event.comment or "", event.actor)
            return
        record = get_record(dossier)
        if record is not None and record.state == DUE:
            return  # already owed (e.g. since the submission): the same amount is asked again
        lines, amount = outstanding_fees(dossier)
        if amount > 0:
            owe(dossier, amount, lines, REQUEST)
    elif transition in ENDING:
        # A refused, withdrawn or stopped dossier owes nothing any more; open payments are void.
        record = get_record(dossier)
        if record is not None and record.state == DUE:
            if record.pending:
                _cancel_pending(record, f"dossier {event.new_state}")
            record.owe(0, [], record.reason)
    elif transition == "finish":
        record = get_record(dossier)
        if record is not None and (record.state == DUE or record.payments or record.statements):
            follow_payment(dossier)  # the workflow released the result: not while it is owed
            return
        lines, amount = outstanding_fees(dossier)
        if amount > 0:
            owe(dossier, amount, lines, BEFORE_RESULT)
            logger.info("%s owes %s VND before its result", dossier.dossier_code, amount)


