"""``@@thanh-toan-ipn/<provider>``: the gateway's server-to-server notification (IPN).

Anonymous and without a CSRF token: the gateway's signature is the proof (online.py checks it).
Answers in the gateway's own format (JSON ``{"RspCode", "Message"}`` for the signed-redirect
protocol), always: an unexpected error is logged and answered as such, never as a page.
"""

from danang.portal.payment import interfaces as outcomes
from danang.portal.payment.browser.provider_path import ProviderView
from danang.portal.payment.online import handle_notification
from danang.portal.payment.providers import get_provider
from plone.protect.interfaces import IDisableCSRFProtection
from ZODB.POSException import ConflictError
from zope.interface import alsoProvides

import json
import logging
import transaction

logger = logging.getLogger(__name__)


class PaymentNotification(ProviderView):
    def __call__(self):
        request = self.request
        alsoProvides(request, IDisableCSRFProtection)
        response = request.response
        response.setHeader("Content-Type", "application/json; charset=utf-8")
        response.setHeader("Cache-Control", "no-store")
        try:
            provider, outcome = handle_notification(self.provider_name, request.form, request)
        except ConflictError:
            raise  # the publisher retries the request
        except Exception:
            logger.exception("Payment notification failed: %r", dict(request.form))
            transaction.doom()
            provider, outcome = get_provider(self.provider_name), outcomes.ERROR
        if provider is None:
            response.setStatus(404)
            return json.dumps({"RspCode": "99", "Message": "Unknown provider"})
        return json.dumps(provider.answer(outcome))
