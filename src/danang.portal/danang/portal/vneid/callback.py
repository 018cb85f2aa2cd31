"""``@@vneid-callback``: the redirect URI registered at the provider (vneid/flow.py checks the
answer, vneid/accounts.py finds or makes the account). A refused answer shows why and makes no
account; only the single-use marks of its state and nonce are kept (vneid/replay.py).

A GET that writes (the account, the marks): the state, bound to this browser's cookie and used
once, is what protects it from cross-site requests (RFC 6749, section 10.12), so plone.protect's
automatic check is off for it.
"""

from danang.portal.vneid import configuration
from danang.portal.vneid.accounts import account_for
from danang.portal.vneid.accounts import AccountRefused
from danang.portal.vneid.flow import callback_claims
from danang.portal.vneid.flow import LINK
from danang.portal.vneid.flow import SignInRefused
from danang.portal.vneid.messages import LINKED
from danang.portal.vneid.messages import NOT_CONFIGURED
from danang.portal.vneid.messages import SIGNED_IN
from danang.portal.vneid.plugin import get_plugin
from danang.portal.vneid.refusal import refuse
from pas.plugins.oidc.session import Session
from plone import api
from plone.base.interfaces import IRedirectAfterLogin
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser import BrowserView
from Products.PlonePAS.events import UserInitialLoginInEvent
from Products.PlonePAS.events import UserLoggedInEvent
from urllib.parse import urlparse
from zope.component import queryMultiAdapter
from zope.event import notify
from zope.interface import alsoProvides

import logging

logger = logging.getLogger(__name__)

# The ID token, kept for the provider's logout (``id_token_hint``, vneid/logout.py).
ID_TOKEN_COOKIE = "__vneid_id_token"
MY_DOSSIERS = "@@ho-so-cua-toi"
PERSONAL_INFORMATION = "@@personal-information"


def cookie_path():
    """The site's path in the browser's URL (where the add-on's session cookie lives)."""
    return urlparse(api.portal.get().absolute_url()).path or "/"


class VNeIDCallback(BrowserView):
    def __call__(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        response = self.request.response
        response.setHeader("Cache-Control", "no-store")
        plugin = get_plugin()
        if plugin is None or not configuration.configured():
            return refuse(self, NOT_CONFIGURED, status=404)
        # The state, nonce and verifier are for this one answer, whatever comes of it.
        response.expireCookie(Session.session_cookie_name, path=cookie_path())
        try:
            sign_in = callback_claims(plugin, self.request)
            session = sign_in.session
            linking = session.get(LINK)
            if linking and (api.user.is_anonymous() or api.user.get_current().getId() != linking):
                linking = None  # the link was asked by someone else than who is here now
            user_id, first = account_for(plugin, sign_in.claims, linking)
        except (SignInRefused, AccountRefused) as refused:
            logger.warning("VNeID sign-in refused: %s", refused)
            return refuse(self, refused.message, status=403)
        portal_url = api.portal.get().absolute_url()
        # Also after linking: the provider's session, opened now, ends with the portal's.
        response.setCookie(
            ID_TOKEN_COOKIE, sign_in.id_token, path=cookie_path(), http_only=True,
            same_site="Lax", secure=self.request.get("SERVER_URL", "").startswith("https:"),
        )
        if linking:
            api.portal.show_message(LINKED, request=self.request, type="info")
            response.redirect(f"{portal_url}/{PERSONAL_INFORMATION}")
            return ""
        plugin._setup_ticket(user_id)
        user = api.user.get(userid=user_id).getUser()
        if first:
            notify(UserInitialLoginInEvent(user))
        notify(UserLoggedInEvent(user))
        api.portal.show_message(SIGNED_IN, request=self.request, type="info")
        response.redirect(self._landing(session, portal_url, user_id))
        return ""

    def _landing(self, session, portal_url, user_id):
        """Where Plone's login would land this account (``IRedirectAfterLogin``: officials on
        their worklist, citizens on their dossiers, or back to the page the login started from)."""
        came_from = session.get("came_from")
        if not (came_from and api.portal.get_tool("portal_url").isURLInPortal(came_from)):
            came_from = None
        with api.env.adopt_user(user=api.user.get(userid=user_id)):
            landing = queryMultiAdapter((api.portal.get(), self.request), IRedirectAfterLogin)
            if landing is not None:
                return landing(came_from, False) or came_from or f"{portal_url}/{MY_DOSSIERS}"
        return came_from or f"{portal_url}/{MY_DOSSIERS}"
