"""The error answer of every REST call on the portal: plone.rest's shape, no internal details.

plone.rest answers an unexpected exception with its class name and message (``{"type":
"KeyError", "message": "216861726"}``), and Zope maps KeyError to 503 ("try again later"),
which tells a client to retry what will fail again. On the portal's REST requests an error that
is not the client's (status 500 and up) is logged with an incident number and answered with
status 500, a plain message in the caller's language and that number, never the exception.
Client errors (400-499: not found, unauthorized, bad request...) keep plone.rest's answer.

The portal's requests are told apart by a marker set once traversal has found the published
object, in front of the browser layers, so that this view wins over plone.rest's own.
"""

from danang.portal import _
from danang.portal.interfaces import IDanangPortalLayer
from danang.portal.services.services.get import response_language
from plone.rest.errors import ErrorHandling
from plone.rest.interfaces import IAPIRequest
from zope.component import adapter
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import directlyProvidedBy
from zope.interface import directlyProvides
from ZPublisher.HTTPResponse import status_codes

import json
import logging
import uuid

logger = logging.getLogger(__name__)

INTERNAL_ERROR = _(
    "error_api_internal",
    default="Hệ thống gặp lỗi ngoài ý muốn và chưa thực hiện được yêu cầu. Vui lòng thử lại sau; "
    "nếu lỗi lặp lại, báo cho quản trị cổng kèm mã sự cố ${incident}.",
)


class IPortalAPIRequest(IAPIRequest):
    """A REST request on a site where the portal is installed."""


def mark_portal_api_request(event):
    """IPubAfterTraversal: mark REST requests of the portal's sites (see the module)."""
    request = event.request
    if IAPIRequest.providedBy(request) and IDanangPortalLayer.providedBy(request):
        directlyProvides(request, IPortalAPIRequest, *directlyProvidedBy(request))


def status_of(exception):
    """The HTTP status Zope gives this exception (``ZPublisher.HTTPResponse.setStatus``)."""
    getter = getattr(exception, "getStatus", None)
    if callable(getter):
        return getter()
    return status_codes.get(type(exception).__name__.lower(), 500)


@adapter(Exception, IPortalAPIRequest)
class PortalErrorHandling(ErrorHandling):
    def __call__(self):
        exception = self.context
        if status_of(exception) < 500:
            return super().__call__()
        incident = uuid.uuid4().hex[:12]
        # The exception being handled is the current one: the log keeps its traceback.
        logger.exception("REST error, incident %s, %s %s", incident, self.request.method, self.request.getURL())
        message = translate(
            Message(INTERNAL_ERROR, mapping={"incident": incident}),
            target_language=response_language(self.request),
        )
        response = self.request.response
        response.setHeader("Content-Type", "application/json")
        response.setHeader("Cache-Control", "private, no-store, max-age=0")
        response.setStatus(500, lock=1)
        body = {"type": "InternalServerError", "message": message, "incident": incident}
        response.setBody(json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True), lock=1)
        response._has_challenged = True
