"""The shipped providers: a VNPay-style gateway, and a sandbox speaking the same protocol.

``vnpay``: the real gateway configured in the control panel (address, TmnCode, hash secret).
``sandbox``: a gateway page inside the portal (``@@cong-thanh-toan-thu-nghiem``,
payment/browser/sandbox.py) with its own generated secret and merchant code, so the whole flow
(redirect, signed IPN, signed return) runs on a fresh machine without an account anywhere. It is
offered and configured only while the sandbox mode is active (sandbox_mode.py).
"""

from danang.portal import _
from danang.portal import deployment
from danang.portal import public_url
from danang.portal import settings
from danang.portal.payment import sandbox_mode
from danang.portal.payment import signed_redirect as protocol
from danang.portal.payment.interfaces import GatewayResult
from danang.portal.payment.interfaces import InvalidGatewayData
from danang.portal.payment.interfaces import IPaymentProvider
from danang.portal.payment.settings import IPaymentSettings
from danang.portal.payment.settings import PREFIX
from danang.portal.payment.settings import SANDBOX
from danang.portal.payment.settings import VNPAY
from zope.component import getUtilitiesFor
from zope.component import queryUtility
from zope.i18nmessageid import Message
from zope.interface import implementer
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

SANDBOX_MERCHANT_CODE = "DNGSBX01"
SANDBOX_VIEW = "cong-thanh-toan-thu-nghiem"
REQUIRED_RESULT_FIELDS = ("vnp_TxnRef", "vnp_Amount", "vnp_ResponseCode", "vnp_TmnCode")


@implementer(IPaymentProvider)
class SignedRedirectProvider:
    """A gateway of the signed-redirect protocol, configured in the registry."""

    name = VNPAY
    title = _("payment_provider_vnpay", default="VNPay (cổng thanh toán thật)")

    def gateway_url(self):
        return settings.read(IPaymentSettings, PREFIX, "gateway_url")

    def merchant_code(self):
        return (settings.read(IPaymentSettings, PREFIX, "merchant_code") or "").strip()

    def secret(self):
        return settings.read(IPaymentSettings, PREFIX, "hash_secret") or ""

    def configured(self):
        return bool(self.gateway_url() and self.merchant_code() and self.secret())

    def request_params(self, transaction, order_info, return_url, client_address):
        return {
            "vnp_Version": protocol.VERSION,
            "vnp_Command": protocol.COMMAND,
            "vnp_TmnCode": self.merchant_code(),
            "vnp_Amount": protocol.amount_field(transaction["amount"]),
            "vnp_CurrCode": protocol.CURRENCY,
            "vnp_TxnRef": transaction["txn_ref"],
            "vnp_OrderInfo": protocol.ascii_text(order_info),
            "vnp_OrderType": protocol.ORDER_TYPE,
            "vnp_Locale": protocol.LOCALE,
            "vnp_ReturnUrl": return_url,
            "vnp_IpAddr": client_address or "127.0.0.1",
            "vnp_CreateDate": protocol.format_time(transaction["created"]),
            "vnp_ExpireDate": protocol.format_time(transaction["expires"]),
        }

    def payment_url(self, transaction, order_info, return_url, client_address):
        params = self.request_params(transaction, order_info, return_url, client_address)
        return f"{self.gateway_url()}?{protocol.signed_query(params, self.secret())}"

    def txn_ref_of(self, form):
        value = form.get("vnp_TxnRef")
        return value if isinstance(value, str) else ""

    def read_result(self, form):
        params = {key: value for key, value in form.items() if isinstance(value, str)}
        if not protocol.verify(params, self.secret()):
            raise InvalidGatewayData("invalid signature")
        missing = [name for name in REQUIRED_RESULT_FIELDS if not params.get(name)]
        if missing:
            raise InvalidGatewayData(f"missing {', '.join(missing)}")
        if params["vnp_TmnCode"] != self.merchant_code():
            raise InvalidGatewayData("another merchant's result")
        amount = protocol.amount_from_field(params["vnp_Amount"])
        if amount is None:
            raise InvalidGatewayData("malformed amount")
        status = params.get("vnp_TransactionStatus", params["vnp_ResponseCode"])
        return GatewayResult(
            txn_ref=params["vnp_TxnRef"],
            amount=amount,
            success=params["vnp_ResponseCode"] == protocol.SUCCESS and status == protocol.SUCCESS,
            response_code=params["vnp_ResponseCode"],
            transaction_no=params.get("vnp_TransactionNo", ""),
            bank_code=params.get("vnp_BankCode", ""),
            merchant_code=params["vnp_TmnCode"],
            paid_at=protocol.parse_time(params.get("vnp_PayDate", "")),
            raw=params,
        )

    def answer(self, outcome):
        code, message = protocol.IPN_ANSWERS.get(outcome, protocol.IPN_ANSWERS["error"])
        return {"RspCode": code, "Message": message}

    def result_message(self, result):
        message = protocol.RESPONSE_MESSAGES.get(result.response_code)
        if message is None:
            message = Message(protocol.RESPONSE_OTHER, mapping={"code": result.response_code or "?"})
        return message


@implementer(IPaymentProvider)
class SandboxProvider(SignedRedirectProvider):
    """The same protocol against the portal's own test gateway page."""

    name = SANDBOX
    title = _("payment_provider_sandbox", default="Cổng thanh toán thử nghiệm (không thu tiền thật)")

    def gateway_url(self):
        return public_url.for_visitor(f"@@{SANDBOX_VIEW}")

    def merchant_code(self):
        return SANDBOX_MERCHANT_CODE

    def secret(self):
        return settings.read(IPaymentSettings, PREFIX, "sandbox_secret") or ""

    def configured(self):
        return sandbox_mode.active() and bool(self.secret())


def get_provider(name=None):
    """The named provider, by default the active one (None when unknown)."""
    return queryUtility(IPaymentProvider, name=name or settings.read(IPaymentSettings, PREFIX, "provider"))


def enable_for_development():
    """Turn the sandbox on and make it the provider unless a real gateway is configured (the
    development site of `make start`, the test layers); SandboxRefused on a production instance.

    Here rather than in sandbox_mode.py: it chooses among the providers, and sandbox_mode sits
    below them."""
    sandbox_mode.enable()
    current = get_provider()
    if current is None or not current.configured():
        settings.write(IPaymentSettings, PREFIX, "provider", SANDBOX)


@provider(IVocabularyFactory)
def providers_vocabulary(context):
    # A production instance does not offer the sandbox at all (payment/sandbox_mode.py).
    terms = [
        SimpleTerm(name, name, utility.title)
        for name, utility in sorted(getUtilitiesFor(IPaymentProvider))
        if name != SANDBOX or not deployment.is_production()
    ]
    return SimpleVocabulary(terms)
