"""``POST <dossier>/@payment``: an app starts the online payment of a dossier (docs/api-payment.md).

For the applicant or agent (an app acting for them with their credentials): opens an online
transaction and answers 201 ``{"payment_url", "txn_ref", "amount", "expires"}``; the app opens
``payment_url`` in a browser, and the gateway's notification settles the dossier as for the web
page. 400 when nothing can be paid now, 403 for others (the error body of
docs/api-conventions.md).
"""

from danang.portal import _
from danang.portal.dossier.applicant_access import is_applicant_user
from danang.portal.payment.online import PaymentRefused
from danang.portal.payment.online import start_payment
from danang.portal.payment.record import get_record
from danang.portal.services.base import PortalService
from danang.portal.services.errors import APIError

ONLY_APPLICANT = _(
    "payment_refused_not_applicant",
    default="Chỉ người nộp hồ sơ hoặc người nộp thay được thanh toán phí, lệ phí của hồ sơ.",
)


class PaymentPost(PortalService):
    machine_writes = True

    def answer(self):
        dossier = self.context
        if not is_applicant_user(dossier):
            raise APIError(403, ONLY_APPLICANT)
        try:
            url = start_payment(dossier, self.request)
        except PaymentRefused as refused:
            raise APIError(400, refused.message) from None
        txn = max(get_record(dossier).pending.values(), key=lambda txn: txn["created"])
        self.request.response.setStatus(201)
        return {
            "payment_url": url,
            "txn_ref": txn["txn_ref"],
            "amount": txn["amount"],
            "expires": txn["expires"].isoformat(),
        }
