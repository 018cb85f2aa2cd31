"""``GET /@dossier-status?code=...&phone=...`` (or ``&id_number=...``): a dossier's status.

The same look-up as the page ``@@tra-cuu-ho-so`` (danang.portal.lookup): code plus the
applicant's phone or ID number, the same "not found" whether the code exists or not, the same
throttle. Answers (docs/api-dossiers.md):

- 200 ``{"code", "status": {"code", "title"}, "unit", "received", "due",
  "history": [{"status": {"code", "title"}, "time", "comment"}]}``
- 400 missing or malformed parameters, 404 not found, 429 too many failures (Retry-After),
  each ``{"error": {"type", "message"}}`` (400 adds ``"errors": [{"field", "message"}]``).
"""

from danang.portal.lookup.query import as_json
from danang.portal.lookup.query import LookupInputError
from danang.portal.lookup.query import look_up
from danang.portal.lookup.query import NOT_FOUND
from danang.portal.lookup.query import parse_query
from danang.portal.lookup.query import public_status
from danang.portal.lookup.query import throttled_message
from danang.portal.lookup.throttle import Throttled
from danang.portal.services.services.get import response_language
from danang.portal.services.services.get import translated
from plone.restapi.services import Service


class DossierStatusGet(Service):
    def _error(self, status, kind, message, **extra):
        self.request.response.setStatus(status)
        return {"error": {"type": kind, "message": message, **extra}}

    def reply(self):
        language = response_language(self.request)
        response = self.request.response
        response.setHeader("Content-Language", language)
        response.setHeader("Cache-Control", "private, no-store, max-age=0")
        return translated(self._reply(), language)

    def _reply(self):
        try:
            query = parse_query(self.request.form)
        except LookupInputError as error:
            return self._error(
                400,
                "BadRequest",
                error.message,
                errors=[{"field": name, "message": message} for name, message in error.errors],
            )
        try:
            dossier = look_up(self.request, query)
        except Throttled as throttled:
            self.request.response.setHeader("Retry-After", str(throttled.retry_after))
            return self._error(429, "TooManyRequests", throttled_message(throttled.retry_after))
        if dossier is None:
            return self._error(404, "NotFound", NOT_FOUND)
        return as_json(public_status(dossier))
