"""Expiring tokens signed with the site's system keyring (plone.keyring), one purpose each.

A token is ``<expiry>.<HMAC of purpose, value and expiry>``. The purpose keeps a token made for
one thing (viewing a receipt) from opening another (acting as the applicant). Any key of the
ring verifies, so a key rotation does not void the links handed out just before it.
"""

from plone.keyring.interfaces import IKeyManager
from zope.component import getUtility

import base64
import hashlib
import hmac
import time


def _signature(secret, purpose, value, expires):
    if isinstance(secret, str):
        secret = secret.encode("utf-8")
    message = b"|".join((purpose, value.encode("utf-8"), str(expires).encode("ascii")))
    digest = hmac.new(secret, message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _ring():
    return getUtility(IKeyManager)["_system"]


def make(purpose, value, lifetime, now=None):
    """A token for ``value`` under ``purpose`` (bytes), valid ``lifetime`` seconds."""
    expires = int(now if now is not None else time.time()) + int(lifetime)
    return f"{expires}.{_signature(_ring().current, purpose, value, expires)}"


def check(purpose, value, token, now=None):
    """True when ``token`` was made for ``value`` under ``purpose`` and has not expired."""
    if not value or not isinstance(token, str) or "." not in token:
        return False
    expires, _dot, signature = token.partition(".")
    if not expires.isdigit() or int(expires) < int(now if now is not None else time.time()):
        return False
    return any(
        hmac.compare_digest(_signature(secret, purpose, value, int(expires)), signature)
        for secret in _ring()
        if secret
    )
