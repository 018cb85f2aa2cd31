"""``@@agent-status``: suspend or reactivate an agent, with the reason kept in its history.

The workflow's transitions point here (also from the toolbar's state menu): GET shows the form,
POST (CSRF-checked) fires the transition; suspending needs a reason. The workflow guard decides
who may (site administrators); membership.py then takes the account's rights away or gives them
back.
"""

from danang.portal import _
from danang.portal.agents.register import TRANSITION_TITLES
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.i18nmessageid import Message

REASON_REQUIRED = ("suspend",)
MAX_REASON = 2000
DONE = {
    "suspend": _(
        "agent_suspended_done",
        default="Đã tạm đình chỉ đại lý. Tài khoản ${user} không còn nộp hồ sơ thay và không thao "
        "tác trên các hồ sơ đã nộp.",
    ),
    "reactivate": _(
        "agent_reactivated_done",
        default="Đã khôi phục hoạt động của đại lý. Tài khoản ${user} được nộp hồ sơ thay trở lại.",
    ),
}


class AgentStatusForm(BrowserView):
    template = ViewPageTemplateFile("templates/agent_status.pt")
    error = None

    def __call__(self):
        self.transition = self.request.form.get("transition") or ""
        if self.transition not in self.allowed():
            api.portal.show_message(
                _(
                    "error_agent_transition_not_allowed",
                    default="Không thể thực hiện thao tác này với đại lý ở trạng thái hiện tại.",
                ),
                request=self.request,
                type="error",
            )
            return self.request.response.redirect(self.context.absolute_url())
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            if self.request.form.get("form.buttons.cancel"):
                return self.request.response.redirect(self.context.absolute_url())
            if self.apply():
                return self.request.response.redirect(self.context.absolute_url())
        return self.template()

    def allowed(self):
        workflow = api.portal.get_tool("portal_workflow")
        return [info["id"] for info in workflow.getTransitionsFor(self.context)]

    def title(self):
        return TRANSITION_TITLES.get(self.transition, self.transition)

    def reason_required(self):
        return self.transition in REASON_REQUIRED

    def reason(self):
        return (self.request.form.get("reason") or "").strip()

    def apply(self):
        reason = self.reason()
        if self.reason_required() and not reason:
            self.error = _("error_agent_reason_required", default="Vui lòng ghi lý do tạm đình chỉ đại lý.")
            return False
        if len(reason) > MAX_REASON:
            self.error = _(
                "error_agent_reason_too_long",
                default="Lý do dài quá ${max} ký tự, vui lòng viết ngắn gọn hơn.",
                mapping={"max": MAX_REASON},
            )
            return False
        api.content.transition(obj=self.context, transition=self.transition, comment=reason)
        api.portal.show_message(
            Message(DONE[self.transition], mapping={"user": self.context.user_id}),
            request=self.request,
            type="info",
        )
        return True
