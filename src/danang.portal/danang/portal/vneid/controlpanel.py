"""Site Setup > "Đăng nhập VNeID": the national SSO's address, this portal's client id and
secret, the scopes, and whether citizens may still register locally.

The client secret is write-only, as the payment gateway's: the field is always rendered empty,
an empty submission keeps the stored secret, and the page only says whether one is set. Sign-in
cannot be enabled without address, client id and secret. The page shows the redirect URI and
the logout return address to register at the provider (the portal's public address).
"""

from danang.portal import _
from danang.portal.settings_form import SettingsForm
from danang.portal.vneid.plugin import get_plugin
from danang.portal.vneid.settings import IVNeIDSettings
from danang.portal.vneid.settings import PREFIX
from plone import api
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.z3cform import layout
from Products.Five.browser import BrowserView
from zope.i18n import translate


class VNeIDControlPanelForm(SettingsForm):
    schema = IVNeIDSettings
    schema_prefix = PREFIX
    label = _("vneid_controlpanel_title", default="Đăng nhập VNeID")
    secrets = {
        "client_secret": _(
            "help_vneid_client_secret_set",
            default="Đã có khóa bí mật (không hiển thị). Để trống để giữ khóa này; nhập khóa mới để thay.",
        )
    }
    saved = _("vneid_settings_saved", default="Đã lưu cấu hình đăng nhập VNeID.")

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

    def problem(self, data):
        secret = data.get("client_secret") or self.stored("client_secret")
        if data.get("enabled") and not (data.get("issuer") and (data.get("client_id") or "").strip() and secret):
            return _(
                "error_vneid_incomplete",
                default="Cần nhập địa chỉ nhà cung cấp, mã ứng dụng và khóa bí mật trước khi cho phép "
                "đăng nhập bằng VNeID.",
            )
        return None


VNeIDControlPanelView = layout.wrap_form(VNeIDControlPanelForm, ControlPanelFormWrapper)


class AddOnControlPanel(BrowserView):
    """pas.plugins.oidc's own settings page: the plugin's properties come from the settings above."""

    def __call__(self):
        self.request.response.redirect(f"{api.portal.get().absolute_url()}/@@danang-vneid-controlpanel")
        return ""
