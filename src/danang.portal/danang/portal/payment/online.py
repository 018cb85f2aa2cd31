"""Online payment: open a transaction, and act on what the gateway reports about it.

- ``start_payment`` opens a transaction for what the dossier owes now (reference
  ``<dossier code>-<n>``, amount, lines, created, expires after the configured window) and returns
  the gateway address the applicant's browser goes to.
- ``handle_notification`` acts on the gateway's server-to-server notification (IPN), the only
  message that changes the dossier. It is refused, logged in the server log and (once its
  signature is verified) on the dossier, and the dossier left as it was, when: the signature is
  wrong; the transaction is unknown; it was already settled (a replayed notification); the
  amount is not the transaction's; it came after the transaction expired; or the dossier was
  already paid by another transaction (paying twice: the gateway's money must be refunded, the
  log says so). A failed or cancelled payment closes its transaction. A verified, matching
  success settles the dossier (settlement.py).
- ``read_return`` reads the browser's return for display only.
"""

from danang.portal import _
from danang.portal import clock
from danang.portal import public_url
from danang.portal import settings
from danang.portal.dossier.applicant_access import has_token
from danang.portal.dossier.finding import find_dossier
from danang.portal.lookup.throttle import client_address
from danang.portal.payment import interfaces as outcomes
from danang.portal.payment import sandbox_mode
from danang.portal.payment.interfaces import InvalidGatewayData
from danang.portal.payment.providers import get_provider
from danang.portal.payment.record import DUE
from danang.portal.payment.record import ensure_record
from danang.portal.payment.record import get_record
from danang.portal.payment.record import PAID
from danang.portal.payment.settings import IPaymentSettings
from danang.portal.payment.settings import PREFIX
from danang.portal.payment.settings import SANDBOX
from danang.portal.payment.settlement import ONLINE
from danang.portal.payment.settlement import settle
from datetime import timedelta
from plone import api

import logging

logger = logging.getLogger(__name__)

# Workflow states in which paying makes sense (the result may still be handed over).
PAYABLE_STATES = frozenset({"new", "received", "processing", "supplement", "payment", "finished"})
# A payment confirmed by the gateway just before expiry may be notified a little after it.
NOTIFICATION_GRACE = timedelta(minutes=5)
# Expired transactions are kept this long, so that a late notification is recognised as such.
KEEP_EXPIRED = timedelta(days=7)

# Log reasons (record.log "reason").
BAD_SIGNATURE = "bad_signature"
UNKNOWN = "unknown_transaction"
REPLAY = "replay"
WRONG_AMOUNT = "wrong_amount"
LATE = "expired"
ALREADY_PAID = "already_paid"
NOT_DUE = "not_due"
FAILED = "failed"
SANDBOX_OFF = "sandbox_off"


class PaymentRefused(Exception):
    """A payment cannot start; ``message`` (i18n) says why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def txn_ref(dossier, sequence):
    return f"{dossier.dossier_code}-{sequence:02d}"


def dossier_of_txn(ref):
    """The dossier a transaction reference names, or None."""
    if not isinstance(ref, str):
        return None
    code, _dash, sequence = ref.strip().rpartition("-")
    if not code or not sequence.isdigit():
        return None
    return find_dossier(code)


def refusal(dossier):
    """Why the dossier cannot be paid online now (an i18n message), or None when it can."""
    record = get_record(dossier)
    if record is not None and record.state == PAID:
        return _("payment_refused_paid", default="Hồ sơ đã được thanh toán đầy đủ.")
    if record is None or record.state != DUE or record.amount_due <= 0:
        return _("payment_refused_nothing_due", default="Hồ sơ hiện không có khoản phí, lệ phí nào phải nộp.")
    if api.content.get_state(dossier, default=None) not in PAYABLE_STATES:
        return _(
            "payment_refused_state",
            default="Hồ sơ đã kết thúc hoặc dừng xử lý nên không thanh toán được.",
        )
    provider = get_provider()
    if provider is None or not provider.configured():
        return _(
            "payment_refused_unconfigured",
            default="Cổng thanh toán trực tuyến chưa được cấu hình. Vui lòng nộp phí, lệ phí tại "
            "bộ phận một cửa hoặc thử lại sau.",
        )
    return None


def _prune(record, moment):
    for ref, txn in list(record.pending.items()):
        if txn["expires"] + KEEP_EXPIRED < moment:
            del record.pending[ref]


def return_url(provider):
    # The gateway sends the browser there later: the public address, never the request's Host.
    return public_url.for_visitor(f"@@ket-qua-thanh-toan/{provider.name}")


def order_info(dossier):
    return f"Thanh toan phi le phi ho so {dossier.dossier_code}"


def start_payment(dossier, request):
    """Open a transaction for the amount owed; return the gateway URL (PaymentRefused if not)."""
    message = refusal(dossier)
    if message is not None:
        raise PaymentRefused(message)
    provider = get_provider()
    record = ensure_record(dossier)
    created = clock.now()
    _prune(record, created)
    txn = {
        "txn_ref": txn_ref(dossier, record.next_sequence()),
        "amount": record.amount_due,
        "lines": [dict(line) for line in record.lines],
        "created": created,
        "expires": created + timedelta(minutes=settings.read(IPaymentSettings, PREFIX, "payment_window")),
        "provider": provider.name,
        # Whether the applicant came with a look-up link (the return page then hands a new one).
        "by_token": bool(has_token(dossier, request)),
    }
    record.pending[txn["txn_ref"]] = txn
    logger.info("Payment %s of %s VND started for %s", txn["txn_ref"], txn["amount"], dossier.dossier_code)
    return provider.payment_url(txn, order_info(dossier), return_url(provider), client_address(request))


def _reject(dossier, reason, provider_name, ref, amount, detail, remote):
    entry = {
        "time": clock.now(),
        "reason": reason,
        "txn_ref": ref or "",
        "amount": amount,
        "detail": detail,
        "provider": provider_name,
        "remote": remote,
    }
    if dossier is not None:
        ensure_record(dossier).add_log(entry)
    logger.warning(
        "Payment notification refused (%s): txn %r, amount %r, %s, from %s, dossier %s",
        reason,
        ref,
        amount,
        detail,
        remote,
        dossier.dossier_code if dossier is not None else None,
    )


def handle_notification(provider_name, form, request):
    """Act on a gateway notification; return ``(provider, outcome)`` (interfaces outcomes)."""
    remote = client_address(request)
    provider = get_provider(provider_name)
    if provider is None:
        logger.warning("Payment notification for unknown provider %r from %s", provider_name, remote)
        return None, outcomes.NOT_FOUND
    ref = provider.txn_ref_of(form)
    try:
        result = provider.read_result(form)
    except InvalidGatewayData as error:
        # Anyone can send these: logged by the server only, so they cannot make the database grow.
        _reject(None, BAD_SIGNATURE, provider.name, ref, None, str(error), remote)
        return provider, outcomes.INVALID_SIGNATURE
    dossier = dossier_of_txn(ref)

    def reject(reason, outcome, detail=""):
        _reject(dossier, reason, provider.name, ref, result.amount, detail, remote)
        return provider, outcome

    if provider.name == SANDBOX and (
        settings.read(IPaymentSettings, PREFIX, "provider") != SANDBOX or not sandbox_mode.active()
    ):
        # The sandbox takes no money: once a real gateway is on, or the sandbox mode is off,
        # nothing it says counts.
        return reject(SANDBOX_OFF, outcomes.NOT_FOUND, "sandbox not active")
    if dossier is None:
        return reject(UNKNOWN, outcomes.NOT_FOUND, "no dossier for this reference")
    record = get_record(dossier)
    if record is None:
        return reject(UNKNOWN, outcomes.NOT_FOUND, "no payment was started")
    if any(payment["id"] == ref for payment in record.payments):
        return reject(REPLAY, outcomes.ALREADY_CONFIRMED, "transaction already settled")
    txn = record.pending.get(ref)
    if txn is None or txn["provider"] != provider.name:
        return reject(UNKNOWN, outcomes.NOT_FOUND, "no open transaction with this reference")
    if result.amount != txn["amount"]:
        return reject(WRONG_AMOUNT, outcomes.INVALID_AMOUNT, f"transaction amount {txn['amount']}")
    if not result.success:
        del record.pending[ref]
        return reject(FAILED, outcomes.CONFIRMED, f"gateway response {result.response_code}")
    moment = clock.now()
    if moment > txn["expires"] + NOTIFICATION_GRACE or (
        result.paid_at is not None and result.paid_at > txn["expires"] + NOTIFICATION_GRACE
    ):
        return reject(LATE, outcomes.EXPIRED, f"expired at {txn['expires'].isoformat()}; refund due")
    if record.state == PAID:
        del record.pending[ref]
        return reject(
            ALREADY_PAID, outcomes.ALREADY_CONFIRMED, "dossier already paid by another transaction; refund due"
        )
    if record.state != DUE or record.amount_due != txn["amount"]:
        del record.pending[ref]
        return reject(NOT_DUE, outcomes.INVALID_AMOUNT, f"amount owed now {record.amount_due}; refund due")
    del record.pending[ref]
    settle(
        dossier,
        payment_id=ref,
        method=ONLINE,
        provider=provider.name,
        reference=result.transaction_no or ref,
        amount=result.amount,
        lines=txn["lines"],
        paid_at=result.paid_at or moment,
        recorded_by="",
        extra={"by_token": txn.get("by_token", False)},
    )
    return provider, outcomes.CONFIRMED


def _refused(record, ref):
    """A notification of ``ref`` was refused although the transaction is still on file."""
    return any(entry["txn_ref"] == ref and entry["reason"] in (LATE, WRONG_AMOUNT) for entry in record.log)


def read_return(provider_name, form):
    """What the browser's return says, for display: a dict with ``status`` ("invalid", "paid",
    "waiting", "failed", "rejected"), ``dossier``, ``result``, ``payment``, ``txn`` (the open or settled
    transaction) and ``provider``. Nothing is changed."""
    provider = get_provider(provider_name)
    answer = {"status": "invalid", "dossier": None, "result": None, "payment": None, "txn": None,
              "provider": provider}
    if provider is None:
        return answer
    try:
        result = provider.read_result(form)
    except InvalidGatewayData:
        return answer
    dossier = dossier_of_txn(result.txn_ref)
    record = get_record(dossier) if dossier is not None else None
    if record is None:
        return answer
    answer.update(dossier=dossier, result=result)
    payment = next((p for p in record.payments if p["id"] == result.txn_ref), None)
    answer["txn"] = payment or record.pending.get(result.txn_ref)
    if payment is not None:
        answer.update(status="paid", payment=payment)
    elif not result.success:
        answer["status"] = "failed"
    elif answer["txn"] is not None and not _refused(record, result.txn_ref):
        answer["status"] = "waiting"  # the notification has not arrived yet
    else:
        answer["status"] = "rejected"  # the gateway took it but the notification was refused
    return answer
