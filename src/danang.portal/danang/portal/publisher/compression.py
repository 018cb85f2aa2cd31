"""WSGI filter: text answers gzip-compressed for clients that accept it (instance/zope.ini).

The catalogue's JSON (``@services``, ``@statistics``: tens of kilobytes) and the pages compress
to a fraction. Only textual types are compressed (JSON, HTML, CSS, JavaScript, XML, SVG), never
files that are compressed already (PDF, images, archives) nor answers that have an encoding,
and only above ``MIN_SIZE`` bytes. Textual answers say ``Vary: Accept-Encoding`` either way, so
that a shared cache keeps the two forms apart; a compressed answer's ``ETag`` becomes weak
(``W/"..."``), as it is another byte sequence of the same content (RFC 9110 8.8.1).
"""

import gzip

MIN_SIZE = 1024
LEVEL = 6
TEXTUAL = ("text/", "application/json", "application/javascript", "application/xml", "image/svg+xml")
TEXTUAL_SUFFIXES = ("+json", "+xml")


def accepts_gzip(environ):
    """Whether the request's Accept-Encoding allows gzip (``gzip;q=0`` refuses it)."""
    for part in environ.get("HTTP_ACCEPT_ENCODING", "").split(","):
        name, _, params = part.strip().partition(";")
        if name.strip().lower() not in ("gzip", "*"):
            continue
        quality = params.strip().lower()
        if quality.startswith("q="):
            try:
                return float(quality[2:]) > 0
            except ValueError:
                return False
        return True
    return False


def textual(content_type):
    media = (content_type or "").split(";")[0].strip().lower()
    return media.startswith(TEXTUAL) or media.endswith(TEXTUAL_SUFFIXES)


def header(headers, name):
    name = name.lower()
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


def without(headers, *names):
    names = {name.lower() for name in names}
    return [(key, value) for key, value in headers if key.lower() not in names]


def with_vary(headers):
    vary = header(headers, "Vary")
    if vary and "accept-encoding" in vary.lower():
        return headers
    return [*without(headers, "Vary"), ("Vary", f"{vary}, Accept-Encoding" if vary else "Accept-Encoding")]


class Compress:
    def __init__(self, app, min_size=MIN_SIZE):
        self.app = app
        self.min_size = min_size

    def __call__(self, environ, start_response):
        wanted = accepts_gzip(environ) and environ.get("REQUEST_METHOD", "").upper() != "HEAD"
        started = {}
        passed = []
        chunks = []

        def start(status, headers, exc_info=None):
            compressible = (
                textual(header(headers, "Content-Type"))
                and not header(headers, "Content-Encoding")
                and not header(headers, "Content-Range")
                and status[:3] not in ("204", "304")
            )
            if compressible:
                headers = with_vary(headers)
            if not (compressible and wanted):
                passed.append(True)
                return start_response(status, headers, exc_info)
            started.update(status=status, headers=headers, exc_info=exc_info)
            return chunks.append

        body = self.app(environ, start)
        if passed and not started:
            # Answered as it is (a file, a small page...): the body untouched, file wrappers too.
            return body
        if not started:
            # start_response may come with the first chunk: look at it before deciding.
            iterator = iter(body)
            first = next(iterator, None)
            if not started:
                return _chained(first, iterator, body)
        else:
            iterator = iter(body)
            first = None
        try:
            if first is not None:
                chunks.append(first)
            chunks.extend(iterator)
        finally:
            close = getattr(body, "close", None)
            if close is not None:
                close()
        data = b"".join(chunks)
        headers = started["headers"]
        if len(data) >= self.min_size:
            data = gzip.compress(data, compresslevel=LEVEL)
            etag = header(headers, "ETag")
            headers = without(headers, "Content-Length", "ETag")
            headers.append(("Content-Encoding", "gzip"))
            if etag:
                headers.append(("ETag", etag if etag.startswith("W/") else f"W/{etag}"))
        else:
            headers = without(headers, "Content-Length")
        headers.append(("Content-Length", str(len(data))))
        start_response(started["status"], headers, started["exc_info"])
        return [data]


def _chained(first, iterator, body):
    """The answer as the application gave it (its first chunk already read)."""
    try:
        if first is not None:
            yield first
        yield from iterator
    finally:
        close = getattr(body, "close", None)
        if close is not None:
            close()


def filter_factory(global_conf, **local_conf):
    return Compress
