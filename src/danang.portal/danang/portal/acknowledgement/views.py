"""``@@receipt`` and ``@@receipt.pdf`` at the portal root: the slip of one dossier, by its code.

Shown only to whoever may see it (``access.may_see``); anyone else, and any unknown code, gets
the same "not found" page, so the page cannot be used to learn which codes exist.
"""

from danang.portal.acknowledgement.access import may_see
from danang.portal.acknowledgement.pdf import render_pdf
from danang.portal.acknowledgement.pdf import signed_pdf
from danang.portal.acknowledgement.private_views import PrivateDocumentPDF
from danang.portal.acknowledgement.private_views import PrivateDocumentView
from danang.portal.acknowledgement.qr import qr_svg
from danang.portal.acknowledgement.signed_slip import being_signed
from danang.portal.acknowledgement.slip import moment_text
from danang.portal.acknowledgement.slip import place_date_text
from danang.portal.acknowledgement.slip import slip_for
from danang.portal.dossier.finding import find_dossier
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.interface import alsoProvides

import urllib.parse


class ReceiptView(PrivateDocumentView):
    template = ViewPageTemplateFile("templates/receipt.pt")
    not_found = ViewPageTemplateFile("templates/receipt_not_found.pt")

    dossier = None
    slip = None

    def find(self):
        dossier = find_dossier(self.request.form.get("code"))
        if dossier is None or not may_see(dossier, self.request):
            return None
        self.dossier = dossier
        self.slip = slip_for(dossier)
        return dossier

    def pdf_url(self):
        query = {"code": self.slip.code}
        if self.request.form.get("t"):
            query["t"] = self.request.form["t"]
        return f"{self.context.absolute_url()}/@@receipt.pdf?{urllib.parse.urlencode(query)}"

    def qr(self):
        return qr_svg(self.slip.lookup_link, title=self.slip.code)

    def moment(self, value):
        return moment_text(value)

    def place_date(self):
        return place_date_text(self.slip.received)

    def being_signed(self):
        """The slip waits for its signature (signed_slip.py): the PDF is the unsigned one now."""
        return being_signed(self.dossier)

    def just_submitted(self):
        """The applicant came straight from the form (a signed link), not an officer reprinting."""
        return bool(self.request.form.get("t"))


class ReceiptPDF(PrivateDocumentPDF, ReceiptView):
    unavailable = ViewPageTemplateFile("templates/receipt_pdf_unavailable.pt")

    def render(self):
        if self.being_signed():
            # The outbox signs it in a moment (signed_slip.py): the same slip, unsigned, meanwhile.
            return render_pdf(self.slip)
        # The first download of a slip may sign it and keep the signed copy (signing/): a
        # write of the portal's own making on a GET, which plone.protect would otherwise stop.
        alsoProvides(self.request, IDisableCSRFProtection)
        return signed_pdf(self.dossier, self.slip)

    def title(self):
        return f"the receipt of {self.slip.code}"

    def disposition(self):
        return f'attachment; filename="giay-tiep-nhan-{self.slip.code}.pdf"'
