"""Payment providers are pluggable: named ``IPaymentProvider`` utilities.

The registry record ``danang.portal.payment.provider`` names the active one (Site Setup >
"Thanh toán trực tuyến"). A provider speaks its gateway's protocol: it builds the address the
applicant's browser is sent to, reads and verifies what the gateway sends back (the browser's
return and the server-to-server notification) and words the answer the gateway expects. What a
result means for the dossier (paid, refused, logged) is decided once, in payment/online.py.
"""

from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from zope.interface import Attribute
from zope.interface import Interface

# Outcomes of a notification, answered in each gateway's own words (IPaymentProvider.answer).
CONFIRMED = "confirmed"
NOT_FOUND = "not_found"
ALREADY_CONFIRMED = "already_confirmed"
INVALID_AMOUNT = "invalid_amount"
INVALID_SIGNATURE = "invalid_signature"
EXPIRED = "expired"
ERROR = "error"


class InvalidGatewayData(Exception):
    """What came from the gateway is unsigned, wrongly signed or malformed."""


@dataclass
class GatewayResult:
    """A verified result of one transaction, as the gateway reported it."""

    txn_ref: str
    amount: int  # VND
    success: bool
    response_code: str
    transaction_no: str = ""
    bank_code: str = ""
    merchant_code: str = ""
    paid_at: datetime | None = None
    raw: dict = field(default_factory=dict)


class IPaymentProvider(Interface):
    """A payment gateway's protocol (a named utility; the name is stored with each payment)."""

    name = Attribute("the utility's name, e.g. 'vnpay'")
    title = Attribute("i18n message shown to administrators")

    def configured():
        """True when the merchant settings needed to take payments are present."""

    def payment_url(transaction, order_info, return_url, client_address):
        """The gateway address the applicant's browser is sent to for ``transaction`` (a dict with
        txn_ref, amount, created, expires)."""

    def read_result(form):
        """The ``GatewayResult`` carried by a return or a notification request's ``form``; raises
        ``InvalidGatewayData`` when it is not authentic or incomplete."""

    def txn_ref_of(form):
        """The transaction reference named by a request, verified or not (for the log)."""

    def answer(outcome):
        """The body (a dict, sent as JSON) answering a notification with ``outcome``."""

    def result_message(result):
        """An i18n message telling the applicant what the gateway's response code means."""
