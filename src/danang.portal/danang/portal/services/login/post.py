"""``POST /@login``: plone.restapi's login with a checked body and the throttle's answer.

- 400 with the one error body (docs/api-conventions.md) when the body is not a JSON object with a
  text ``login`` and ``password`` (plone.restapi answered some of those with 500);
- 429 with ``Retry-After`` when the login throttle (security/login_throttle.py) refused the
  attempt before checking the password; otherwise plone.restapi's answers (200 token, 401).
"""

from danang.portal import _
from danang.portal.language import response_language
from danang.portal.security.login_throttle import throttled_message
from danang.portal.security.login_throttle import WAIT_KEY
from danang.portal.services.errors import error_body
from danang.portal.services.serialize import translated
from plone.restapi.services.auth.login import Login as RestapiLogin

import json

MAX_FIELD_LENGTH = 1024

MALFORMED = _(
    "error_login_body",
    default="Nội dung yêu cầu đăng nhập phải là một đối tượng JSON có \"login\" và \"password\" dạng chuỗi.",
)


class Login(RestapiLogin):
    def reply(self):
        language = response_language(self.request)
        if not self._well_formed():
            self.request.response.setStatus(400)
            return translated(error_body(400, MALFORMED), language)
        answer = super().reply()
        wait = self.request.other.get(WAIT_KEY)
        if wait and self.request.response.getStatus() == 401:
            self.request.response.setStatus(429)
            self.request.response.setHeader("Retry-After", str(wait))
            answer = error_body(429, throttled_message(wait))
        return translated(answer, language)

    def _well_formed(self):
        try:
            data = json.loads(self.request.get("BODY") or b"{}")
        except (ValueError, RecursionError):
            return False
        if not isinstance(data, dict):
            return False
        return all(
            isinstance(data.get(name), str) and 0 < len(data[name]) <= MAX_FIELD_LENGTH
            for name in ("login", "password")
        )
