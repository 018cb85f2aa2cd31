"""Brute-force protection of passwords: a PAS authentication plugin with growing delays.

Every password check of the site goes through PAS authentication plugins: the login form
(cookie extraction of ``__ac_name``/``__ac_password``), HTTP Basic auth, plone.restapi's
``@login`` (``acl_users.authenticate``) and the password-change form. This plugin stands in
front of the plugins that hold passwords (``wrapped``, by default ``source_users``, which is then
no longer an active authenticator itself): it counts failures per account and per client
address with ``danang.portal.backoff``, refuses attempts made before the delay is over without
checking the password, and passes the others on. Token and session credentials (JWT, the
``__ac`` cookie) carry no password and are left to their own plugins.

No maintained add-on fits: Products.LoginLockout, the one PAS plugin for it, declares Plone 6.0
at most and locks an account until a reset period or an administrator, which lets anyone lock
officials out; see docs/security.md for the policy.
"""

from AccessControl.class_init import InitializeClass
from AccessControl.SecurityInfo import ClassSecurityInfo
from Acquisition import aq_parent
from danang.portal import _
from danang.portal import roles
from danang.portal.backoff import Backoff
from danang.portal.backoff import Policy
from danang.portal.desk.membership import unit_of_group
from danang.portal.lookup.throttle import client_address
from plone.rest.interfaces import IAPIRequest
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from Products.PluggableAuthService.plugins.BasePlugin import BasePlugin
from Products.PluggableAuthService.utils import classImplements
from zope.globalrequest import getRequest

import hashlib
import logging

logger = logging.getLogger(__name__)

PLUGIN_ID = "login_throttle"
META_TYPE = "Danang Login Throttle"

# Citizens: 5 free failures, then 1 s, 2 s, 4 s... at most 5 minutes between attempts.
CITIZEN = Policy(free=5, base=1, cap=300, forget_after=3600)
# Officials (unit groups, editors, administrators): the accounts worth attacking get 3 free
# failures and grow faster, still never more than 5 minutes for the official.
OFFICIAL = Policy(free=3, base=2, cap=300, forget_after=3600)
# One address (many accounts tried from it: password spraying): more free failures, as offices
# and mobile carriers put many people behind one address, then up to 15 minutes.
ADDRESS = Policy(free=20, base=1, cap=900, forget_after=3600)

# Accounts worth attacking: administrators, officials (their unit roles are local, through the
# unit groups: _is_official) and the editors of the catalogue.
OFFICIAL_ROLES = roles.ADMINISTRATORS | {"Editor", "Reviewer", "Contributor"}

BACKOFF = Backoff()

# Request key of the wait a refused attempt must respect (read by the @login service).
WAIT_KEY = "danang.portal.login_wait"
_SEEN_KEY = "danang.portal.login_attempts"


def throttled_message(wait):
    return _(
        "login_throttled",
        default="Đăng nhập không thành công quá nhiều lần. Vui lòng chờ ${seconds} giây rồi thử lại.",
        mapping={"seconds": wait},
    )


class LoginThrottle(BasePlugin):
    """Growing delays after wrong passwords, per account and per address (see the module)."""

    meta_type = META_TYPE
    security = ClassSecurityInfo()

    _properties = (
        {"id": "title", "label": "Title", "type": "string", "mode": "w"},
        {"id": "wrapped", "label": "Password plugins checked through this one", "type": "lines", "mode": "w"},
    )

    def __init__(self, id=PLUGIN_ID, title="Login throttle (growing delays after wrong passwords)"):
        self._setId(id)
        self.title = title
        self.wrapped = ("source_users",)

    # IAuthenticationPlugin
    @security.private
    def authenticateCredentials(self, credentials):
        login = credentials.get("login")
        password = credentials.get("password")
        if not isinstance(login, str) or not login or password is None:
            return None
        request = getRequest()
        # PAS may check the same credentials more than once in a request: one attempt.
        seen = request.other.setdefault(_SEEN_KEY, {}) if request is not None else {}
        fingerprint = hashlib.sha256(f"{login}\0{password}".encode("utf-8", "replace")).hexdigest()
        if fingerprint in seen:
            return seen[fingerprint]
        seen[fingerprint] = result = self._attempt(request, login, credentials)
        return result

    def _attempt(self, request, login, credentials):
        site = "/".join(aq_parent(self).getPhysicalPath())
        account = f"{site}|login|{login.strip().lower()}"
        address = f"{site}|address|{client_address(request) if request is not None else 'unknown'}"
        policy = OFFICIAL if self._is_official(login) else CITIZEN
        wait = max(BACKOFF.wait(account, policy), BACKOFF.wait(address, ADDRESS))
        if wait:
            logger.warning("Login attempt for %r refused, %s s to wait", login, wait)
            self._refused(request, wait)
            return None
        result = self._check(credentials)
        if result is not None:
            BACKOFF.succeed(account)
            return result
        failures = BACKOFF.fail(account, policy)
        BACKOFF.fail(address, ADDRESS)
        if failures >= policy.free:
            level = logging.WARNING if policy is OFFICIAL else logging.INFO
            logger.log(level, "%d failed logins in a row for %r, last from %s", failures, login, address)
        return None

    def _check(self, credentials):
        acl_users = aq_parent(self)
        for plugin_id in self.wrapped or ():
            plugin = getattr(acl_users, plugin_id, None)
            if plugin is None or not IAuthenticationPlugin.providedBy(plugin):
                continue
            result = plugin.authenticateCredentials(credentials)
            if result is not None and result[0] is not None:
                return result
        return None

    def _is_official(self, login):
        acl_users = aq_parent(self)
        try:
            user = acl_users.getUser(login)
        except Exception:  # a broken member source must not make login raise
            logger.exception("Could not read the groups of %r", login)
            return True
        if user is None:
            return False
        if OFFICIAL_ROLES & set(user.getRoles()):
            return True
        return any(unit_of_group(group) for group in user.getGroups())

    def _refused(self, request, wait):
        if request is None:
            return
        request.other[WAIT_KEY] = max(wait, request.other.get(WAIT_KEY) or 0)
        request.response.setHeader("Retry-After", str(request.other[WAIT_KEY]))
        if "__ac_name" in request.form and not IAPIRequest.providedBy(request):
            # The login form: say why, above its own "login failed".
            from Products.statusmessages.interfaces import IStatusMessage

            IStatusMessage(request).add(throttled_message(request.other[WAIT_KEY]), type="error")


classImplements(LoginThrottle, IAuthenticationPlugin)
InitializeClass(LoginThrottle)
