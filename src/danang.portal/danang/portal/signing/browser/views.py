"""Public pages of signatures: ``@@kiem-tra-chu-ky`` (verify a file or a code), the CA
certificate the portal publishes (``@@signing-ca.pem``) and its CRL (``@@signing-crl``)."""

from danang.portal import _
from danang.portal.signing import vault
from danang.portal.signing import verification
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

NO_FILE = _("signature_no_file", default="Vui lòng chọn tệp PDF cần kiểm tra.")


def read_upload(upload, limit=verification.MAX_BYTES):
    """The bytes of a form upload, at most ``limit`` + 1 of them (more means too big)."""
    if upload is None or not hasattr(upload, "read"):
        return None
    upload.seek(0)
    return upload.read(limit + 1)


class VerifyView(BrowserView):
    """Upload a PDF (POST ``file``) or follow a QR code (``ma``): the verdict, nothing personal."""

    template = ViewPageTemplateFile("templates/verify.pt")
    result = None
    error = None

    def __call__(self):
        response = self.request.response
        response.setHeader("X-Robots-Tag", "noindex, nofollow")
        response.setHeader("Cache-Control", "private, no-store, max-age=0")
        if self.request.method == "POST":
            data = read_upload(self.request.form.get("file"))
            if not data:
                self.error = NO_FILE
                response.setStatus(400)
            else:
                self.result = verification.check_file(data)
        elif self.code:
            self.result = verification.check_code(self.code)
        return self.template()

    @property
    def code(self):
        value = self.request.form.get("ma")
        return value.strip() if isinstance(value, str) else ""

    def good(self):
        return self.result is not None and self.result["verdict"] in ("genuine", "recorded")

    def action(self):
        return f"{self.context.absolute_url()}/@@{self.__name__}"

    def ca_url(self):
        return f"{self.context.absolute_url()}/@@signing-ca.pem"


class CACertificate(BrowserView):
    """The CA certificates (PEM) that the portal's signatures chain to, for offline checks."""

    def __call__(self):
        response = self.request.response
        response.setHeader("Content-Type", "application/x-pem-file")
        response.setHeader("Content-Disposition", 'inline; filename="danang-portal-ca.pem"')
        response.setHeader("Cache-Control", "public, max-age=3600")
        return b"".join(vault.trusted_certificates())


class CRL(BrowserView):
    """The test CA's certificate revocation list (DER), named in its certificates."""

    def __call__(self):
        response = self.request.response
        data = vault.crl()
        if data is None:
            response.setStatus(404)
            return b""
        response.setHeader("Content-Type", "application/pkix-crl")
        response.setHeader("Cache-Control", "public, max-age=300")
        return data
