"""``GET <dossier>/@payment``: what the dossier owes and what was paid (docs/api-payment.md).

For whoever may view the dossier (its applicant, agent and the officials of its unit): 200
``{"dossier", "state": "none" | "due" | "paid", "amount_due", "currency": "VND", "lines",
"reason", "collection", "fees": {"lines", "total"}, "payments", "pending", "payable"}``;
officials also get ``log``, the refused and failed attempts.
"""

from danang.portal.payment.online import refusal
from danang.portal.payment.panel_access import is_official
from danang.portal.payment.summary import payment_summary
from danang.portal.services.base import PortalService


class PaymentGet(PortalService):
    def answer(self):
        dossier = self.context
        data = payment_summary(dossier, with_log=is_official(dossier))
        data["dossier"] = dossier.dossier_code
        data["payable"] = refusal(dossier) is None
        return data
