"""The dossier's receipts in its panels (dossier page and applicant page), with HTML and PDF links.

Registered with zope.Public (dossier.panels): the applicant page renders it for a token bearer,
who has no View on the dossier, so the viewlet checks access itself (access.may_see).
"""

from danang.portal.acknowledgement.slip import moment_text
from danang.portal.ereceipt.access import may_see
from danang.portal.ereceipt.access import PDF_VIEW
from danang.portal.ereceipt.access import receipt_url
from danang.portal.ereceipt.amounts import in_figures
from danang.portal.ereceipt.store import receipts_of
from plone.app.layout.viewlets.common import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class ReceiptsPanel(ViewletBase):
    index = ViewPageTemplateFile("templates/panel.pt")
    items = ()

    def update(self):
        super().update()
        dossier = self.context
        receipts = receipts_of(dossier)
        if not receipts or not may_see(dossier, self.request):
            self.items = ()
            return
        self.items = [
            {
                "symbol": receipt["symbol"],
                "number": receipt["number"],
                "issued": moment_text(receipt["issued_at"]),
                "total": in_figures(receipt["total"]),
                "url": receipt_url(dossier, receipt, self.request),
                "pdf_url": receipt_url(dossier, receipt, self.request, view=PDF_VIEW),
            }
            for receipt in receipts
        ]

    def render(self):
        return self.index() if self.items else ""
