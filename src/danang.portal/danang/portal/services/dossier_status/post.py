"""``POST /@dossier-status`` with ``{"code": ..., "phone": ...}`` (or ``"id_number"``): a dossier's
status.

The same look-up as the page ``@@tra-cuu-ho-so`` (danang.portal.lookup): code plus the
applicant's phone or ID number, the same "not found" whether the code exists or not, the same
throttle. The pair travels in the body, never in the URL, which access logs and proxies keep.
Answers (docs/api-dossiers.md):

- 200 ``{"code", "status": {"code", "title"}, "unit", "received", "due",
  "history": [{"status": {"code", "title"}, "time", "comment"}]}``
- 400 a body that is not a JSON object, missing or malformed fields, 404 not found, 429 the code
  or number must wait (Retry-After), each the error body of docs/api-conventions.md (400 with
  ``"errors": [{"field", "message"}]``).
"""

from danang.portal.lookup.query import look_up
from danang.portal.lookup.query import LookupInputError
from danang.portal.lookup.query import NOT_FOUND
from danang.portal.lookup.query import parse_query
from danang.portal.lookup.query import public_status
from danang.portal.lookup.query import throttled_message
from danang.portal.lookup.throttle import Throttled
from danang.portal.services.base import PortalService
from danang.portal.services.errors import APIError


class DossierStatusPost(PortalService):
    # A read: nothing is written, so apps need no CSRF token.
    machine_writes = True

    def answer(self):
        try:
            query = parse_query(self.json_object())
        except LookupInputError as error:
            raise APIError(400, error.message, error.errors) from None
        try:
            dossier = look_up(self.request, query)
        except Throttled as throttled:
            raise APIError(
                429, throttled_message(throttled.retry_after), headers={"Retry-After": throttled.retry_after}
            ) from None
        if dossier is None:
            raise APIError(404, NOT_FOUND)
        return public_status(dossier)
