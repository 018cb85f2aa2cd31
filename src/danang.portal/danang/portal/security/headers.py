"""Security headers on every answer, and the cookies' flags.

- ``Content-Security-Policy``: the portal's pages, Plone Classic UI's bundles (mockup, TinyMCE)
  and its images come from the portal itself; Classic UI still has inline scripts and styles and
  mockup evaluates code, so those are allowed, while other sites' scripts, frames, plugins and
  form targets are not. Forms may post (and be redirected) only to the portal and to the payment
  gateway of Site Setup.
- ``X-Content-Type-Options: nosniff`` (an upload served as text is never run as a script),
  ``Referrer-Policy`` (a page that set a stricter one keeps it), ``X-Frame-Options`` where
  plone.protect did not set it.
- Over HTTPS every cookie the portal sets is ``Secure``; the session cookie (``__ac``) is also
  ``HttpOnly`` and ``SameSite=Lax`` whatever plugin set it.

The ``Server`` and ``X-Powered-By`` banners are added outside Zope's publisher: see wsgi.py.
"""

from danang.portal.security.origins import origin_of

import logging

logger = logging.getLogger(__name__)

SESSION_COOKIE = "__ac"
REFERRER_POLICY = "strict-origin-when-cross-origin"

CSP = (
    ("default-src", "'self'"),
    ("script-src", "'self' 'unsafe-inline' 'unsafe-eval'"),
    ("style-src", "'self' 'unsafe-inline'"),
    ("img-src", "'self' data: blob:"),
    ("font-src", "'self' data:"),
    ("connect-src", "'self'"),
    ("media-src", "'self'"),
    ("frame-src", "'self'"),
    ("worker-src", "'self' blob:"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("frame-ancestors", "'self'"),
    ("form-action", "'self'"),
)


def _gateway_origin():
    # The online payment form is redirected to the gateway: form-action must allow it.
    try:
        from danang.portal import settings
        from danang.portal.payment.settings import IPaymentSettings
        from danang.portal.payment.settings import PREFIX

        return origin_of(settings.read(IPaymentSettings, PREFIX, "gateway_url") or "")
    except Exception:  # outside a site (the Zope root) there is no registry
        return None


def content_security_policy():
    gateway = _gateway_origin()
    parts = []
    for directive, sources in CSP:
        if directive == "form-action" and gateway:
            sources = f"{sources} {gateway}"
        parts.append(f"{directive} {sources}")
    return "; ".join(parts)


def is_https(request):
    return (request.get("SERVER_URL") or "").lower().startswith("https://")


def secure_cookies(request, response):
    https = is_https(request)
    for name, cookie in response.cookies.items():
        if https:
            cookie["Secure"] = True
        if name == SESSION_COOKIE:
            cookie["HttpOnly"] = True
            cookie.setdefault("SameSite", "Lax")


def set_security_headers(event):
    """IPubBeforeCommit, IPubBeforeAbort, IPubBeforeStreaming: see the module."""
    request = event.request
    response = request.response
    try:
        response.setHeader("Content-Security-Policy", content_security_policy())
        response.setHeader("X-Content-Type-Options", "nosniff")
        if not response.getHeader("Referrer-Policy"):
            response.setHeader("Referrer-Policy", REFERRER_POLICY)
        if not response.getHeader("X-Frame-Options"):
            response.setHeader("X-Frame-Options", "SAMEORIGIN")
        secure_cookies(request, response)
    except Exception:
        # Never turn an answer into an error for its headers.
        logger.exception("Could not set the security headers of %s", request.get("URL"))
