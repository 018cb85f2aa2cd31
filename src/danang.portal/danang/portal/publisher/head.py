"""WSGI filter: HEAD answers like GET, without a body (instance/zope.ini, ``head``).

Zope publishes HEAD through WebDAV's ``HEAD`` method, which Plone's pages and plone.rest's
services do not have: every path answered 404 to HEAD, with an error body after the headers,
and a keep-alive client then read that body as the start of its next answer. The filter
publishes a HEAD request as a GET (the same status and headers, ``Content-Length`` included, as
RFC 9110 9.3.2 asks) and sends no body. GET is safe, so running it for a HEAD changes nothing.
"""


class HeadAsGet:
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD", "").upper() != "HEAD":
            return self.app(environ, start_response)
        environ["REQUEST_METHOD"] = "GET"
        body = self.app(environ, start_response)
        try:
            # Run the answer to its end (start_response may come with the first chunk), keep nothing.
            for _chunk in body:
                pass
        finally:
            close = getattr(body, "close", None)
            if close is not None:
                close()
        return []


def filter_factory(global_conf, **local_conf):
    return HeadAsGet
