"""``settle``: record a payment of what a dossier owes, online or cash, the same way.

The payment is kept on the dossier, ``DossierPaid`` fired (the e-receipt area issues its
receipt then, ereceipt/subscribers.py, and mails it after the commit), and a dossier waiting for the payment (status
6, "payment") goes back to processing through ``confirm_payment``, fired as the system with a
comment (a desk officer recording cash fires it as themselves), so the paused clock restarts.
The caller has checked that the amount is the one owed.
"""

from AccessControl.SecurityManagement import getSecurityManager
from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SecurityManagement import setSecurityManager
from AccessControl.users import UnrestrictedUser
from contextlib import contextmanager
from danang.portal import _
from danang.portal import money
from danang.portal.deadlines.working_calendar import local
from danang.portal.payment.events import DossierPaid
from danang.portal.payment.obligations import SETTLEMENT_KWARG
from danang.portal.payment.record import ensure_record
from danang.portal.payment.record import PAID
from danang.portal.payment.result_access import follow_payment
from danang.portal.workflow.actions import allowed_transitions
from plone import api
from zope.event import notify
from zope.i18n import translate

import copy
import logging

logger = logging.getLogger(__name__)

ONLINE, CASH = "online", "cash"


def _text(message):
    return translate(message, target_language=api.portal.get_default_language() or "vi")


def receipt_lines(lines):
    """Only what a receipt prints of a fee line."""
    return [{"name": line["name"], "amount": int(line["amount"])} for line in lines if line.get("name")]


def settle(
    dossier,
    payment_id,
    method,
    provider,
    reference,
    amount,
    lines,
    paid_at,
    payer_name=None,
    payer_address=None,
    payer_email=None,
    recorded_by="",
    extra=None,
):
    """Record the payment; return its stored dict (the e-receipt's payment plus ``receipt`` and
    what ``extra`` adds)."""
    record = ensure_record(dossier)
    payment = {
        "id": payment_id,
        "method": method,
        "provider": provider or "",
        "reference": reference or "",
        "amount": int(amount),
        "lines": receipt_lines(lines),
        "payer_name": payer_name or dossier.applicant_name,
        # None: the e-receipt writes the applicant's full address (ward, district) itself.
        "payer_address": payer_address or None,
        "payer_email": payer_email if payer_email is not None else getattr(dossier, "applicant_email", None),
        "paid_at": local(paid_at),
        "recorded_by": recorded_by or "",
    }
    stored = dict(payment, receipt=None, **(extra or {}))
    record.payments.append(stored)
    record.amount_due = 0
    record.state = PAID
    follow_payment(dossier)
    # The e-receipt area issues the receipt (ereceipt/subscribers.py) and notes it on the event.
    event = DossierPaid(dossier, copy.deepcopy(payment))
    notify(event)
    if event.receipt is not None:
        stored["receipt"] = event.receipt["number"]
        if event.receipt.get("symbol"):
            stored["receipt_symbol"] = event.receipt["symbol"]
        # The dict changed inside the list, maybe after the subscriber's savepoint wrote it.
        record.payments._p_changed = True
    logger.info(
        "Dossier %s paid %s VND (%s %s %s)", dossier.dossier_code, amount, method, provider, reference
    )
    if api.content.get_state(dossier, default=None) == "payment":
        _resume(dossier, stored)
    return stored


def _resume(dossier, payment):
    """Back to processing: the system confirms, whoever paid (the gateway's call is anonymous)."""
    if payment["method"] == ONLINE:
        comment = _(
            "comment_paid_online",
            default="Đã thanh toán trực tuyến ${amount} đồng (mã giao dịch ${reference}).",
            mapping={"amount": money.figures(payment["amount"]), "reference": payment["reference"]},
        )
    else:
        comment = _(
            "comment_paid_cash",
            default="Đã nộp tiền mặt ${amount} đồng tại bộ phận một cửa.",
            mapping={"amount": money.figures(payment["amount"])},
        )
    kwargs = {"comment": _text(comment), SETTLEMENT_KWARG: payment["id"]}
    workflow = api.portal.get_tool("portal_workflow")
    if "confirm_payment" in allowed_transitions(dossier):
        # A desk officer recording cash confirms as themselves.
        workflow.doActionFor(dossier, "confirm_payment", **kwargs)
        return
    with as_system():
        workflow.doActionFor(dossier, "confirm_payment", **kwargs)


@contextmanager
def as_system():
    """Act as the portal itself (history actor ""): DCWorkflow's guards read the user's roles on
    the dossier, which plone.api's adopt_roles does not change."""
    previous = getSecurityManager()
    acl_users = api.portal.get().acl_users
    newSecurityManager(None, UnrestrictedUser("", "", ["Manager"], []).__of__(acl_users))
    try:
        yield
    finally:
        setSecurityManager(previous)
