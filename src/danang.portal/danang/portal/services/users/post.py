"""``POST /@users``: plone.restapi's, with the portal's rules.

- Creating accounts is for the administrators of users (Site Setup → Users and Groups).
  Citizens register on the registration page, which asks and checks what the portal needs
  (full name, phone, ID number: accounts/registration.py); plone.restapi's self-registration
  skipped all of it, so it answers 403 with the page's address.
- ``@users/<login>/reset-password`` with an empty body (send the reset e-mail) answers the same
  for a known and an unknown login (no account oracle). The mail is sent at once, so that a
  mail server that refuses or cannot be reached answers 503 with a plain message ("try again in
  a few minutes"), never the server's error.
"""

from danang.portal import _
from danang.portal.language import response_language
from danang.portal.services.errors import error_body
from danang.portal.services.serialize import translated
from plone import api
from plone.restapi.services.users.add import UsersPost as RestapiUsersPost

import json
import logging

logger = logging.getLogger(__name__)

MANAGE_USERS = "Manage users"

REGISTRATION_CLOSED = _(
    "error_users_registration_closed",
    default="Không đăng ký tài khoản qua API. Vui lòng đăng ký tại trang ${url}.",
)
MAIL_FAILED = _(
    "error_users_reset_mail_failed",
    default="Hiện chưa gửi được thư đặt lại mật khẩu. Vui lòng thử lại sau ít phút.",
)


class UsersPost(RestapiUsersPost):
    def reply(self):
        language = response_language(self.request)
        portal = api.portal.get()
        if not self.params and not api.user.has_permission(MANAGE_USERS, obj=portal):
            self.request.response.setStatus(403)
            message = _(REGISTRATION_CLOSED, mapping={"url": f"{portal.absolute_url()}/@@register"})
            return translated(error_body(403, message), language)
        if len(self.params) == 2 and self.params[1] == "reset-password" and self._empty_body():
            return self._mail_reset(language)
        return super().reply()

    def _empty_body(self):
        try:
            return json.loads(self.request.get("BODY") or b"{}") == {}
        except (ValueError, RecursionError):
            return False

    def _mail_reset(self, language):
        login = self.params[0]
        if self._get_user_by_login_name(login) is not None:
            try:
                # Sent now, not when the transaction commits: a refusal is then answered here.
                api.portal.get_tool("portal_registration").mailPassword(login, self.request, immediate=True)
            except Exception:
                logger.exception("Password reset mail for %r not sent", login)
                self.request.response.setStatus(503)
                self.request.response.setHeader("Retry-After", "300")
                return translated(error_body(503, MAIL_FAILED), language)
        self.request.response.setStatus(204)
        return None
