"""Who may see a receipt: staff and owners by permission, the anonymous submitter by a signed link.

Right after submitting, an anonymous applicant is redirected to ``@@receipt?code=...&t=...``
where ``t`` is ``<expiry>.<HMAC of code and expiry>`` keyed with the site's system keyring
(plone.keyring). The link expires (``danang.portal.receipts.link_lifetime``); the receipt also
goes out by e-mail, and the public look-up shows the status afterwards.
"""

from danang.portal import settings
from danang.portal.acknowledgement.settings import IReceiptSettings
from danang.portal.acknowledgement.settings import PREFIX
from danang.portal.dossier import signed_tokens
from plone import api

import urllib.parse

PURPOSE = b"danang.portal.receipt"


def make_token(code, now=None, lifetime=None):
    """A token proving the bearer was handed this dossier's receipt, valid ``lifetime`` seconds."""
    lifetime = lifetime if lifetime is not None else settings.read(IReceiptSettings, PREFIX, "link_lifetime")
    return signed_tokens.make(PURPOSE, code, lifetime, now=now)


def check_token(code, token, now=None):
    """True when ``token`` was made for ``code`` and has not expired."""
    return signed_tokens.check(PURPOSE, code, token, now=now)


def receipt_url(dossier, signed=False, view="receipt"):
    """Portal-level URL of a dossier's receipt (``view`` "receipt" or "receipt.pdf")."""
    query = {"code": dossier.dossier_code}
    if signed:
        query["t"] = make_token(dossier.dossier_code)
    return f"{api.portal.get().absolute_url()}/@@{view}?{urllib.parse.urlencode(query)}"


def may_see(dossier, request):
    """The bearer of a valid token, or a user allowed to view the dossier itself."""
    if check_token(dossier.dossier_code, request.form.get("t")):
        return True
    return bool(api.user.has_permission("View", obj=dossier))

