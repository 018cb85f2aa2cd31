"""WSGI filter that drops the software banners (``X-Powered-By``), for instance/zope.ini.

Zope's publisher writes ``X-Powered-By`` in every answer (ZPublisher.HTTPResponse.listHeaders),
which no subscriber can remove; waitress's ``Server`` is turned off in zope.ini (``ident``).
Used in the pipeline as ``use = call:danang.portal.security.wsgi:filter_factory``.
"""

BANNERS = frozenset({"x-powered-by", "server"})


class DropBanners:
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        def start(status, headers, exc_info=None):
            headers = [(name, value) for name, value in headers if name.lower() not in BANNERS]
            return start_response(status, headers, exc_info)

        return self.app(environ, start)


def filter_factory(global_conf, **local_conf):
    return DropBanners
