"""Cross-site request forgery through the REST API: cookie-authenticated writes must be JSON
and come from the portal's own pages.

plone.restapi turns plone.protect's token check off for its services (a JSON API is meant to be
called with a token), but a browser also sends the portal's session cookie (``__ac``) with a
form or a ``text/plain`` request another site makes it send, and neither needs a CORS preflight.
So a write (POST, PUT, PATCH, DELETE) to a REST service that the session cookie authenticates
must declare a JSON body (POST, PUT, PATCH) and carry an ``Origin`` (or, failing that, a
``Referer``) of the portal itself. Calls authenticated by an ``Authorization`` header (JWT
``Bearer``, Basic) cannot be forged by another site and pass unchanged; so do anonymous calls,
which have nothing to forge.
"""

from danang.portal import _
from danang.portal.language import response_language
from danang.portal.security.json_limits import is_json
from danang.portal.security.origins import portal_origins
from danang.portal.security.origins import request_origin
from plone import api
from plone.rest.interfaces import IAPIRequest
from zExceptions import Forbidden
from zope.i18n import translate

import logging

logger = logging.getLogger(__name__)

WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
WITH_BODY = frozenset({"POST", "PUT", "PATCH"})
SESSION_COOKIE = "__ac"

NOT_JSON = _(
    "error_csrf_content_type",
    default="Yêu cầu thay đổi dữ liệu qua API phải gửi nội dung JSON (Content-Type: application/json).",
)
CROSS_ORIGIN = _(
    "error_csrf_origin",
    default="Yêu cầu bị từ chối vì không xuất phát từ trang của cổng dịch vụ công. Nếu gọi API "
    "từ ứng dụng khác, hãy xác thực bằng mã truy cập (Authorization: Bearer).",
)


def cookie_authenticated(request):
    return bool(request.cookies.get(SESSION_COOKIE)) and not request._auth


def check_api_write(event):
    """IPubAfterTraversal: refuse a forgeable REST write (see the module)."""
    request = event.request
    if request.method not in WRITES or not IAPIRequest.providedBy(request):
        return
    if not cookie_authenticated(request) or api.user.is_anonymous():
        return
    language = response_language(request)
    if request.method in WITH_BODY and not is_json(request):
        logger.warning("Cookie-authenticated %s %s refused: not JSON", request.method, request.getURL())
        raise Forbidden(translate(NOT_JSON, target_language=language))
    origin = request_origin(request)
    if origin is None or origin not in portal_origins(request):
        logger.warning("Cookie-authenticated %s %s refused: origin %r", request.method, request.getURL(), origin)
        raise Forbidden(translate(CROSS_ORIGIN, target_language=language))
