"""Signed requests between the portal and the national portal, both ways (docs/national.md).

A request carries three headers:

- ``X-DVCQG-Timestamp``: seconds since the epoch when it was signed;
- ``X-DVCQG-Nonce``: a random value used once;
- ``X-DVCQG-Signature``: hex HMAC-SHA256, with the shared secret, of
  ``METHOD\\nPATH\\nTIMESTAMP\\nNONCE\\nSHA256(BODY)``.

The receiver checks the signature, refuses a timestamp further than ``window`` seconds from its
clock and a nonce it has seen (nonces.py keeps them for twice the window), so a captured request
cannot be replayed.
"""

import hashlib
import hmac
import secrets

TIMESTAMP = "X-DVCQG-Timestamp"
NONCE = "X-DVCQG-Nonce"
SIGNATURE = "X-DVCQG-Signature"


def canonical(method, path, timestamp, nonce, body):
    digest = hashlib.sha256(body or b"").hexdigest()
    return "\n".join([method.upper(), path, str(timestamp), nonce, digest]).encode("utf-8")


def signature(secret, method, path, timestamp, nonce, body):
    return hmac.new(secret.encode("utf-8"), canonical(method, path, timestamp, nonce, body), hashlib.sha256).hexdigest()


def signed_headers(secret, method, path, body, now):
    """The three headers of a request signed at ``now`` (seconds since the epoch)."""
    timestamp = str(int(now))
    nonce = secrets.token_hex(16)
    return {
        TIMESTAMP: timestamp,
        NONCE: nonce,
        SIGNATURE: signature(secret, method, path, timestamp, nonce, body),
    }


class SignatureRefused(Exception):
    """Why a request's signature is refused (``reason``: missing, stale, forged, replayed)."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def verify(secret, method, path, body, headers, now, window):
    """(timestamp, nonce) of a correctly signed, fresh request; SignatureRefused otherwise.
    ``headers`` is a callable: header name → value or None. The nonce is not checked here."""
    timestamp, nonce, given = headers(TIMESTAMP), headers(NONCE), headers(SIGNATURE)
    if not (secret and timestamp and nonce and given):
        raise SignatureRefused("missing")
    try:
        moment = int(timestamp)
    except ValueError:
        raise SignatureRefused("missing") from None
    if not 8 <= len(nonce) <= 128:
        raise SignatureRefused("missing")
    if abs(now - moment) > window:
        raise SignatureRefused("stale")
    if not hmac.compare_digest(signature(secret, method, path, timestamp, nonce, body), given.lower()):
        raise SignatureRefused("forged")
    return moment, nonce
