"""CORS: browser apps on the origins an administrator lists may call the REST API.

plone.rest asks the ``ICORSPolicy`` of a REST request's context; the portal's policy takes its
allowed origins from the registry (``danang.portal.api.cors_allowed_origins``, none on a new
site) instead of ZCML, so that a site adds an app without a restart:

- a listed origin gets ``Access-Control-Allow-Origin: <origin>`` with
  ``Access-Control-Allow-Credentials: true`` (its pages may send the visitor's cookie or HTTP
  auth); cookie-authenticated writes still have to come from the portal's own pages
  (security/csrf.py), so apps write with a JWT (``Authorization: Bearer``);
- ``*`` in the list lets any other origin read without credentials (``Access-Control-Allow-
  Origin: *``), never with them;
- any other origin gets no CORS header, and its browser refuses the answer.

A preflight (``OPTIONS`` with ``Origin`` and ``Access-Control-Request-Method``) of an allowed
origin answers 200 with ``Access-Control-Allow-Methods``, ``-Headers`` and ``-Max-Age``. Answers
that depend on the Origin say ``Vary: Origin``.
"""

from danang.portal import settings
from danang.portal.services.settings import IAPISettings
from danang.portal.services.settings import PREFIX
from plone.rest.cors import CORSPolicy

ANY = "*"


def normalized(origin):
    return (origin or "").strip().rstrip("/").lower()


def allowed_origins():
    return [normalized(origin) for origin in settings.read(IAPISettings, PREFIX, "cors_allowed_origins") or ()
            if normalized(origin)]


class PortalCORSPolicy(CORSPolicy):
    allow_methods = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
    allow_headers = ["Accept", "Accept-Language", "Authorization", "Content-Type", "If-Modified-Since",
                     "If-None-Match", "Idempotency-Key", "X-Requested-With"]
    expose_headers = ["Content-Language", "Content-Length", "ETag", "Last-Modified", "Location", "Retry-After"]
    max_age = "3600"
    allow_credentials = True

    @property
    def allow_origin(self):
        return allowed_origins()

    def _allowed_origin(self):
        origin = normalized(self.request.getHeader("Origin", None))
        if not origin:
            return False
        # Whatever the verdict, the answer depends on the Origin.
        self.request.response.appendHeader("Vary", "Origin")
        listed = self.allow_origin
        if origin in listed or ANY in listed:
            return origin
        return False

    def _process_origin_and_credentials(self, origin):
        response = self.request.response
        if origin in self.allow_origin:
            response.setHeader("Access-Control-Allow-Origin", self.request.getHeader("Origin").strip())
            response.setHeader("Access-Control-Allow-Credentials", "true")
        else:
            response.setHeader("Access-Control-Allow-Origin", ANY)
