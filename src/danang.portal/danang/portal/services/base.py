"""The base of the portal's REST endpoints: the preamble and the error answer they share.

An endpoint subclasses ``PortalService`` and writes ``answer()``; the base (docs/api-conventions.md):

- picks the answer's language (``danang.portal.language``) and says it in ``Content-Language``;
- marks personal answers ``Cache-Control: private, no-store`` (``personal``, the default; public
  answers such as the catalogue set ``personal = False``);
- lets machine clients write without a CSRF token (``machine_writes``): they authenticate on
  each request (Basic auth or plone.restapi's JWT) and plone.restapi only routes a request here
  when it asks for JSON, so no browser form can forge one;
- turns ``APIError`` into the one error body (``services.errors``), with its status and headers,
  and dooms the transaction so that a refused request stores nothing;
- gives every answer that describes a resource its ``@id`` (plone.restapi's convention): the
  endpoint's own ``@id`` if it set one, else the URL asked for (``own_url``), query included;
- makes the answer JSON-ready: times as ISO 8601 in Vietnam's time, i18n messages translated.

For example::

    class ThingGet(PortalService):
        def answer(self):
            if not self.request.form.get("code"):
                raise APIError(400, _("..."), errors=[("code", _("..."))])
            return {"@id": ..., "received": dossier.received}
"""

from danang.portal.language import response_language
from danang.portal.services.errors import APIError
from danang.portal.services.errors import NOT_A_JSON_OBJECT
from danang.portal.services.errors import PERSONAL_CACHE_CONTROL
from danang.portal.services.serialize import as_json
from danang.portal.services.serialize import translated
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError
from plone.restapi.services import Service
from zope.interface import alsoProvides

import transaction


class PortalService(Service):
    """A plone.restapi service with the portal's preamble and error body (see the module)."""

    #: The answer depends on who asks: never stored by shared or browser caches.
    personal = True
    #: Writes by machine clients without a CSRF token (POST endpoints of apps).
    machine_writes = False

    language = None

    def reply(self):
        self.language = response_language(self.request)
        response = self.request.response
        response.setHeader("Content-Language", self.language)
        if self.personal:
            response.setHeader("Cache-Control", PERSONAL_CACHE_CONTROL)
        if self.machine_writes:
            alsoProvides(self.request, IDisableCSRFProtection)
        try:
            answer = self.answer()
            if isinstance(answer, dict):
                answer.setdefault("@id", self.own_url())
        except APIError as error:
            answer = self.refuse(error)
        return self.json(answer)

    def answer(self):
        """The answer's data (i18n messages and datetimes allowed); raise ``APIError`` to refuse."""
        raise NotImplementedError

    def own_url(self):
        """The URL asked for, with its query string: the answer's ``@id`` (back to its asker)."""
        url = self.request["ACTUAL_URL"]
        query = self.request.get("QUERY_STRING")
        return f"{url}?{query}" if query else url

    def json_object(self):
        """The request's body as a dict, or ``APIError`` 400 when it is not a JSON object."""
        try:
            payload = json_body(self.request)
        except DeserializationError:
            payload = None
        if not isinstance(payload, dict):
            raise APIError(400, NOT_A_JSON_OBJECT)
        return payload

    def refuse(self, error):
        """The error body of ``error``, its status and headers set; nothing of the request kept."""
        transaction.doom()
        response = self.request.response
        response.setStatus(error.status)
        # An error is nobody's to keep, on public endpoints too (docs/api-conventions.md).
        response.setHeader("Cache-Control", PERSONAL_CACHE_CONTROL)
        for name, value in error.headers.items():
            response.setHeader(name, str(value))
        return error.body()

    def json(self, value):
        """The value ready for the JSON answer, in the answer's language."""
        return translated(as_json(value), self.language)
