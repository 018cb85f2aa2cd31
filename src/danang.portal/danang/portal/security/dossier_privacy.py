"""Dossier URLs reveal nothing to whom may not view the dossier: forbidden answers like missing.

Zope publishes public methods of content by URL: ``…/ho-so/2025/03/<code>/getId`` answered 200
with the code to anyone, while a missing code answered 404, so the answer told which dossiers
exist. A method of content inside the dossier storage, published to a user without View on that
content, answers 404 like a missing one (``hide_dossier_methods``).

The dossier itself, its views and its files answered 302 to the login form (another citizen: the
"insufficient privileges" page) where a missing code answered 404. Now the PAS challenge plugin
``DossierNotFound``, first of the site's challengers, answers a refusal inside the dossier storage
with 404 instead of the login's redirect (REST calls: ``services.errors.StorageRefusalAPI``), and
``answer_not_found`` renders every refusal or
"not found" inside the storage the same way, at the site, whatever was or was not found: the
site's "not found" page (or the portal's REST error body for REST calls), themed, with the same status and
headers, for GET, HEAD and POST alike. The owner, its agent and the officials are not refused, so
they never meet it. A logged-out owner meets it too (docs/security.md, "Dossier URLs"): the page's
header offers the login, and "Hồ sơ của tôi" lists their dossiers once logged in.
"""

from AccessControl import getSecurityManager
from AccessControl.class_init import InitializeClass
from AccessControl.SecurityInfo import ClassSecurityInfo
from danang.portal.dossier.storage import ROOT_ID
from danang.portal.language import response_language
from plone import api
from plone.dexterity.interfaces import IDexterityContent
from plone.rest.interfaces import IAPIRequest
from plone.transformchain.zpublisher import applyTransform
from Products.PluggableAuthService.interfaces.plugins import IChallengePlugin
from Products.PluggableAuthService.plugins.BasePlugin import BasePlugin
from Products.PluggableAuthService.utils import classImplements
from zExceptions import NotFound
from zExceptions import Unauthorized
from zope.component import queryMultiAdapter

PLUGIN_ID = "dossier_not_found"
META_TYPE = "Danang Dossier Not Found Challenge"


def in_dossier_storage(obj):
    path = getattr(obj, "getPhysicalPath", None)
    return path is not None and ROOT_ID in path()


def asked_for_storage(request):
    """The request's URL is inside the dossier storage (REST calls included, whose PARENTS stop
    at the site when traversal was refused)."""
    if any(in_dossier_storage(parent) for parent in request.get("PARENTS") or ()):
        return True
    try:
        site_url = api.portal.get().absolute_url()
    except api.exc.CannotGetPortalError:
        return False
    url = request.get("ACTUAL_URL") or ""
    if not url.startswith(site_url + "/"):
        return False
    steps = [step for step in url[len(site_url):].split("/") if step and step != "++api++"]
    return bool(steps) and steps[0] == ROOT_ID


def hide_dossier_methods(event):
    """IPubAfterTraversal: see the module."""
    request = event.request
    owner = getattr(request.get("PUBLISHED"), "__self__", None)
    if owner is None or not IDexterityContent.providedBy(owner):
        return
    if not in_dossier_storage(owner):
        return
    if not getSecurityManager().checkPermission("View", owner):
        raise NotFound()


class DossierNotFound(BasePlugin):
    """A refusal inside the dossier storage answers "not found" (see the module)."""

    meta_type = META_TYPE
    # Its own protocol: once it answered, PAS calls no challenger of another protocol (login).
    protocol = PLUGIN_ID
    security = ClassSecurityInfo()

    def __init__(self, id=PLUGIN_ID, title="Refusals inside the dossier storage answer 404"):
        self._setId(id)
        self.title = title

    # IChallengePlugin
    @security.private
    def challenge(self, request, response):
        if not asked_for_storage(request):
            return False
        # Locked: the status PAS and the publisher set next (401, 302) do not replace it.
        response.setStatus(404, lock=True)
        return True


def answer_not_found(event):
    """IPubBeforeAbort: a refusal or "not found" inside the dossier storage gets the one answer."""
    exception = event.exc_info[1]
    request = event.request
    if event.retry or not isinstance(exception, (NotFound, Unauthorized)):
        return
    # REST calls: the REST error view locked its answer; services.errors.StorageRefusalAPI made it a 404.
    if IAPIRequest.providedBy(request) or not asked_for_storage(request):
        return
    view = queryMultiAdapter((NotFound(), request), name="index.html")
    if view is None:
        return
    response = request.response
    response.setStatus(404, lock=True)
    for name in ("location", "www-authenticate", "content-type", "content-language"):
        response.headers.pop(name, None)
    view.__parent__ = api.portal.get()
    body = view()
    if body and not response.getHeader("Content-Type"):
        response.setHeader("Content-Type", "text/html")
    response.setHeader("Content-Language", response_language(request))
    # No <base> of the dossier (ZPublisher sets one once traversal reached a folderish object).
    response.setBase(None)
    themed = applyTransform(request, body) if body else None
    response.setBody(themed if themed is not None else (body or b""), lock=True)


classImplements(DossierNotFound, IChallengePlugin)
InitializeClass(DossierNotFound)
