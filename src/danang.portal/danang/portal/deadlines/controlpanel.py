"""Site Setup > "Lịch làm việc, hạn xử lý": the calendar records, editable through the web."""

from danang.portal import _
from danang.portal.deadlines.install import merge_shipped
from danang.portal.deadlines.interfaces import ICalendarSettings
from danang.portal.deadlines.interfaces import REGISTRY_PREFIX
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.z3cform import layout
from Products.statusmessages.interfaces import IStatusMessage
from z3c.form import button


class CalendarControlPanelForm(RegistryEditForm):
    schema = ICalendarSettings
    schema_prefix = REGISTRY_PREFIX
    label = _("calendar_controlpanel_title", default="Lịch làm việc, hạn xử lý hồ sơ")
    description = _(
        "calendar_controlpanel_description",
        default="Ngày nghỉ lễ, Tết, ngày làm việc bù, giờ chốt tiếp nhận và giờ làm việc dùng để "
        "tính ngày hẹn trả kết quả. Cập nhật theo thông báo nghỉ lễ hằng năm của Chính phủ.",
    )

    # Keep Save and Cancel, add the merge button (z3c.form buttons are class attributes).
    buttons = RegistryEditForm.buttons.copy()
    handlers = RegistryEditForm.handlers.copy()

    @button.buttonAndHandler(
        _("button_calendar_merge", default="Bổ sung từ lịch phát hành"), name="merge"
    )
    def handle_merge(self, action):
        added = merge_shipped()
        IStatusMessage(self.request).addStatusMessage(
            _(
                "calendar_merged",
                default="Đã bổ sung ${count} ngày từ lịch phát hành kèm phần mềm.",
                mapping={"count": added},
            ),
            "info",
        )
        self.request.response.redirect(self.request.getURL())

    def updateWidgets(self):
        super().updateWidgets()
        # Full-width text areas tall enough to read a year's days at a glance.
        for name, rows in (("days_off", 18), ("working_days", 5), ("working_hours", 3)):
            widget = self.widgets[name]
            widget.rows = rows
            widget.addClass("form-control")

    def updateActions(self):
        super().updateActions()
        if "merge" in self.actions:
            self.actions["merge"].addClass("btn btn-secondary")


CalendarControlPanelView = layout.wrap_form(CalendarControlPanelForm, ControlPanelFormWrapper)
