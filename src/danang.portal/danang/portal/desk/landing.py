"""Where an account lands after logging in (Plone's ``IRedirectAfterLogin``): officials on their
worklist (``@@ban-lam-viec``), citizens on their dossiers (``@@ho-so-cua-toi``).

Only a login started from the home page (or the login page itself) is redirected: one started
from a given page (a dossier link in a mail, a form) goes back there, as Plone does.
"""

from danang.portal.desk.membership import official_units
from plone import api
from plone.base.interfaces import IRedirectAfterLogin
from urllib.parse import urlsplit
from zope.interface import implementer

WORKLIST = "@@ban-lam-viec"
MY_DOSSIERS = "@@ho-so-cua-toi"
# Pages after which there is nowhere in particular to go back to.
NEUTRAL = ("", "login", "@@login", "login_form", "logged_out", "logout", "@@logout", "danang-home")


def landing_url(user=None):
    """The page an account starts from: the worklist for officials, else "my dossiers"."""
    portal_url = api.portal.get().absolute_url()
    return f"{portal_url}/{WORKLIST if official_units(user) else MY_DOSSIERS}"


def is_neutral(came_from, portal_url):
    if not came_from:
        return True
    path, base = urlsplit(came_from).path.rstrip("/"), urlsplit(portal_url).path.rstrip("/")
    if path != base and not path.startswith(base + "/"):
        return False
    return path[len(base):].strip("/") in NEUTRAL


@implementer(IRedirectAfterLogin)
class LandingAfterLogin:
    def __init__(self, context, request):
        self.context = context
        self.request = request

    def __call__(self, came_from=None, is_initial_login=False):
        portal_url = api.portal.get().absolute_url()
        if is_neutral(came_from, portal_url):
            return landing_url()
        return came_from
