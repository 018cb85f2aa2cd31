"""The rating link e-mailed with the returned result: a token that opens rating and nothing else.

The applicant without an account acts through the look-up's link (dossier.applicant_access),
which lasts an hour. A satisfaction survey is answered days later, from the mailbox the result
notice went to, so the "result returned" e-mail carries its own signed token, for the rating
purpose only (it does not open the applicant page, the result or payments) and valid for
``danang.portal.satisfaction.link_lifetime``.
"""

from danang.portal import public_url
from danang.portal import settings
from danang.portal.dossier import signed_tokens
from danang.portal.satisfaction.settings import ISatisfactionSettings
from danang.portal.satisfaction.settings import PREFIX

PURPOSE = b"danang.portal.satisfaction"
RATING_VIEW = "danh-gia-ho-so"


def make_rating_token(dossier, now=None, lifetime=None):
    lifetime = lifetime if lifetime is not None else settings.read(ISatisfactionSettings, PREFIX, "link_lifetime")
    return signed_tokens.make(PURPOSE, dossier.dossier_code, lifetime, now=now)


def check_rating_token(dossier, token, now=None):
    return signed_tokens.check(PURPOSE, dossier.dossier_code, token, now=now)


def rating_url(dossier, query=None):
    """The portal-level rating page of the dossier: with ``query`` (e.g. applicant_access's
    access_query), else signed with a new rating token."""
    if query is None:
        query = {"code": dossier.dossier_code, "t": make_rating_token(dossier)}
    return public_url.for_mail(f"@@{RATING_VIEW}", query)
