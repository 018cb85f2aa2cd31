"""Site Setup > "Chữ ký số": each agency's signing identity and the signing settings.

The upload form takes a PKCS#12 file and its passphrase and hands them to the vault
(signing/vault.py), which keeps them encrypted where no URL reaches; the page shows back only the
certificate's public facts (holder, issuer, validity) and warns before it expires. The
passphrase field is never filled in again, not even after an error.
"""

from danang.portal import _
from danang.portal import clock
from danang.portal.signing import vault
from danang.portal.signing.documents import unit_title
from danang.portal.signing.errors import SigningRefused
from danang.portal.signing.settings import ISigningSettings
from danang.portal.signing.settings import PREFIX
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.namedfile.field import NamedFile
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from Products.statusmessages.interfaces import IStatusMessage
from z3c.form import button
from z3c.form import field
from z3c.form import form
from zope import schema
from zope.interface import Interface

STATUS_TITLES = {
    "valid": _("signing_status_valid", default="Còn hiệu lực"),
    "expiring": _("signing_status_expiring", default="Sắp hết hạn: cần tải lên chứng thư mới"),
    "expired": _("signing_status_expired", default="Đã hết hạn: không ký được văn bản mới"),
    "not_yet": _("signing_status_not_yet", default="Chưa đến ngày có hiệu lực"),
    "revoked": _("signing_status_revoked", default="Đã thu hồi: không ký được văn bản mới"),
}


class ISigningUpload(Interface):
    agency = schema.Choice(
        title=_("label_signing_agency", default="Cơ quan"),
        vocabulary="danang.portal.Agencies",
    )
    certificate = NamedFile(
        title=_("label_signing_certificate", default="Tệp chứng thư số (PKCS#12: .p12, .pfx)"),
        description=_(
            "help_signing_certificate",
            default="Tệp chứa khóa bí mật và chứng thư ký số của cơ quan, do tổ chức cung cấp dịch vụ "
            "chứng thực chữ ký số cấp. Khóa được lưu mã hóa, không bao giờ hiển thị hay tải xuống lại.",
        ),
    )
    passphrase = schema.Password(
        title=_("label_signing_passphrase", default="Mật khẩu của tệp"),
        required=False,
    )


class UploadForm(form.Form):
    fields = field.Fields(ISigningUpload)
    ignoreContext = True
    prefix = "signing-upload"
    # Rendered inside the control panel's page, not as a page of its own.
    template = ViewPageTemplateFile("templates/subform.pt")
    label = _("signing_upload_title", default="Tải lên chứng thư số của cơ quan")

    @button.buttonAndHandler(_("button_signing_upload", default="Tải lên"), name="upload")
    def handle_upload(self, action):
        data, errors = self.extractData()
        # Never typed back into the page, not even when the form comes back with an error.
        self.widgets["passphrase"].value = ""
        if errors:
            self.status = self.formErrorsMessage
            return
        try:
            facts = vault.save_identity(data["agency"], data["certificate"].data, data["passphrase"] or "")
        except SigningRefused as refusal:
            self.status = refusal.message
            return
        IStatusMessage(self.request).addStatusMessage(
            _("signing_uploaded", default="Đã lưu chứng thư số của ${unit}, hiệu lực đến ${until}.",
              mapping={"unit": unit_title(data["agency"]), "until": _day(facts["not_after"])}),
            "info",
        )
        self.request.response.redirect(self.request.getURL())


class SettingsForm(RegistryEditForm):
    schema = ISigningSettings
    schema_prefix = PREFIX
    prefix = "signing-settings"
    template = ViewPageTemplateFile("templates/subform.pt")
    label = _("signing_settings_title", default="Cài đặt ký số")

    def updateActions(self):
        super().updateActions()
        # The cancel button would leave Site Setup from the middle of this page.
        if "cancel" in self.actions:
            del self.actions["cancel"]


def _day(moment):
    return clock.local(moment).strftime("%d/%m/%Y") if moment else ""


class SigningControlPanel(BrowserView):
    """The page: the agencies' certificates, the upload form, the settings form."""

    index = ViewPageTemplateFile("templates/controlpanel.pt")
    upload = settings = None

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("revoke"):
            return self.revoke(self.request.form["revoke"])
        self.upload = UploadForm(self.context, self.request)
        self.upload.update()
        self.settings = SettingsForm(self.context, self.request)
        self.settings.update()
        return self.index()

    def revoke(self, code):
        """Revoke a test certificate (only those: the portal is the CA of no other)."""
        CheckAuthenticator(self.request)
        facts = vault.identity(code)
        if facts is not None and facts.get("test"):
            vault.revoke(code)
            IStatusMessage(self.request).addStatusMessage(
                _("signing_revoked_done", default="Đã thu hồi chứng thư thử nghiệm của ${unit}.",
                  mapping={"unit": unit_title(code)}),
                "info",
            )
        return self.request.response.redirect(self.request.getURL())

    def rows(self):
        rows = []
        for code, facts in sorted(vault.identities().items()):
            state = vault.status(facts)
            rows.append({
                "code": code,
                "unit": unit_title(code),
                "subject": facts["subject"],
                "issuer": facts["issuer"],
                "from": _day(facts["not_before"]),
                "until": _day(facts["not_after"]),
                "state": state,
                "state_title": STATUS_TITLES[state],
                "warning": state != "valid",
                "test": facts.get("test"),
            })
        return rows

    def ca_url(self):
        return f"{self.context.absolute_url()}/@@signing-ca.pem"
