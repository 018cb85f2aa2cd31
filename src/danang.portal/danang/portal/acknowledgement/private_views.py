"""A dossier's document shown to whoever may see it, as a page and as a PDF: the
acknowledgement slip (views.py) and the e-receipts (ereceipt/views.py).

Anyone else, and any unknown code, gets the same "not found" page, so that the pages cannot be
used to learn which dossiers exist; the answers carry personal data and are never cached, sent
on as Referer, or indexed.
"""

from danang.portal.acknowledgement.pdf import FontMissing
from Products.Five.browser import BrowserView

import logging

logger = logging.getLogger(__name__)


def private(response):
    """Headers of an answer with personal data."""
    response.setHeader("Cache-Control", "private, no-store, max-age=0")
    response.setHeader("Referrer-Policy", "no-referrer")
    response.setHeader("X-Robots-Tag", "noindex, nofollow")


class PrivateDocumentView(BrowserView):
    """Subclasses set ``template`` and ``not_found`` and write ``find()``: the document for this
    request when its caller may see it, else None."""

    template = not_found = None

    def find(self):
        raise NotImplementedError

    def refuse(self):
        self.request.response.setStatus(404)
        return self.not_found()

    def __call__(self):
        private(self.request.response)
        if self.find() is None:
            return self.refuse()
        return self.template()


class PrivateDocumentPDF:
    """Mixin for the PDF twin of a ``PrivateDocumentView``: subclasses write ``render()`` (the
    PDF's bytes), ``disposition()`` (the Content-Disposition) and ``title()`` (for the log), and
    set ``unavailable``, the page shown when the PDF cannot be made (no font with Vietnamese glyphs)."""

    unavailable = None

    def __call__(self):
        private(self.request.response)
        if self.find() is None:
            return self.refuse()
        try:
            data = self.render()
        except FontMissing:
            logger.exception("Cannot render the PDF of %s", self.title())
            self.request.response.setStatus(503)
            return self.unavailable()
        response = self.request.response
        response.setHeader("Content-Type", "application/pdf")
        response.setHeader("Content-Disposition", self.disposition())
        response.setHeader("Content-Length", str(len(data)))
        return data
