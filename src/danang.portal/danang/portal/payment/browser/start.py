"""``@@thanh-toan-truc-tuyen`` (POST on the portal): send the applicant to the payment gateway.

A portal-level view, so that the bearer of a look-up link (who cannot traverse to the dossier)
pays the same way as the logged-in applicant or agent: the form carries the dossier code, the
link's token when there is one, and the CSRF token.
"""

from danang.portal.dossier.applicant_access import access_query
from danang.portal.dossier.applicant_access import portal_view_url
from danang.portal.lookup.applicant_request import ApplicantPost
from danang.portal.payment.online import PaymentRefused
from danang.portal.payment.online import start_payment
from plone import api

import transaction


def back_url(dossier, request):
    """The dossier page for who may view it, else the applicant page of the link."""
    if api.user.has_permission("View", obj=dossier):
        return dossier.absolute_url()
    return portal_view_url("ho-so-cong-dan", access_query(dossier, request))


class StartPayment(ApplicantPost):
    def back(self, dossier):
        return back_url(dossier, self.request)

    def post(self, dossier):
        request = self.request
        try:
            url = start_payment(dossier, request)
        except PaymentRefused as refused:
            transaction.doom()
            api.portal.show_message(refused.message, request=request, type="error")
            return request.response.redirect(back_url(dossier, request))
        # 303: the browser GETs the gateway's page.
        return request.response.redirect(url, status=303)
