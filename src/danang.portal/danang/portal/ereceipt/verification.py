"""The verification code (mã tra cứu) printed on a receipt and carried by its QR code.

It is an HMAC of what the receipt certifies (unit, symbol, number, issue time, total) keyed with
a ring of its own in plone.keyring: a printed receipt must stay verifiable for years, so the code
must not depend on the ``_system`` ring that other parts of the site may rotate, and it never
expires. Anyone holding the receipt can confirm it on the public page; without the code, nobody
can learn anything about a symbol and number (80 bits are not guessed).
"""

from danang.portal.ereceipt.amounts import in_figures
from plone.keyring.interfaces import IKeyManager
from plone.keyring.keyring import Keyring
from zope.component import getUtility

import base64
import hashlib
import hmac
import re

RING = "danang.portal.ereceipt"
RING_SIZE = 5
CODE_BYTES = 10  # 16 base32 characters


def ensure_ring():
    """The receipts' key ring, created (and filled) when missing."""
    manager = getUtility(IKeyManager)
    if RING not in manager:
        ring = Keyring(RING_SIZE)
        ring.fill()
        manager[RING] = ring
    return manager[RING]


def _message(receipt):
    return "|".join(
        (
            "danang.portal.ereceipt",
            receipt["unit_code"],
            receipt["symbol"],
            receipt["number"],
            receipt["issued_at"].isoformat(),
            in_figures(receipt["total"]),
        )
    ).encode("utf-8")


def _code(secret, receipt):
    if isinstance(secret, str):
        secret = secret.encode("utf-8")
    digest = hmac.new(secret, _message(receipt), hashlib.sha256).digest()[:CODE_BYTES]
    return base64.b32encode(digest).decode("ascii")


def make_code(receipt):
    """The code of a receipt record (it needs unit_code, symbol, number, issued_at, total)."""
    return _code(ensure_ring().current, receipt)


def normalized(code):
    """What a person typed, as the code is stored: ``"abcd-efgh ..."`` -> ``"ABCDEFGH..."``."""
    return re.sub(r"[^A-Z2-7]", "", (code or "").upper()) if isinstance(code, str) else ""


def check_code(receipt, code):
    """True when ``code`` is this receipt's code and the receipt still says what was signed."""
    code = normalized(code)
    if not code or not hmac.compare_digest(code, receipt.get("verification_code") or ""):
        return False
    # Reading never creates the ring (a GET must not write); receipts exist only once it does.
    ring = getUtility(IKeyManager).get(RING) or ()
    return any(hmac.compare_digest(_code(secret, receipt), code) for secret in ring if secret)


def grouped(code):
    """For print: ``"ABCDEFGHIJKLMNOP"`` -> ``"ABCD-EFGH-IJKL-MNOP"``."""
    return "-".join(code[index : index + 4] for index in range(0, len(code), 4))
