"""Site Setup > "Cổng DVC quốc gia": the national portal's endpoint, unit code, secrets, back-off.

Both secrets are write-only: the fields are always rendered empty, an empty submission keeps the
stored secret, and the page only says whether one is set. The simulator switch is not offered on a
production instance (deployment.py), which never runs it.
"""

from danang.portal import _
from danang.portal import deployment
from danang.portal.national.settings import INationalSettings
from danang.portal.national.settings import PREFIX
from danang.portal.settings_form import SettingsForm
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.z3cform import layout

SECRETS = ("outbound_secret", "inbound_secret")
SECRET_SET = _(
    "help_national_secret_set",
    default="Đã có khóa (không hiển thị). Để trống để giữ khóa này; nhập khóa mới để thay.",
)


class NationalControlPanelForm(SettingsForm):
    schema = INationalSettings
    schema_prefix = PREFIX
    secrets = dict.fromkeys(SECRETS, SECRET_SET)
    saved = _("national_settings_saved", default="Đã lưu cấu hình đồng bộ với Cổng DVC quốc gia.")
    label = _("national_controlpanel_title", default="Cổng DVC quốc gia")
    description = _(
        "national_controlpanel_description",
        default="Đồng bộ hồ sơ với Cổng dịch vụ công quốc gia: địa chỉ nhận dữ liệu, mã định danh, "
        "khóa ký và số lần gửi lại. Tình hình đồng bộ: trang \"Đồng bộ với Cổng DVC quốc gia\" "
        "(@@dong-bo-dvc-quoc-gia).",
    )

    def updateFields(self):
        super().updateFields()
        if deployment.is_production():
            self.fields = self.fields.omit("simulator_enabled")

    def problem(self, data):
        endpoint = (data.get("endpoint") or "").strip()
        if endpoint and not endpoint.startswith(("https://", "http://")):
            return _(
                "error_national_endpoint",
                default="Địa chỉ đồng bộ phải bắt đầu bằng https:// (hoặc http:// khi thử nghiệm trên máy này).",
            )
        return None


NationalControlPanelView = layout.wrap_form(NationalControlPanelForm, ControlPanelFormWrapper)
