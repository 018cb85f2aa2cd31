"""Site Setup > "Đăng nhập VNeID": the national SSO's address, this portal's client id and
secret, the scopes, and whether citizens may still register locally.

The client secret is write-only, as the payment gateway's: the field is always rendered empty,
an empty submission keeps the stored secret, and the page only says whether one is set. Sign-in
cannot be enabled without address, client id and secret. The page shows the redirect URI and
the logout return address to register at the provider (the portal's public address).
"""

from danang.portal import _
from danang.portal import settings
from danang.portal.vneid.plugin import get_plugin
from danang.portal.vneid.settings import IVNeIDSettings
from danang.portal.vneid.settings import PREFIX
from plone import api
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.z3cform import layout
from Products.Five.browser import BrowserView
from Products.statusmessages.interfaces import IStatusMessage
from z3c.form import button
from zope.i18n import translate


class VNeIDControlPanelForm(RegistryEditForm):
    schema = IVNeIDSettings
    schema_prefix = PREFIX
    label = _("vneid_controlpanel_title", default="Đăng nhập VNeID")

    @property
    def description(self):
        plugin = get_plugin()
        if plugin is None:
            return ""
        return translate(_(
            "vneid_controlpanel_description",
            default="Đăng nhập một lần qua hệ thống định danh điện tử quốc gia (OpenID Connect, mã "
            "xác thực với PKCE). Khai báo với nhà cung cấp: địa chỉ chuyển hướng ${callback} và địa "
            "chỉ quay về sau khi đăng xuất ${logged_out}.",
            mapping={"callback": plugin.get_redirect_uris()[0], "logged_out": plugin.post_logout_redirect_uri()},
        ), context=self.request)

    def updateWidgets(self):
        super().updateWidgets()
        secret = self.widgets["client_secret"]
        secret.value = ""  # never sent back to the browser
        secret.autocomplete = "new-password"
        if settings.read(IVNeIDSettings, PREFIX, "client_secret"):
            secret.description = _(
                "help_vneid_client_secret_set",
                default="Đã có khóa bí mật (không hiển thị). Để trống để giữ khóa này; nhập khóa mới để thay.",
            )

    @button.buttonAndHandler(_("label_save", default="Lưu"), name="save")
    def handleSave(self, action):
        data, errors = self.extractData()
        if errors:
            self.status = self.formErrorsMessage
            return
        if not data.get("client_secret"):
            data.pop("client_secret", None)  # empty: keep the stored secret
        secret = data.get("client_secret") or settings.read(IVNeIDSettings, PREFIX, "client_secret")
        if data.get("enabled") and not (data.get("issuer") and (data.get("client_id") or "").strip() and secret):
            problem = _(
                "error_vneid_incomplete",
                default="Cần nhập địa chỉ nhà cung cấp, mã ứng dụng và khóa bí mật trước khi cho phép "
                "đăng nhập bằng VNeID.",
            )
            self.status = problem
            IStatusMessage(self.request).addStatusMessage(problem, "error")
            return
        self.applyChanges(data)
        IStatusMessage(self.request).addStatusMessage(
            _("vneid_settings_saved", default="Đã lưu cấu hình đăng nhập VNeID."), "info"
        )
        self.request.response.redirect(self.request.getURL())

    @button.buttonAndHandler(_("label_cancel", default="Hủy"), name="cancel")
    def handleCancel(self, action):
        IStatusMessage(self.request).addStatusMessage(
            _("payment_settings_unchanged", default="Không thay đổi cấu hình."), "info"
        )
        self.request.response.redirect(f"{api.portal.get().absolute_url()}/@@overview-controlpanel")


VNeIDControlPanelView = layout.wrap_form(VNeIDControlPanelForm, ControlPanelFormWrapper)


class AddOnControlPanel(BrowserView):
    """pas.plugins.oidc's own settings page: the plugin's properties come from the settings above."""

    def __call__(self):
        self.request.response.redirect(f"{api.portal.get().absolute_url()}/@@danang-vneid-controlpanel")
        return ""
