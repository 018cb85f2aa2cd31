"""``@@dossier-confirm``: the confirmation step of an action that cannot be undone.

Withdrawing (the applicant), refusing and stopping (officials) end a dossier without a result
(workflow/rules.py ``IRREVERSIBLE``). The processing panel offers them apart from the main
actions, as links to this page; it says what the action does, asks for the reason (required: it
goes into the dossier's history and is shown on the dossier page and to the applicant) and
posts to ``@@dossier-action`` with ``confirmed``. A plain page, so it works without JavaScript.
"""

from danang.portal import _
from danang.portal.desk.actions import TITLES
from danang.portal.workflow.actions import allowed_transitions
from danang.portal.workflow.rules import IRREVERSIBLE
from danang.portal.workflow.rules import REASON_REQUIRED
from plone import api
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

WARNINGS = {
    "withdraw": _(
        "confirm_withdraw",
        default="Rút hồ sơ: cơ quan giải quyết dừng xem xét hồ sơ này và không trả kết quả. "
        "Thao tác không hoàn tác được; muốn làm lại thủ tục, bạn phải nộp hồ sơ mới.",
    ),
    "refuse": _(
        "confirm_refuse",
        default="Từ chối tiếp nhận: hồ sơ kết thúc, không được giải quyết; người nộp nhận được "
        "thông báo kèm lý do. Thao tác không hoàn tác được.",
    ),
    "stop": _(
        "confirm_stop",
        default="Dừng xử lý: hồ sơ kết thúc, không trả kết quả; người nộp nhận được thông báo "
        "kèm lý do. Thao tác không hoàn tác được.",
    ),
}
CONFIRM_BUTTONS = {
    "withdraw": _("button_confirm_withdraw", default="Xác nhận rút hồ sơ"),
    "refuse": _("button_confirm_refuse", default="Xác nhận từ chối tiếp nhận"),
    "stop": _("button_confirm_stop", default="Xác nhận dừng xử lý"),
}


class ConfirmAction(BrowserView):
    index = ViewPageTemplateFile("templates/confirm.pt")

    def __call__(self):
        action = self.request.form.get("action")
        if action not in IRREVERSIBLE or action not in allowed_transitions(self.context):
            api.portal.show_message(
                _(
                    "error_transition_not_allowed",
                    default="Bạn không thể thực hiện thao tác này với hồ sơ ở trạng thái hiện tại.",
                ),
                request=self.request,
                type="error",
            )
            return self.request.response.redirect(self.context.absolute_url())
        self.action = action
        return self.index()

    def title(self):
        return TITLES[self.action]

    def warning(self):
        return WARNINGS[self.action]

    def button(self):
        return CONFIRM_BUTTONS[self.action]

    def reason_hint(self):
        return REASON_REQUIRED[self.action]
