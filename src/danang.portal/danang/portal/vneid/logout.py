"""Plone's ``@@logout``, which also ends the VNeID session (OpenID Connect RP-Initiated Logout):
after Plone's own logout, a citizen who signed in with VNeID goes to the provider's
``end_session_endpoint`` with the ID token as ``id_token_hint``, and comes back to Plone's
"logged out" page (``post_logout_redirect_uri``, registered at the provider). Without the
provider (unreachable), the portal's session still ends."""

from danang.portal.vneid.callback import cookie_path
from danang.portal.vneid.callback import ID_TOKEN_COOKIE
from danang.portal.vneid.plugin import get_plugin
from oic.oic.message import EndSessionRequest
from pas.plugins.oidc.plugins import OAuth2ConnectionException
from Products.CMFPlone.browser.login.logout import LogoutView

import logging

logger = logging.getLogger(__name__)


class VNeIDLogoutView(LogoutView):
    def __call__(self):
        id_token = self.request.cookies.get(ID_TOKEN_COOKIE)
        result = super().__call__()
        plugin = get_plugin()
        if not id_token or plugin is None:
            return result
        self.request.response.expireCookie(ID_TOKEN_COOKIE, path=cookie_path())
        try:
            client = plugin.get_oauth2_client()
        except OAuth2ConnectionException:
            logger.warning("VNeID provider unreachable at logout: only the portal's session ended")
            return result
        if not client.end_session_endpoint:
            return result
        end = EndSessionRequest(
            id_token_hint=id_token,
            post_logout_redirect_uri=plugin.post_logout_redirect_uri(),
            client_id=plugin.getProperty("client_id"),
        )
        self.request.response.redirect(end.request(client.end_session_endpoint), lock=True)
        return result
