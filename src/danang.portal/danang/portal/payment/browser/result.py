"""``@@ket-qua-thanh-toan/<provider>``: where the gateway sends the applicant's browser back.

For display only (the notification, not this page, records a payment): the gateway's signed
result is checked and the dossier's own record says whether the payment was recorded. The way
back: the dossier page for whoever may view it; for an applicant who came with a look-up link,
a fresh link while the transaction is recent; otherwise the look-up page.
"""

from danang.portal import clock
from danang.portal import money
from danang.portal import settings
from danang.portal.dossier.applicant_access import applicant_page_url
from danang.portal.dossier.settings import IApplicantLinkSettings
from danang.portal.dossier.settings import PREFIX as LINK_PREFIX
from danang.portal.lookup.applicant_request import no_store
from danang.portal.payment import sandbox_mode
from danang.portal.payment.browser.provider_path import ProviderView
from danang.portal.payment.online import read_return
from datetime import timedelta
from plone import api
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class PaymentResult(ProviderView):
    template = ViewPageTemplateFile("templates/result.pt")
    def __call__(self):
        no_store(self.request.response)
        self.answer = read_return(self.provider_name, self.request.form)
        if self.answer["status"] == "invalid":
            self.request.response.setStatus(400)
        return self.template()

    def sandbox_badge(self):
        return sandbox_mode.badge_for(self.provider_name)

    @property
    def status(self):
        return self.answer["status"]

    def dossier_code(self):
        dossier = self.answer["dossier"]
        return dossier.dossier_code if dossier is not None else ""

    def amount(self):
        result = self.answer["result"]
        return money.figures(result.amount) if result is not None else ""

    def transaction_no(self):
        result = self.answer["result"]
        return result.transaction_no if result is not None else ""

    def receipt(self):
        payment = self.answer["payment"]
        return payment.get("receipt") if payment else None

    def gateway_message(self):
        result, provider = self.answer["result"], self.answer["provider"]
        if result is None or provider is None:
            return None
        return provider.result_message(result)

    def back_url(self):
        dossier = self.answer["dossier"]
        portal_url = api.portal.get().absolute_url()
        if dossier is None:
            return f"{portal_url}/@@tra-cuu-ho-so"
        if api.user.has_permission("View", obj=dossier):
            return dossier.absolute_url()
        txn = self.answer["txn"] or {}
        started = txn.get("created") or txn.get("paid_at")
        lifetime = timedelta(seconds=settings.read(IApplicantLinkSettings, LINK_PREFIX, "applicant_link_lifetime"))
        recent = started is not None and clock.now() - started < lifetime
        if txn.get("by_token") and recent:
            return applicant_page_url(dossier)
        return f"{portal_url}/@@tra-cuu-ho-so"

    def back_is_lookup(self):
        return self.back_url().endswith("/@@tra-cuu-ho-so")
