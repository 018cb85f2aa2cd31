"""Acting as a dossier's applicant: the logged-in applicant or agent, or the bearer of a link.

Most citizens submit without an account and follow their dossier through the public look-up
(code + phone or ID number). A successful look-up hands them a signed, expiring link to the
applicant page (``@@ho-so-cong-dan?code=...&t=...``); with it they may do what the logged-in
applicant may: upload a supplement, pay, download the result, rate the service. The token is
for the applicant purpose only (a receipt link does not open it) and names one dossier code.
"""

from AccessControl.SecurityManagement import getSecurityManager
from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SecurityManagement import setSecurityManager
from AccessControl.users import SimpleUser
from contextlib import contextmanager
from danang.portal import roles
from danang.portal import settings
from danang.portal.dossier import signed_tokens
from danang.portal.dossier.settings import IApplicantLinkSettings
from danang.portal.dossier.settings import PREFIX
from plone import api

import urllib.parse

PURPOSE = b"danang.portal.applicant"
APPLICANT_PAGE = "ho-so-cong-dan"
# Who the history records for an action through the look-up link (no account).
LINK_ACTOR = "applicant-link"


def make_token(dossier, now=None, lifetime=None):
    lifetime = lifetime if lifetime is not None else settings.read(IApplicantLinkSettings, PREFIX, "applicant_link_lifetime")
    return signed_tokens.make(PURPOSE, dossier.dossier_code, lifetime, now=now)


def check_token(dossier, token, now=None):
    return signed_tokens.check(PURPOSE, dossier.dossier_code, token, now=now)


def is_applicant_user(dossier):
    """The logged-in user submitted this dossier (its account or the agent's)."""
    return roles.holds_any(roles.APPLICANT_SIDE, dossier)


def has_token(dossier, request):
    return check_token(dossier, request.form.get("t"))


def may_act(dossier, request):
    """The request may act as the dossier's applicant."""
    return has_token(dossier, request) or is_applicant_user(dossier)


def access_query(dossier, request):
    """The query to carry in links and forms: the code, and the token when access came by it."""
    query = {"code": dossier.dossier_code}
    token = request.form.get("t")
    if token and check_token(dossier, token):
        query["t"] = token
    return query


def portal_view_url(view, query):
    """``<portal>/@@view?query``: actions of a token bearer go to portal-level views."""
    return f"{api.portal.get().absolute_url()}/@@{view}?{urllib.parse.urlencode(query)}"


def applicant_page_url(dossier, token=None):
    """The applicant page of the dossier, signed with ``token`` (a new one when None)."""
    return portal_view_url(
        APPLICANT_PAGE, {"code": dossier.dossier_code, "t": token or make_token(dossier)}
    )


@contextmanager
def acting_as_applicant(dossier, request):
    """Run the block with the applicant's rights on ``dossier``: the logged-in applicant or agent
    as themselves, a token bearer as a transient user holding only the Owner role (DCWorkflow's
    role guards read the user's roles, so proxy roles would not do). The history then names
    ``LINK_ACTOR``."""
    if is_applicant_user(dossier):
        yield
        return
    old = getSecurityManager()
    user = SimpleUser(LINK_ACTOR, "", (roles.APPLICANT,), ()).__of__(api.portal.get().acl_users)
    newSecurityManager(request, user)
    try:
        yield
    finally:
        setSecurityManager(old)
