"""The base of the portal's REST endpoints: the preamble and the error answer they share.

An endpoint subclasses ``PortalService`` and writes ``answer()``; the base (docs/api-conventions.md):

- picks the answer's language (``danang.portal.language``) and says it in ``Content-Language``;
- marks personal answers ``Cache-Control: private, no-store`` (``personal``, the default); public
  answers (``personal = False``: the catalogue, the statistics) get a short public max-age, an
  ``ETag`` (and ``Last-Modified`` when the endpoint knows it: ``last_modified()``), and answer a
  conditional request whose validators still hold with 304 and no body;
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
from datetime import UTC
from email.utils import format_datetime
from email.utils import parsedate_to_datetime
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError
from plone.restapi.services import Service
from zope.interface import alsoProvides

import hashlib
import transaction

# Public answers: shared caches and browsers may keep them a minute (editors' changes show soon).
PUBLIC_CACHE_CONTROL = "public, max-age=60"


class PortalService(Service):
    """A plone.restapi service with the portal's preamble and error body (see the module)."""

    #: The answer depends on who asks: never stored by shared or browser caches.
    personal = True
    #: A public answer that a caching proxy may keep this many seconds (``s-maxage``; None: as
    #: long as browsers). The catalogue's is purged at every edit (caching/purge.py).
    proxy_max_age = None
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

    def render(self):
        body = super().render()
        if self.personal or body is None or self.request.response.getStatus() != 200:
            return body
        return self.validated(body)

    def validated(self, body):
        """A public answer with its validators; 304 and no body when the client's still hold."""
        response = self.request.response
        etag = f'W/"{hashlib.sha256(body.encode("utf-8")).hexdigest()[:24]}"'
        response.setHeader("ETag", etag)
        proxy = f", s-maxage={self.proxy_max_age}" if self.proxy_max_age else ""
        response.setHeader("Cache-Control", PUBLIC_CACHE_CONTROL + proxy)
        # The language comes from Accept-Language or Plone's language cookie (language.py).
        response.appendHeader("Vary", "Accept-Language")
        response.appendHeader("Vary", "Cookie")
        modified = self.last_modified()
        if modified is not None:
            response.setHeader("Last-Modified", format_datetime(modified.astimezone(UTC), usegmt=True))
        if not_modified(self.request, etag, modified):
            response.setStatus(304)
            return ""
        return body

    def last_modified(self):
        """When the public answer last changed (an aware datetime), None when not known."""
        return None

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


def not_modified(request, etag, modified):
    """Whether the request's validators match (RFC 9110 13.1: If-None-Match, weakly compared,
    wins over If-Modified-Since)."""
    if_none_match = request.getHeader("If-None-Match")
    if if_none_match:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or etag.removeprefix("W/") in tags
    since = request.getHeader("If-Modified-Since")
    if not since or modified is None:
        return False
    try:
        since = parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False
    if since.tzinfo is None:
        return False
    return modified.replace(microsecond=0) <= since
