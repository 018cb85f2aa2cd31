"""Site Setup > "Cổng DVC quốc gia": the national portal's endpoint, unit code, secrets, back-off.

Both secrets are write-only: the fields are always rendered empty, an empty submission keeps the
stored secret, and the page only says whether one is set. The simulator switch is not offered on a
production instance (deployment.py), which never runs it.
"""

from danang.portal import _
from danang.portal import deployment
from danang.portal import settings
from danang.portal.national.settings import INationalSettings
from danang.portal.national.settings import PREFIX
from plone import api
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.z3cform import layout
from Products.statusmessages.interfaces import IStatusMessage
from z3c.form import button

SECRETS = ("outbound_secret", "inbound_secret")
SECRET_SET = _(
    "help_national_secret_set",
    default="Đã có khóa (không hiển thị). Để trống để giữ khóa này; nhập khóa mới để thay.",
)


class NationalControlPanelForm(RegistryEditForm):
    schema = INationalSettings
    schema_prefix = PREFIX
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

    def updateWidgets(self):
        super().updateWidgets()
        for name in SECRETS:
            widget = self.widgets[name]
            widget.value = ""  # never sent back to the browser
            widget.autocomplete = "new-password"
            if settings.read(INationalSettings, PREFIX, name):
                widget.description = SECRET_SET

    @button.buttonAndHandler(_("label_save", default="Lưu"), name="save")
    def handleSave(self, action):
        data, errors = self.extractData()
        if errors:
            self.status = self.formErrorsMessage
            return
        for name in SECRETS:
            if not data.get(name):
                data.pop(name, None)  # empty: keep the stored secret
        endpoint = (data.get("endpoint") or "").strip()
        if endpoint and not endpoint.startswith(("https://", "http://")):
            message = _(
                "error_national_endpoint",
                default="Địa chỉ đồng bộ phải bắt đầu bằng https:// (hoặc http:// khi thử nghiệm trên máy này).",
            )
            self.status = message
            IStatusMessage(self.request).addStatusMessage(message, "error")
            return
        self.applyChanges(data)
        IStatusMessage(self.request).addStatusMessage(
            _("national_settings_saved", default="Đã lưu cấu hình đồng bộ với Cổng DVC quốc gia."), "info"
        )
        self.request.response.redirect(self.request.getURL())

    @button.buttonAndHandler(_("label_cancel", default="Hủy"), name="cancel")
    def handleCancel(self, action):
        IStatusMessage(self.request).addStatusMessage(
            _("payment_settings_unchanged", default="Không thay đổi cấu hình."), "info"
        )
        self.request.response.redirect(f"{api.portal.get().absolute_url()}/@@overview-controlpanel")


NationalControlPanelView = layout.wrap_form(NationalControlPanelForm, ControlPanelFormWrapper)
