"""Portal-level receipt pages: ``@@bien-lai`` (HTML, printable), ``@@bien-lai.pdf`` and the public
``@@xac-minh-bien-lai`` (verification).

The receipt pages take ``code`` (dossier code), ``so`` (number), ``kh`` (symbol, optional) and,
for a citizen without an account, ``t`` (the applicant link's token). Whoever may not see the
receipt, and any unknown code or number, gets the same "not found" page: the pages cannot be
used to learn which dossiers or receipts exist.
"""

from danang.portal import _
from danang.portal.acknowledgement.private_views import PrivateDocumentPDF
from danang.portal.acknowledgement.private_views import PrivateDocumentView
from danang.portal.acknowledgement.qr import qr_svg
from danang.portal.acknowledgement.slip import moment_text
from danang.portal.dossier.finding import find_dossier
from danang.portal.ereceipt.access import may_see
from danang.portal.ereceipt.access import PDF_VIEW
from danang.portal.ereceipt.access import receipt_url
from danang.portal.ereceipt.access import verification_page_url
from danang.portal.ereceipt.amounts import in_figures
from danang.portal.ereceipt.mail import attachment_name
from danang.portal.ereceipt.pdf import signed_pdf
from danang.portal.ereceipt.sheet import sheet_for
from danang.portal.ereceipt.sheet import TEST_RECEIPT
from danang.portal.ereceipt.store import find_receipt
from danang.portal.ereceipt.store import receipt_by_number
from danang.portal.ereceipt.verification import check_code
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.interface import alsoProvides

import logging

logger = logging.getLogger(__name__)


def _field(request, name):
    value = request.form.get(name)
    return value.strip() if isinstance(value, str) else ""


class ReceiptView(PrivateDocumentView):
    template = ViewPageTemplateFile("templates/receipt.pt")
    not_found = ViewPageTemplateFile("templates/receipt_not_found.pt")

    dossier = receipt = sheet = None

    def find(self):
        dossier = find_dossier(_field(self.request, "code"))
        if dossier is None or not may_see(dossier, self.request):
            return None
        receipt = receipt_by_number(dossier, _field(self.request, "so"), _field(self.request, "kh") or None)
        if receipt is None:
            return None
        self.dossier, self.receipt, self.sheet = dossier, receipt, sheet_for(receipt)
        return receipt

    def pdf_url(self):
        return receipt_url(self.dossier, self.receipt, self.request, view=PDF_VIEW)

    def qr(self):
        return qr_svg(self.sheet.verification_url, scale=3)

    def test_mark(self):
        return TEST_RECEIPT


class ReceiptPDF(PrivateDocumentPDF, ReceiptView):
    unavailable = ViewPageTemplateFile("templates/receipt_pdf_unavailable.pt")

    def render(self):
        # As the slip's (acknowledgement/views.py): the first download may sign and keep.
        alsoProvides(self.request, IDisableCSRFProtection)
        return signed_pdf(self.dossier, self.receipt, self.sheet)

    def title(self):
        return f"receipt {self.sheet.symbol} {self.sheet.number}"

    def disposition(self):
        # inline: opens in the browser's viewer, to print or save.
        return f'inline; filename="{attachment_name(self.sheet)}"'


NOT_VERIFIED = _(
    "ereceipt_not_verified",
    default="Không xác minh được biên lai: không có biên lai nào khớp ký hiệu, số và mã tra cứu đã "
    "nhập. Vui lòng kiểm tra lại thông tin in trên biên lai.",
)
INCOMPLETE = _(
    "ereceipt_verify_incomplete",
    default="Vui lòng nhập đủ ký hiệu, số biên lai (chữ số) và mã tra cứu in trên biên lai.",
)


class VerifyView(BrowserView):
    """Public: confirms that a receipt is genuine, showing only what it certifies (unit, symbol,
    number, date, total), never who paid or for which dossier."""

    template = ViewPageTemplateFile("templates/verify.pt")
    receipt = None
    error = None

    def __call__(self):
        response = self.request.response
        response.setHeader("X-Robots-Tag", "noindex, nofollow")
        response.setHeader("Cache-Control", "private, no-store, max-age=0")
        symbol, number, code = self.symbol, self.number, self.code
        if symbol or number or code:
            if not (symbol and number.isdigit() and code):
                self.error = INCOMPLETE
                response.setStatus(400)
            else:
                found = find_receipt(symbol, number)
                if found is not None and check_code(found[1], code):
                    self.receipt = found[1]
                else:
                    self.error = NOT_VERIFIED
                    response.setStatus(404)
        return self.template()

    @property
    def symbol(self):
        return _field(self.request, "kh").upper()

    @property
    def number(self):
        return _field(self.request, "so")

    @property
    def code(self):
        return _field(self.request, "ma")

    def facts(self):
        receipt = self.receipt
        return {
            "unit": receipt["unit_name"],
            "symbol": receipt["symbol"],
            "number": receipt["number"],
            "issued": moment_text(receipt["issued_at"]),
            "total": in_figures(receipt["total"]),
            "total_in_words": receipt["total_in_words"],
            "test": bool(receipt.get("test")),
        }

    def test_mark(self):
        return TEST_RECEIPT

    def action(self):
        return verification_page_url()
