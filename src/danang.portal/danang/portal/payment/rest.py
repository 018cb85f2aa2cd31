"""REST for external apps: ``GET <dossier>/@payment`` and ``POST <dossier>/@payment``.

GET, for whoever may view the dossier (its applicant, agent and the officials of its unit):
200 ``{"dossier", "state": "none" | "due" | "paid", "amount_due", "currency": "VND", "lines",
"reason", "collection", "fees": {"lines", "total"}, "payments", "pending", "payable"}``;
officials also get ``log``, the refused and failed attempts.

POST, for the applicant or agent (an app acting for them): opens an online transaction and
answers 201 ``{"payment_url", "txn_ref", "amount", "expires"}``; the app opens ``payment_url`` in
a browser, and the gateway's notification settles the dossier as for the web page. 400
``{"error": {"type", "message"}}`` (Vietnamese) when nothing can be paid now, 403 for others.
"""

from danang.portal import _
from danang.portal.dossier.applicant_access import is_applicant_user
from danang.portal.payment.online import PaymentRefused
from danang.portal.payment.online import refusal
from danang.portal.payment.online import start_payment
from danang.portal.payment.panel_access import is_official
from danang.portal.payment.record import get_record
from danang.portal.payment.summary import payment_summary
from danang.portal.services.services.get import response_language
from danang.portal.services.services.get import translated
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.interface import alsoProvides

import transaction

ONLY_APPLICANT = _(
    "payment_refused_not_applicant",
    default="Chỉ người nộp hồ sơ hoặc người nộp thay được thanh toán phí, lệ phí của hồ sơ.",
)


class PaymentGet(Service):
    def reply(self):
        dossier = self.context
        self.request.response.setHeader("Cache-Control", "private, no-store, max-age=0")
        data = payment_summary(dossier, with_log=is_official(dossier))
        data["dossier"] = dossier.dossier_code
        data["payable"] = refusal(dossier) is None
        return data


class PaymentPost(Service):
    def reply(self):
        dossier = self.context
        # A machine client has no CSRF token: it authenticates on each request (as @dossiers),
        # and plone.restapi only routes here for an Accept: application/json request.
        alsoProvides(self.request, IDisableCSRFProtection)
        response = self.request.response
        response.setHeader("Cache-Control", "private, no-store, max-age=0")
        language = response_language(self.request)
        if not is_applicant_user(dossier):
            response.setStatus(403)
            return translated({"error": {"type": "Forbidden", "message": ONLY_APPLICANT}}, language)
        try:
            url = start_payment(dossier, self.request)
        except PaymentRefused as refused:
            transaction.doom()
            response.setStatus(400)
            return translated({"error": {"type": "BadRequest", "message": refused.message}}, language)
        txn = max(get_record(dossier).pending.values(), key=lambda txn: txn["created"])
        response.setStatus(201)
        return {
            "payment_url": url,
            "txn_ref": txn["txn_ref"],
            "amount": txn["amount"],
            "expires": txn["expires"].isoformat(),
        }
