"""The error answer of every REST call on the portal: one body, plone.restapi's shape.

Every error the portal's endpoints answer has the body (docs/api-conventions.md)::

    {"error": {"type": "BadRequest", "message": "...",
               "errors": [{"field": "b_size", "message": "..."}]}}

``type``, ``message`` and ``errors`` always: ``errors`` lists the problems that lie in named
request parameters or body fields (``field`` the parameter, or the dotted path in the body), and
is empty when the request as a whole is refused; an unexpected error (500) adds its ``incident``
number. Messages are for people, in the answer's language.

plone.rest answers an unexpected exception with its class name and message (``{"type":
"KeyError", "message": "216861726"}``), and Zope maps KeyError to 503 ("try again later"),
which tells a client to retry what will fail again. On the portal's REST requests an error that
is not the client's (status 500 and up) is logged with an incident number and answered with
status 500, a plain message in the caller's language and that number, never the exception.
Client errors that plone.rest renders (400-499: not found, unauthorized...) keep its answer.

The portal's requests are told apart by a marker set once traversal has found the published
object, in front of the browser layers, so that this view wins over plone.rest's own.
"""

from danang.portal import _
from danang.portal.interfaces import IDanangPortalLayer
from danang.portal.language import response_language
from danang.portal.services.serialize import translated
from plone.rest.errors import ErrorHandling
from plone.rest.interfaces import IAPIRequest
from zope.component import adapter
from zope.i18nmessageid import Message
from zope.interface import directlyProvidedBy
from zope.interface import directlyProvides
from ZPublisher.HTTPResponse import status_codes
from ZPublisher.HTTPResponse import status_reasons

import json
import logging
import uuid

logger = logging.getLogger(__name__)

INTERNAL_ERROR = _(
    "error_api_internal",
    default="Hệ thống gặp lỗi ngoài ý muốn và chưa thực hiện được yêu cầu. Vui lòng thử lại sau; "
    "nếu lỗi lặp lại, báo cho quản trị cổng kèm mã sự cố ${incident}.",
)

# A body that is not the JSON object an endpoint expects.
NOT_A_JSON_OBJECT = _("error_api_body", default="Nội dung yêu cầu phải là một đối tượng JSON hợp lệ.")

# plone.restapi's names for the statuses the portal answers (the exception class names).
ERROR_TYPES = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    405: "MethodNotAllowed",
    409: "Conflict",
    429: "TooManyRequests",
    500: "InternalServerError",
}


def error_type(status):
    """The ``type`` of an error answer with this status: ``error_type(409) == "Conflict"``."""
    return ERROR_TYPES.get(status) or status_reasons.get(status, "Error").replace(" ", "")


def error_body(status, message, errors=(), **extra):
    """The body of an error answer (not yet translated)::

        error_body(400, _("..."), [("status", _("..."))])
        # {"error": {"type": "BadRequest", "message": ..., "errors": [{"field": "status", ...}]}}

    ``errors`` are (field, message) pairs (none: an empty list); ``extra`` keys (e.g.
    ``incident``) join the error.
    """
    errors = [{"field": field, "message": text} for field, text in errors]
    return {"error": {"type": error_type(status), "message": message, "errors": errors, **extra}}


class APIError(Exception):
    """A refusal an endpoint answers with the error body (``services.base.PortalService``).

    ``status`` the HTTP status, ``message`` an i18n message for people, ``errors`` the
    (field, message) pairs of the parameters or body fields at fault, ``headers`` extra answer
    headers (e.g. ``Retry-After``)::

        raise APIError(400, _("..."), errors=[("b_size", _("..."))])
    """

    def __init__(self, status, message, errors=(), headers=None):
        super().__init__(status, message)
        self.status = status
        self.message = message
        self.errors = list(errors)
        self.headers = dict(headers or {})

    def body(self):
        return error_body(self.status, self.message, self.errors)


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
        body = error_body(500, Message(INTERNAL_ERROR, mapping={"incident": incident}), incident=incident)
        response = self.request.response
        response.setHeader("Content-Type", "application/json")
        response.setHeader("Cache-Control", "private, no-store, max-age=0")
        response.setStatus(500, lock=1)
        text = json.dumps(translated(body, response_language(self.request)), ensure_ascii=False, indent=2, sort_keys=True)
        response.setBody(text, lock=1)
        response._has_challenged = True
