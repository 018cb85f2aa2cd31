"""The origins (``scheme://host[:port]``) of requests and of the portal's own pages."""

from urllib.parse import urlsplit


def origin_of(url):
    """``scheme://host[:port]`` of a URL, lower case, default ports dropped; None if not a URL."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except (AttributeError, ValueError):
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    default = {"http": 80, "https": 443}[parts.scheme]
    netloc = parts.hostname if port in (None, default) else f"{parts.hostname}:{port}"
    return f"{parts.scheme}://{netloc}".lower()


def request_origin(request):
    """Where the request says it comes from: its Origin, else its Referer's origin, else None."""
    origin = request.getHeader("Origin")
    if origin:
        return origin_of(origin)
    referer = request.getHeader("Referer")
    return origin_of(referer) if referer else None


def portal_origins(request):
    """The origins the portal's pages are served from: the request's own as Zope sees it (after
    virtual hosting)."""
    origins = set()
    own = origin_of(request.get("SERVER_URL") or "")
    if own:
        origins.add(own)
    return origins
