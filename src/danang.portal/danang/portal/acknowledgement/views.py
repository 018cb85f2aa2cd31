"""``@@receipt`` and ``@@receipt.pdf`` at the portal root: the slip of one dossier, by its code.

Shown only to whoever may see it (``access.may_see``); anyone else, and any unknown code, gets
the same "not found" page, so the page cannot be used to learn which codes exist.
"""

from danang.portal.acknowledgement.access import may_see
from danang.portal.acknowledgement.pdf import FontMissing
from danang.portal.acknowledgement.pdf import render_pdf
from danang.portal.acknowledgement.qr import qr_svg
from danang.portal.acknowledgement.slip import moment_text
from danang.portal.acknowledgement.slip import place_date_text
from danang.portal.acknowledgement.slip import slip_for
from danang.portal.dossier.finding import find_dossier
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

import logging
import urllib.parse

logger = logging.getLogger(__name__)


class ReceiptView(BrowserView):
    template = ViewPageTemplateFile("templates/receipt.pt")
    not_found = ViewPageTemplateFile("templates/receipt_not_found.pt")

    dossier = None
    slip = None

    def _private(self):
        response = self.request.response
        # Personal data: never cached, never leaked through the Referer header, never indexed.
        response.setHeader("Cache-Control", "private, no-store, max-age=0")
        response.setHeader("Referrer-Policy", "no-referrer")
        response.setHeader("X-Robots-Tag", "noindex, nofollow")

    def find(self):
        self._private()
        dossier = find_dossier(self.request.form.get("code"))
        if dossier is None or not may_see(dossier, self.request):
            return None
        self.dossier = dossier
        self.slip = slip_for(dossier)
        return dossier

    def refuse(self):
        self.request.response.setStatus(404)
        return self.not_found()

    def __call__(self):
        if self.find() is None:
            return self.refuse()
        return self.template()

    def pdf_url(self):
        query = {"code": self.slip.code}
        if self.request.form.get("t"):
            query["t"] = self.request.form["t"]
        return f"{self.context.absolute_url()}/@@receipt.pdf?{urllib.parse.urlencode(query)}"

    def qr(self):
        return qr_svg(self.slip.code)

    def moment(self, value):
        return moment_text(value)

    def place_date(self):
        return place_date_text(self.slip.received)

    def just_submitted(self):
        """The applicant came straight from the form (a signed link), not an officer reprinting."""
        return bool(self.request.form.get("t"))


class ReceiptPDF(ReceiptView):
    unavailable = ViewPageTemplateFile("templates/receipt_pdf_unavailable.pt")

    def __call__(self):
        if self.find() is None:
            return self.refuse()
        try:
            data = render_pdf(self.slip)
        except FontMissing:
            logger.exception("Cannot render the PDF receipt of %s", self.slip.code)
            self.request.response.setStatus(503)
            return self.unavailable()
        response = self.request.response
        response.setHeader("Content-Type", "application/pdf")
        response.setHeader(
            "Content-Disposition", f'attachment; filename="giay-tiep-nhan-{self.slip.code}.pdf"'
        )
        response.setHeader("Content-Length", str(len(data)))
        return data
