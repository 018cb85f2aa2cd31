"""``GET <dossier>/@receipts``: the dossier's electronic receipts as JSON (docs/api-receipts.md).

For whoever may view the dossier (its applicant and agent accounts, the unit's officials):
the service is registered with zope2.View on the dossier. Answers
``{"@id", "items_total", "items": [receipt, ...]}``, oldest first (fields in serialize()).
"""

from danang.portal.ereceipt.access import PDF_VIEW
from danang.portal.ereceipt.access import receipt_url
from danang.portal.ereceipt.access import verification_url
from danang.portal.ereceipt.sheet import method_text
from danang.portal.ereceipt.store import receipts_of
from danang.portal.services.base import PortalService


def _moment(value):
    return value.isoformat() if value is not None else None


def serialize(dossier, receipt):
    """One receipt: what it prints, its links (HTML page, PDF, public verification)."""
    return {
        "@id": receipt_url(dossier, receipt),
        "pdf": receipt_url(dossier, receipt, view=PDF_VIEW),
        "verification_url": verification_url(receipt),
        "payment_id": receipt["payment_id"],
        "form_code": receipt["form_code"] or None,
        "symbol": receipt["symbol"],
        "number": receipt["number"],
        "issued_at": _moment(receipt["issued_at"]),
        "unit": {
            "code": receipt["unit_code"],
            "title": receipt["unit_name"],
            "address": receipt["unit_address"] or None,
            "tax_code": receipt["unit_tax_code"] or None,
        },
        "dossier_code": receipt["dossier_code"],
        "service": {"code": receipt["service_code"], "title": receipt["service_title"]},
        "payer": {"name": receipt["payer_name"], "address": receipt["payer_address"] or None},
        "lines": [{"name": line["name"], "amount": line["amount"]} for line in receipt["lines"]],
        "total": receipt["total"],
        "total_in_words": receipt["total_in_words"],
        "method": receipt["method"],
        "method_title": method_text(receipt),
        "provider": receipt["provider"] or None,
        "reference": receipt["reference"] or None,
        "paid_at": _moment(receipt["paid_at"]),
        "collector": receipt["collector_name"] or None,
        "verification_code": receipt["verification_code"],
        "test": bool(receipt.get("test")),
    }


class ReceiptsGet(PortalService):
    def answer(self):
        items = [serialize(self.context, receipt) for receipt in receipts_of(self.context)]
        return {
            "@id": f"{self.context.absolute_url()}/@receipts",
            "items_total": len(items),
            "items": items,
        }
