"""WSGI filter: 503 "try again later" when the database does not answer (instance/zope.ini,
``database``).

Zope opens the request's database connection before it publishes anything; when PostgreSQL does
not answer, that fails outside Zope's error handling and the server answered a bare 500, also
to the load balancer's ``@health`` (docs/deployment.md). When the application fails before it
answered, this filter asks the database itself (publisher/database.py): if it does not answer,
the request gets 503 with ``Retry-After``, never cached; ``@health`` its usual body
(services/health), JSON callers the portal's error body (services/errors.py), others a short page
in their language. Any other failure goes on as before.
"""

from danang.portal import _
from danang.portal.language import response_language
from danang.portal.publisher.database import answers
from http.cookies import SimpleCookie
from zope.i18n import translate

import html
import json

RETRY_AFTER = "10"
HEALTH = {"status": "unavailable", "database": "unavailable"}
MESSAGE = _(
    "database_unavailable",
    default="Hệ thống tạm thời không truy cập được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.",
)


def zope_db():
    import Zope2

    return Zope2.DB


class _EnvironRequest:
    """What ``response_language`` reads of a request, from the WSGI environ."""

    def __init__(self, environ):
        self.environ = environ
        self.form = {}
        cookie = SimpleCookie()
        try:
            cookie.load(environ.get("HTTP_COOKIE", ""))
        except Exception:
            cookie = {}
        self.cookies = {name: morsel.value for name, morsel in cookie.items()}

    def get(self, name, default=None):
        return self.environ.get(name, default)

    def getHeader(self, name, default=None):
        return self.environ.get("HTTP_" + name.upper().replace("-", "_"), default)


def unavailable_answer(environ):
    """(content type, body) of the 503."""
    path = environ.get("PATH_INFO", "").rstrip("/")
    if path.endswith("/@health"):
        return "application/json", json.dumps(HEALTH)
    language = response_language(_EnvironRequest(environ))
    message = translate(MESSAGE, target_language=language)
    if "json" in environ.get("HTTP_ACCEPT", ""):
        body = {"error": {"type": "ServiceUnavailable", "message": message, "errors": []}}
        return "application/json", json.dumps(body, ensure_ascii=False)
    page = (f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>503</title></head>'
            f"<body><p>{html.escape(message)}</p></body></html>")
    return "text/html; charset=utf-8", page


class DatabaseDown:
    def __init__(self, app, db=zope_db):
        self.app = app
        self.db = db

    def __call__(self, environ, start_response):
        started = []

        def tracking_start_response(status, headers, exc_info=None):
            started.append(status)
            return start_response(status, headers, exc_info)

        try:
            return self.app(environ, tracking_start_response)
        except Exception:
            db = self.db()
            if started or db is None or answers(db):
                raise
        content_type, body = unavailable_answer(environ)
        data = body.encode("utf-8")
        start_response("503 Service Unavailable", [
            ("Content-Type", content_type), ("Content-Length", str(len(data))),
            ("Cache-Control", "private, no-store"), ("Retry-After", RETRY_AFTER),
        ])
        return [data]


def filter_factory(global_conf, **local_conf):
    return DatabaseDown
