"""``issue_receipt``: the electronic receipt (biên lai thu phí, lệ phí) of a dossier's payment.

It is called once a payment is settled, online (gateway callback) or cash (desk), inside the
transaction that records the payment (subscribers.py, on payment's ``IDossierPaid``). It works
whatever the current user may do (a gateway callback is anonymous). It takes the next number of
the unit's symbol, stores the receipt on the dossier and, after the transaction commits, e-mails
it with the PDF attached.
"""

from danang.portal import _
from danang.portal import clock
from danang.portal import settings
from danang.portal.acknowledgement.slip import applicant_address
from danang.portal.acknowledgement.slip import text
from danang.portal.dossier.numbering import agency_by_code
from danang.portal.dossier.storage import dossier_root
from danang.portal.dossier.submitted_service import service_of
from danang.portal.ereceipt.amounts import amount_in_words
from danang.portal.ereceipt.errors import EReceiptError
from danang.portal.ereceipt.mail import send_receipt_mail
from danang.portal.ereceipt.numbering import format_number
from danang.portal.ereceipt.numbering import next_number
from danang.portal.ereceipt.numbering import symbol_for
from danang.portal.ereceipt.settings import IEReceiptSettings
from danang.portal.ereceipt.settings import PREFIX
from danang.portal.ereceipt.store import receipt_for_payment
from danang.portal.ereceipt.store import store
from danang.portal.ereceipt.verification import make_code
from danang.portal.payment.settings import SANDBOX
from datetime import datetime
from persistent.mapping import PersistentMapping
from plone import api

import logging

logger = logging.getLogger(__name__)

METHODS = ("online", "cash")
DEFAULT_LINE = _("ereceipt_default_line", default="Phí, lệ phí giải quyết thủ tục hành chính")


def _error(msgid, default, **mapping):
    raise EReceiptError(_(msgid, default=default, mapping=mapping))


def _text(value):
    return " ".join(value.split()) if isinstance(value, str) else ""


def _amount(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _lines(payment, amount):
    lines = payment.get("lines") or []
    if not isinstance(lines, (list, tuple)):
        _error("error_ereceipt_lines", "Danh sách khoản thu không hợp lệ.")
    checked = []
    for line in lines:
        name = _text(line.get("name")) if isinstance(line, dict) else ""
        value = line.get("amount") if isinstance(line, dict) else None
        if not name or not _amount(value) or value < 0:
            _error("error_ereceipt_line", "Mỗi khoản thu cần có tên và số tiền (đồng) không âm.")
        checked.append({"name": name, "amount": value})
    if not checked:
        return [{"name": text(DEFAULT_LINE), "amount": amount}]
    if sum(line["amount"] for line in checked) != amount:
        _error(
            "error_ereceipt_lines_total",
            "Tổng các khoản thu không bằng số tiền đã thanh toán (${amount} đồng).",
            amount=amount,
        )
    return checked


def checked_payment(payment):
    """The payment dict with its values checked and normalised, or EReceiptError."""
    if not isinstance(payment, dict):
        raise TypeError("payment must be a dict (see issue_receipt)")
    payment_id = payment.get("id")
    if not isinstance(payment_id, str) or not payment_id.strip():
        _error("error_ereceipt_payment_id", "Thiếu mã khoản thanh toán.")
    method = payment.get("method")
    if method not in METHODS:
        _error("error_ereceipt_method", "Hình thức thanh toán không hợp lệ.")
    provider, reference = _text(payment.get("provider")), _text(payment.get("reference"))
    if method == "online" and not (provider and reference):
        _error(
            "error_ereceipt_online_reference",
            "Thanh toán trực tuyến cần có tên đơn vị trung gian thanh toán và mã giao dịch.",
        )
    amount = payment.get("amount")
    if not _amount(amount) or amount <= 0:
        _error("error_ereceipt_amount", "Số tiền thanh toán phải là số đồng lớn hơn 0.")
    paid_at = payment.get("paid_at")
    if not isinstance(paid_at, datetime) or paid_at.tzinfo is None:
        _error("error_ereceipt_paid_at", "Thiếu thời điểm thanh toán (kèm múi giờ).")
    return {
        "id": payment_id.strip(),
        "method": method,
        "provider": provider,
        "reference": reference,
        "amount": amount,
        "lines": _lines(payment, amount),
        "payer_name": _text(payment.get("payer_name")),
        "payer_address": _text(payment.get("payer_address")),
        "payer_email": _text(payment.get("payer_email")),
        "paid_at": paid_at,
        "recorded_by": _text(payment.get("recorded_by")),
    }


def _service_is_sample(dossier):
    return bool(getattr(service_of(dossier), "sample", False))


def _collector(user_id):
    user = api.user.get(userid=user_id) if user_id else None
    return (user.getProperty("fullname", "") if user is not None else "") or user_id


def issue_receipt(dossier, payment):
    """Issue (or return the already issued) receipt of ``payment`` for ``dossier``.

    ``payment``: {"id", "method" ("online" | "cash"), "provider", "reference", "amount" (VND),
    "lines": [{"name", "amount"}] (summing to amount; empty: one line for the whole amount),
    "payer_name", "payer_address", "payer_email", "paid_at" (aware datetime), "recorded_by"}.
    Returns the receipt record, a PersistentMapping (its keys: this package's docstring);
    issuing again for the same payment id returns the first receipt unchanged.
    Raises EReceiptError (``.message``: Vietnamese) for unusable payment data.

    For example, the first cash payment of 2025 at a unit whose series is ``SXD``::

        receipt = issue_receipt(dossier, {"id": "pay-1", "method": "cash", "provider": "",
            "reference": "PT-0001", "amount": 75000, "lines": [{"name": "Lệ phí", "amount": 75000}],
            "payer_name": "Nguyễn Văn A", "payer_address": None, "payer_email": None,
            "paid_at": datetime(2025, 3, 3, 9, tzinfo=TIMEZONE), "recorded_by": "sxd-desk"})
        receipt["symbol"], receipt["number"]  # ("SXD-25E", "0000001")
    """
    payment_id = payment.get("id") if isinstance(payment, dict) else None
    existing = receipt_for_payment(dossier, payment_id.strip()) if isinstance(payment_id, str) else None
    if existing is not None:
        return existing
    payment = checked_payment(payment)

    issued_at = clock.now()
    unit_code = dossier.receiving_unit
    agency = agency_by_code(unit_code)
    # A sandbox payment moved no money: its receipt is a test one, in the unit's test series.
    test = payment["method"] == "online" and payment["provider"] == SANDBOX
    symbol = symbol_for(unit_code, issued_at, test=test)
    container = dossier_root()
    number = format_number(next_number(container, symbol))

    payer_name = payment["payer_name"] or dossier.applicant_name
    payer_address = payment["payer_address"]
    if not payer_address and payer_name.casefold() == _text(dossier.applicant_name).casefold():
        # The payer is the applicant: their declared address (a third party's is not known).
        payer_address = applicant_address(dossier)
    receipt = PersistentMapping(
        {
            "payment_id": payment["id"],
            "form_code": settings.read(IEReceiptSettings, PREFIX, "form_code") or "",
            "symbol": symbol,
            "number": number,
            "issued_at": issued_at,
            "unit_code": unit_code,
            "unit_name": agency.Title() if agency is not None else unit_code,
            "unit_address": (getattr(agency, "address", None) or "") if agency is not None else "",
            "unit_tax_code": (settings.read(IEReceiptSettings, PREFIX, "tax_codes") or {}).get(unit_code, ""),
            "dossier_code": dossier.dossier_code,
            "service_code": dossier.service_code or "",
            "service_title": dossier.service_title or "",
            "payer_name": payer_name,
            "payer_address": payer_address,
            "payer_email": payment["payer_email"],
            "lines": payment["lines"],
            "total": payment["amount"],
            "total_in_words": amount_in_words(payment["amount"]),
            "method": payment["method"],
            "provider": payment["provider"],
            "reference": payment["reference"],
            "paid_at": payment["paid_at"],
            "recorded_by": payment["recorded_by"],
            "collector_name": _collector(payment["recorded_by"]) if payment["method"] == "cash" else "",
            "sample": _service_is_sample(dossier),
            "test": test,
        }
    )
    receipt["verification_code"] = make_code(receipt)
    store(dossier, receipt, container)

    send_receipt_mail(dossier, receipt)
    logger.info("Receipt %s %s issued for %s (payment %s)", symbol, number, dossier.dossier_code, payment["id"])
    return receipt
