"""The error answer of every REST call on the portal: one body, plone.restapi's shape.

Every error a REST call on the portal answers has the body (docs/api-conventions.md)::

    {"error": {"type": "BadRequest", "message": "...",
               "errors": [{"field": "b_size", "message": "..."}]}}

``type``, ``message`` and ``errors`` always: ``errors`` lists the problems that lie in named
request parameters or body fields (``field`` the parameter, or the dotted path in the body), and
is empty when the request as a whole is refused; an unexpected error (500) adds its ``incident``
number. Messages are for people, in the answer's language.

The portal's endpoints raise ``APIError`` (services/base.py). What is refused before or around
them (a path that does not exist, an anonymous call of a protected endpoint, a parameter that
cannot be read: security/form_input.py, plone.restapi's own batching) is an exception that
plone.rest renders top-level and in English (``{"type", "message", "context"}``); on the
portal's sites ``PortalErrorHandling`` renders it with the same body, a message in the caller's
language, and ``Cache-Control: private, no-store`` (an error is nobody's to keep). plone.rest's
redirects of moved content and its CORS headers are kept.

plone.rest answers an unexpected exception with its class name and message (``{"type":
"KeyError", "message": "216861726"}``), and Zope maps KeyError to 503 ("try again later"),
which tells a client to retry what will fail again. On the portal's REST requests an error that
is not the client's (status 500 and up) is logged with an incident number and answered with
status 500, a plain message in the caller's language and that number, never the exception.

The portal's requests are told apart by a marker set once traversal has found the published
object, in front of the browser layers, so that this view wins over plone.rest's own; errors
raised earlier reach it through the site's exception view (browser/errors.py).
"""

from AccessControl.unauthorized import Unauthorized as AccessUnauthorized
from danang.portal import _
from danang.portal.interfaces import IDanangPortalLayer
from danang.portal.language import response_language
from danang.portal.security.dossier_privacy import asked_for_storage
from danang.portal.security.form_input import BAD_BATCH
from danang.portal.services.serialize import translated
from plone.rest.errors import ErrorHandling
from plone.rest.interfaces import IAPIRequest
from zExceptions import BadRequest
from zExceptions import Forbidden
from zExceptions import MethodNotAllowed
from zExceptions import NotFound
from zExceptions import Unauthorized
from zope.component import adapter
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import directlyProvidedBy
from zope.interface import directlyProvides
from ZPublisher.HTTPResponse import status_codes
from ZPublisher.HTTPResponse import status_reasons

import json
import logging
import re
import uuid

logger = logging.getLogger(__name__)

PERSONAL_CACHE_CONTROL = "private, no-store, max-age=0"

INTERNAL_ERROR = _(
    "error_api_internal",
    default="Hệ thống gặp lỗi ngoài ý muốn và chưa thực hiện được yêu cầu. Vui lòng thử lại sau; "
    "nếu lỗi lặp lại, báo cho quản trị cổng kèm mã sự cố ${incident}.",
)

# What plone.rest and Zope refuse, in the caller's language.
UNAUTHORIZED = _(
    "error_api_unauthorized",
    default="Bạn cần đăng nhập để dùng chức năng này: gửi tài khoản bằng HTTP Basic, hoặc mã JWT "
    "nhận từ @login trong tiêu đề Authorization: Bearer.",
)
FORBIDDEN = _("error_api_forbidden", default="Tài khoản của bạn không có quyền thực hiện yêu cầu này.")
NOT_FOUND = _("error_api_not_found", default="Không tìm thấy địa chỉ ${url}.")
METHOD_NOT_ALLOWED = _("error_api_method", default="Địa chỉ này không nhận phương thức ${method}.")
# plone.restapi's refusal of a batching parameter (plone.restapi.deserializer.parse_int).
RESTAPI_NOT_AN_INTEGER = re.compile(r"^Invalid (\w+): Not an integer$")

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


def parameter_refusal(message, field=None):
    """A BadRequest whose REST error body says ``message`` (an i18n message) about the request
    parameter ``field`` (see ``refusal_of``)."""
    error = BadRequest(translate(message))
    error.i18n_message = message
    error.field = field
    return error


def refusal_of(exception, request):
    """(message, errors) of a client error that plone.rest would render (see the module).

    A message the portal gave the exception (``i18n_message``, and ``field`` for the parameter
    at fault: ``parameter_refusal``) comes first; then the text a refusal was raised with
    (already in the caller's language: CSRF, WebDAV...), except for "unauthorized" and "not
    found", whose texts are Zope's and plone.rest's (English, or the URL as HTML); then the
    portal's words for the status.
    """
    message = getattr(exception, "i18n_message", None)
    field = getattr(exception, "field", None)
    text = str(exception)
    if message is None:
        match = RESTAPI_NOT_AN_INTEGER.match(text)
        if isinstance(exception, (Unauthorized, AccessUnauthorized)):
            message = UNAUTHORIZED
        elif isinstance(exception, NotFound):
            message = Message(NOT_FOUND, mapping={"url": request.get("ACTUAL_URL") or request.getURL()})
        elif match:
            field = match.group(1)
            message = Message(BAD_BATCH, mapping={"name": field})
        elif text:
            message = text
        elif isinstance(exception, Forbidden):
            message = FORBIDDEN
        elif isinstance(exception, MethodNotAllowed):
            message = Message(METHOD_NOT_ALLOWED, mapping={"method": request.method})
        else:
            message = status_reasons.get(status_of(exception), "Error")
    return message, [(field, message)] if field else []


@adapter(Exception, IPortalAPIRequest)
class PortalErrorHandling(ErrorHandling):
    def __call__(self):
        exception = self.context
        request = self.request
        status = status_of(exception)
        extra = {}
        # plone.rest's own work first: its CORS headers, the redirect of moved content.
        try:
            rendered = super().render_exception(exception)
        except Exception:
            logger.exception("plone.rest could not render %r", exception)
            rendered = {}
        if rendered is None:
            return
        if status >= 500:
            status = 500
            incident = uuid.uuid4().hex[:12]
            # The exception being handled is the current one: the log keeps its traceback.
            logger.exception("REST error, incident %s, %s %s", incident, request.method, request.getURL())
            message, errors = Message(INTERNAL_ERROR, mapping={"incident": incident}), []
            extra["incident"] = incident
        else:
            message, errors = refusal_of(exception, request)
        body = error_body(status, message, errors, **extra)
        language = response_language(request)
        response = request.response
        response.setHeader("Content-Type", "application/json")
        response.setHeader("Content-Language", language)
        response.setHeader("Cache-Control", PERSONAL_CACHE_CONTROL)
        response.setStatus(status, lock=1)
        text = json.dumps(translated(body, language), ensure_ascii=False, indent=2, sort_keys=True)
        response.setBody(text, lock=1)
        # No redirect to the login form on Unauthorized (as plone.rest does).
        response._has_challenged = True


@adapter(Unauthorized, IAPIRequest)
class StorageRefusalAPI(PortalErrorHandling):
    """A REST call refused inside the dossier storage: the portal's "not found" answer, which
    names the URL asked for, as a missing dossier's answer does (security/dossier_privacy.py)."""

    def __call__(self):
        if asked_for_storage(self.request):
            self.context = NotFound()
        return super().__call__()


def complete_error_body(event):
    """IPubSuccess: an error that a plone.restapi service *returns* rather than raises
    (``@workflow``'s refused transition: ``{"error": {"type", "message"}}``) gets the portal's
    ``errors`` list too, so that every REST error has the same keys (see the module). Raised
    errors are rendered by ``PortalErrorHandling``."""
    request = event.request
    if not IPortalAPIRequest.providedBy(request):
        return
    response = request.response
    if response.getStatus() < 400 or not (response.getHeader("Content-Type") or "").startswith("application/json"):
        return
    try:
        body = json.loads(response.body or b"null")
    except ValueError:
        return
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict) or "errors" in error:
        return
    error["errors"] = []
    error.setdefault("type", status_reasons.get(response.getStatus(), "Error").replace(" ", ""))
    error.setdefault("message", "")
    response.setBody(json.dumps(body, ensure_ascii=False).encode("utf-8"), lock=True)
