"""A verified identity → the portal account it signs in (docs/vneid.md, "Accounts").

- A national subject (``sub``) already linked: that account, its verified details refreshed.
- Someone signed in with a portal password (an official, or a citizen who registered before 2025)
  who asked to link their identity: the link is recorded, and their verified details too.
- Otherwise a new citizen account ``vneid-…``, whether or not local registration is open: the
  identity is the 2025 way in. An existing account of that name that the identity is not linked
  to is never taken over: the new account gets a suffix. It is never matched to an existing account by ID number: that
  number was typed by whoever made the account, not proven.
"""

from danang.portal.dossier.verified_identity import store_verified
from danang.portal.vneid.claims import verified_details
from danang.portal.vneid.messages import ALREADY_LINKED
from danang.portal.vneid.messages import NOT_CONFIGURED
from plone import api

import hashlib
import re
import secrets

USER_PREFIX = "vneid-"
_SAFE_SUBJECT = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def user_id_for(subject):
    """The new account's id: readable when the subject is plain, else a digest of it."""
    if _SAFE_SUBJECT.match(subject):
        return f"{USER_PREFIX}{subject}"
    return f"{USER_PREFIX}{hashlib.sha256(subject.encode('utf-8')).hexdigest()[:32]}"


class AccountRefused(Exception):
    """The identity cannot sign in (its message says why, for the visitor)."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def account_for(plugin, claims, linking_user_id=None):
    """(user id, first sign-in) of the account ``claims`` (verified by the callback) sign in."""
    subject = claims["sub"]
    details = verified_details(claims)
    first = False
    user_id = plugin.user_for(subject)
    if linking_user_id is not None:
        user_id = _link(plugin, subject, linking_user_id, user_id)
    elif user_id is None or api.user.get(userid=user_id) is None:
        user_id = user_id_for(subject)
        if api.user.get(userid=user_id) is not None:
            # An account of that name that is not this identity's (registered locally under
            # that name, say): never signed into, a name of its own instead.
            user_id = f"{user_id}-{secrets.token_hex(4)}"
        if plugin._create_user(user_id) is None:
            raise AccountRefused(NOT_CONFIGURED)
        first = True
        plugin.link(subject, user_id)
    member = api.user.get(userid=user_id)
    store_verified(member, details)
    return user_id, first


def _link(plugin, subject, user_id, linked):
    if linked is not None and linked != user_id and api.user.get(userid=linked) is not None:
        raise AccountRefused(ALREADY_LINKED)
    plugin.link(subject, user_id)
    return user_id
