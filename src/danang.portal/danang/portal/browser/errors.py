"""The site's error page and its JSON twin for browser requests: no internals, a clear message.

Plone's error view shows administrators the traceback (file paths, code) and answers any other
caller that does not ask for HTML with the exception's class name (``{"error_type":
"TypeError"}``); a refused request (400, 403) says nothing about what was wrong. On the portal:

- an unexpected error (500 and up) is logged with an incident number and answered with a plain
  message and that number, to everyone, administrators included (the log keeps the traceback);
- a request refused with a message (BadRequest, Forbidden: a repeated parameter, a value Zope
  cannot read... security/form_input.py) shows that message;
- anything else (not found with its suggestions, login) is Plone's page.

JSON answers have the portal's error body (services/errors.py); REST calls get the portal's REST
error view (services/errors.py), before their service is found as after.
"""

from danang.portal import _
from danang.portal.language import response_language
from danang.portal.services.errors import error_body
from danang.portal.services.errors import INTERNAL_ERROR
from danang.portal.services.errors import PortalErrorHandling
from danang.portal.services.errors import status_of
from danang.portal.services.serialize import translated
from plone.rest.interfaces import IAPIRequest
from Products.CMFPlone.browser import exceptions as plone_exceptions
from Products.CMFPlone.browser.exceptions import ExceptionView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zExceptions import BadRequest
from zExceptions import Forbidden
from zope.i18n import translate
from zope.i18nmessageid import Message

import json
import logging
import os
import uuid

logger = logging.getLogger(__name__)

# Raised by the portal with a message for people (already translated).
TOLD = (BadRequest, Forbidden)

TITLE_REFUSED = _("heading_error_refused", default="Yêu cầu không hợp lệ")
TITLE_INTERNAL = _("heading_error_internal", default="Hệ thống gặp lỗi")


class PortalExceptionView(ExceptionView):
    # Plone's page (not found with suggestions...), and the portal's for the errors above.
    index = ViewPageTemplateFile("templates/error_message.pt", _prefix=os.path.dirname(plone_exceptions.__file__))
    page = ViewPageTemplateFile("templates/error.pt")

    def __call__(self):
        exception = self.context
        if IAPIRequest.providedBy(self.request):
            # A REST call refused before its service was found: the portal's REST error body.
            return PortalErrorHandling(exception, self.request)()
        status = status_of(exception)
        if status < 500 and not isinstance(exception, TOLD):
            return super().__call__()
        request = self.request
        self.context = self.__parent__
        # JSON in the answer's language (language.py), a page in the page's (Plone's choice).
        as_json = "text/html" not in (request.getHeader("Accept", "") or "")
        language = response_language(request) if as_json else None
        if status >= 500:
            # Zope answers a KeyError 503 ("try again later"): what failed is not the caller's.
            status = 500
            incident = uuid.uuid4().hex[:12]
            logger.exception("Error page, incident %s, %s %s", incident, request.method, request.getURL())
            message = Message(INTERNAL_ERROR, mapping={"incident": incident})
            extra = {"incident": incident}
        else:
            message = getattr(exception, "i18n_message", None) or str(exception) or None
            extra = {}
        response = request.response
        response.setStatus(status, lock=1)
        response.setHeader("Cache-Control", "private, no-store, max-age=0")
        if as_json:
            response.setHeader("Content-Type", "application/json")
            return json.dumps(translated(error_body(status, message, **extra), language), ensure_ascii=False)
        if isinstance(message, Message):
            message = translate(message, context=request)
        title = TITLE_INTERNAL if status >= 500 else TITLE_REFUSED
        request.set("disable_border", True)
        request.set("disable_plone.leftcolumn", True)
        request.set("disable_plone.rightcolumn", True)
        return self.page(title=title, message=message)
