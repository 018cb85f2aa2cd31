"""The payment state of a dossier as plain JSON-ready data (REST ``@payment``, the panels)."""

from danang.portal.payment.behaviors import collection_moment
from danang.portal.payment.fees import dossier_service
from danang.portal.payment.fees import fees_for_dossier
from danang.portal.payment.record import get_record
from danang.portal.payment.record import NONE


def _time(value):
    return value.isoformat() if value is not None else None


def _line(line):
    return {"name": line["name"], "amount": line["amount"]}


def payment_summary(dossier, with_log=False):
    """``{"state", "amount_due", "currency", "lines", "reason", "collection", "fees",
    "payments", "pending"}`` and, for officials (``with_log``), the refused attempts ``log``."""
    record = get_record(dossier)
    fee_lines, fee_total = fees_for_dossier(dossier)
    data = {
        "state": record.state if record is not None else NONE,
        "amount_due": record.amount_due if record is not None else 0,
        "currency": "VND",
        "lines": [_line(line) for line in (record.lines if record is not None else ())],
        "reason": record.reason if record is not None else "",
        "collection": collection_moment(dossier_service(dossier)),
        "fees": {"lines": [_line(line) for line in fee_lines], "total": fee_total},
        "payments": [
            {
                "id": payment["id"],
                "method": payment["method"],
                "provider": payment["provider"],
                "reference": payment["reference"],
                "amount": payment["amount"],
                "lines": [_line(line) for line in payment["lines"]],
                "paid_at": _time(payment["paid_at"]),
                "receipt": payment.get("receipt"),
            }
            for payment in (record.payments if record is not None else ())
        ],
        "pending": [
            {
                "txn_ref": txn["txn_ref"],
                "amount": txn["amount"],
                "created": _time(txn["created"]),
                "expires": _time(txn["expires"]),
                "provider": txn["provider"],
            }
            for txn in sorted(
                (record.pending.values() if record is not None else ()), key=lambda txn: txn["created"]
            )
        ],
    }
    if with_log:
        data["log"] = [
            {
                "time": _time(entry["time"]),
                "reason": entry["reason"],
                "txn_ref": entry.get("txn_ref", ""),
                "amount": entry.get("amount"),
                "detail": entry.get("detail", ""),
                "provider": entry.get("provider", ""),
            }
            for entry in (record.log if record is not None else ())
        ]
    return data
