"""Site Setup > "Thanh toán trực tuyến": the active provider and the merchant account.

The hash secret is write-only: the field is always rendered empty, an empty submission keeps the
stored secret, and the page only says whether one is set. The sandbox's secret is not on the
form at all. A real gateway cannot be made active without its merchant code and secret; the
sandbox cannot be chosen unless enabled, nor enabled on a production instance
(payment/sandbox_mode.py). The notification (IPN) address to declare to the gateway is the
portal's public one (public_url.py).
"""

from danang.portal import _
from danang.portal import deployment
from danang.portal import public_url
from danang.portal import settings
from danang.portal.payment import sandbox_mode
from danang.portal.payment.providers import get_provider
from danang.portal.payment.settings import IPaymentSettings
from danang.portal.payment.settings import PREFIX
from danang.portal.payment.settings import SANDBOX
from danang.portal.settings_form import SettingsForm
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.z3cform import layout
from zope.i18n import translate


class PaymentControlPanelForm(SettingsForm):
    schema = IPaymentSettings
    schema_prefix = PREFIX
    label = _("payment_controlpanel_title", default="Thanh toán trực tuyến")
    secrets = {
        "hash_secret": _(
            "help_payment_hash_secret_set",
            default="Đã có khóa bí mật (không hiển thị). Để trống để giữ khóa này; nhập khóa mới để thay.",
        )
    }
    saved = _("payment_settings_saved", default="Đã lưu cấu hình thanh toán trực tuyến.")

    @property
    def description(self):
        try:
            ipn = public_url.for_server("@@thanh-toan-ipn/vnpay")
        except public_url.NoServerAddress:
            return translate(
                _(
                    "payment_controlpanel_description_no_address",
                    default="Cổng thanh toán người nộp được chuyển tới để nộp phí, lệ phí. Hãy khai báo "
                    "địa chỉ công khai của cổng (Quản trị > Địa chỉ công khai của cổng) để biết địa chỉ "
                    "nhận thông báo kết quả (IPN) cần khai báo với cổng thanh toán thật.",
                ),
                context=self.request,
            )
        return translate(
            _(
                "payment_controlpanel_description",
                default="Cổng thanh toán người nộp được chuyển tới để nộp phí, lệ phí. Địa chỉ nhận thông "
                "báo kết quả (IPN) cần khai báo với cổng thanh toán thật: ${ipn}",
                mapping={"ipn": ipn},
            ),
            context=self.request,
        )

    def updateFields(self):
        super().updateFields()
        omitted = ["sandbox_secret"]
        if deployment.is_production():
            omitted.append("sandbox_enabled")  # not offered at all (sandbox_mode.py)
        self.fields = self.fields.omit(*omitted)

    def updateWidgets(self):
        super().updateWidgets()
        self.widgets["hash_secret"].addClass("form-control")

    def problem(self, data):
        return self.activation_problem(data)

    def activation_problem(self, data):
        """Why the chosen provider cannot take payments with these settings, or None."""
        name = data.get("provider")
        enabling = data.get("sandbox_enabled", sandbox_mode.enabled())
        if enabling and deployment.is_production():
            return sandbox_mode.REFUSED_IN_PRODUCTION
        if name == SANDBOX:
            if deployment.is_production():
                return sandbox_mode.REFUSED_IN_PRODUCTION
            if not enabling:
                return _(
                    "error_payment_sandbox_disabled",
                    default="Cổng thanh toán thử nghiệm đang tắt: đánh dấu \"Bật cổng thanh toán thử "
                    "nghiệm\" để dùng nó (chỉ khi phát triển, kiểm thử, đào tạo).",
                )
            return None
        merchant = (data.get("merchant_code") or "").strip()
        secret = data.get("hash_secret") or settings.read(IPaymentSettings, PREFIX, "hash_secret")
        if not merchant or not secret or not data.get("gateway_url"):
            return _(
                "error_payment_provider_incomplete",
                default="Cần nhập địa chỉ cổng thanh toán, mã đơn vị (TmnCode) và khóa bí mật trước "
                "khi dùng cổng thanh toán thật.",
            )
        if get_provider(name) is None:
            return _("error_payment_provider_unknown", default="Không có cổng thanh toán này.")
        return None


PaymentControlPanelView = layout.wrap_form(PaymentControlPanelForm, ControlPanelFormWrapper)
