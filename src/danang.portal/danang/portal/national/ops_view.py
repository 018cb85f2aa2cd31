"""``@@dong-bo-dvc-quoc-gia``: the administrators' page of the exchange (operations.py); the same
figures as JSON are ``@national-sync`` (services/national_sync)."""

from danang.portal import _
from danang.portal.national import operations
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from zope.i18n import translate

DONE = {
    "retry": _("national_retried", default="Sự kiện sẽ được gửi lại ngay."),
    "dead_letter": _("national_dead_lettered", default="Sự kiện đã chuyển vào hàng lỗi; các sự kiện sau của hồ sơ chờ."),
    "discard": _("national_discarded", default="Đã bỏ sự kiện lỗi; các sự kiện sau của hồ sơ được gửi tiếp."),
}
NOT_FOUND = _("national_event_not_found", default="Không tìm thấy sự kiện này (có thể đã được gửi hoặc xử lý).")


class OperationsView(BrowserView):
    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("action"):
            CheckAuthenticator(self.request)
            action = self.request.form.get("action")
            if operations.act(self.context, action, self.request.form.get("key") or ""):
                api.portal.show_message(DONE[action], self.request)
            else:
                api.portal.show_message(NOT_FOUND, self.request, type="error")
            self.request.response.redirect(f"{self.context.absolute_url()}/@@dong-bo-dvc-quoc-gia")
            return ""
        return self.index()

    def summary(self):
        return operations.summary(self.context)

    def status_title(self, row):
        return translate(row["status"]["title"], context=self.request) if row["status"] else "–"

    def when(self, moment):
        return moment.strftime("%d/%m/%Y %H:%M:%S") if moment else "–"
