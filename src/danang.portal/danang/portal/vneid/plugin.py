"""The PAS plugin of the VNeID sign-in: pas.plugins.oidc's ``OIDCPlugin`` (its OpenID Connect
client, properties and session helpers), kept as the object ``acl_users/vneid``.

What the subclass changes (docs/vneid.md, "Why pas.plugins.oidc, and what the portal adds"):

- It never challenges: officials keep Plone's login form, and an unauthorised page still asks
  for a login there; citizens choose "Đăng nhập bằng VNeID" on it.
- Its redirect URI is the portal's public ``@@vneid-callback`` (public_url.py), computed for each
  request rather than stored.
- The identities it knows: national subject (``sub``) → portal user id, so a signed-in citizen
  always comes back to the same account and an official may link a VNeID identity to theirs.
- ``rememberIdentity`` (the add-on's own callbacks, which check neither state nor nonce) refuses:
  the portal's ``@@vneid-callback`` (vneid/callback.py) is the only way in.
"""

from BTrees.OOBTree import OOBTree
from BTrees.OOBTree import OOTreeSet
from danang.portal import public_url
from pas.plugins.oidc.plugins import OIDCPlugin
from plone import api
from zExceptions import Forbidden

PLUGIN_ID = "vneid"
CALLBACK = "@@vneid-callback"
# Where the provider sends the browser back after logging out (Plone's own page).
LOGGED_OUT = "logged-out"


class VNeIDPlugin(OIDCPlugin):
    meta_type = "VNeID OIDC Plugin"

    def __init__(self, id=PLUGIN_ID, title="VNeID"):  # noqa: A002 (PAS's signature)
        super().__init__(id, title)
        self.identities = OOBTree()  # subject → user id
        self.subjects = OOBTree()  # user id → subject
        # Consumed states and nonces (vneid/replay.py): key → time, and (time, key) to expire them.
        self.used = OOBTree()
        self.used_by_time = OOTreeSet()

    def get_redirect_uris(self):
        # The browser follows it later, from the provider: the canonical public address.
        return [public_url.for_visitor(CALLBACK)]

    def post_logout_redirect_uri(self):
        return public_url.for_visitor(LOGGED_OUT)

    def challenge(self, request, response):
        return False

    def rememberIdentity(self, userinfo):
        raise Forbidden("VNeID sign-in goes through @@vneid-callback only")

    def user_for(self, subject):
        return self.identities.get(subject)

    def link(self, subject, user_id):
        """Link ``subject`` to ``user_id`` (one identity per account: an earlier one goes)."""
        previous = self.subjects.get(user_id)
        if previous is not None and previous != subject:
            self.identities.pop(previous, None)
        self.identities[subject] = user_id
        self.subjects[user_id] = subject

    def subject_of(self, user_id):
        return self.subjects.get(user_id)


def get_plugin(portal=None):
    portal = portal if portal is not None else api.portal.get()
    plugin = portal.acl_users.get(PLUGIN_ID) if portal is not None else None
    return plugin if isinstance(plugin, VNeIDPlugin) else None
