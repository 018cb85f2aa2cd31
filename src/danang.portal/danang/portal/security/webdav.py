"""WebDAV is off on the portal's site: its methods answer 405 before traversal.

Zope answers WebDAV methods on every object: ``PROPFIND`` on a dossier's URL showed its title
(another citizen's name) to anyone who knew the code. Nobody edits the portal through WebDAV,
so the methods are refused for everyone when traversal enters the site, before any object is
looked up: an existing and a missing dossier answer alike. REST writes (``PUT`` on
``++api++`` or with ``Accept: application/json``) are plone.rest's, not WebDAV, and pass.
The ZMI at the Zope root keeps WebDAV for the administrator of the server.
"""

from danang.portal import _
from danang.portal.language import response_language
from plone.rest.interfaces import IAPIRequest
from zExceptions import MethodNotAllowed
from zope.i18n import translate

WEBDAV_METHODS = frozenset(
    {"PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "SEARCH", "REPORT", "PUT"}
)

WEBDAV_OFF = _("error_webdav_off", default="Cổng dịch vụ công không hỗ trợ WebDAV.")


def refuse_webdav(site, event):
    """IBeforeTraverseEvent of the site: 405 for WebDAV methods (see the module)."""
    request = event.request
    method = (request.get("REQUEST_METHOD") or "").upper()
    if method not in WEBDAV_METHODS:
        return
    if method == "PUT" and (IAPIRequest.providedBy(request) or "++api++" in (request.get("PATH_INFO") or "")):
        return
    request.response.setHeader("Allow", "GET, HEAD, POST, OPTIONS")
    raise MethodNotAllowed(translate(WEBDAV_OFF, target_language=response_language(request)))
