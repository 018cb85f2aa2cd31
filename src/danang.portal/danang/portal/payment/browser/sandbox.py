"""``@@cong-thanh-toan-thu-nghiem``: the sandbox gateway, a stand-in for the bank's pages.

It plays the gateway's part of the signed-redirect protocol on the portal itself, with the
sandbox provider's secret: it verifies the signed payment request, shows the order with
"Thanh toán" and "Hủy", then, like the real gateway, sends the signed result to the portal's IPN
address as a real HTTP request (server to server) and redirects the browser to the signed return
address. No money moves; the page says so. It only works while the sandbox is the active provider
and its mode is on (payment/sandbox_mode.py): otherwise it answers 403 (404 on a production
instance, where there is no sandbox at all) with a page saying so.

The notification goes to ``public_url.for_server``: the canonical public address, else the
instance's own address, never the request's ``Host`` (which whoever calls this page chooses).
"""

from danang.portal import _
from danang.portal import clock
from danang.portal import deployment
from danang.portal import money
from danang.portal import public_url
from danang.portal import settings
from danang.portal.payment import sandbox_mode
from danang.portal.payment import signed_redirect as protocol
from danang.portal.payment.providers import get_provider
from danang.portal.payment.settings import IPaymentSettings
from danang.portal.payment.settings import PREFIX
from danang.portal.payment.settings import SANDBOX
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

import json
import logging
import secrets
import urllib.error
import urllib.request

logger = logging.getLogger(__name__)

IPN_TIMEOUT = 30
SANDBOX_BANK = "SANDBOX"
CANCELLED = "24"
TRANSACTION_FAILED = "02"


class SandboxError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def ipn_url(provider):
    return public_url.for_server(f"@@thanh-toan-ipn/{provider.name}")


def send_notification(url, query):
    """GET the merchant's IPN address as the gateway does; return its JSON answer (or None)."""
    try:
        with urllib.request.urlopen(f"{url}?{query}", timeout=IPN_TIMEOUT) as response:
            return json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, TimeoutError, ValueError, OSError) as error:
        logger.error("Sandbox gateway: IPN to %s failed: %s", url, error)
        return None


class SandboxGateway(BrowserView):
    template = ViewPageTemplateFile("templates/sandbox.pt")
    error = None
    params = None
    # The sandbox mode is off here: the page only says so.
    off = False

    def badge(self):
        return sandbox_mode.BADGE

    def provider(self):
        return get_provider(SANDBOX)

    def checked_request(self):
        """The signed payment request's parameters, or SandboxError."""
        if settings.read(IPaymentSettings, PREFIX, "provider") != SANDBOX:
            raise SandboxError(_("sandbox_off", default="Cổng thanh toán thử nghiệm đang tắt."))
        provider = self.provider()
        params = {key: value for key, value in self.request.form.items()
                  if key.startswith("vnp_") and isinstance(value, str)}
        if not protocol.verify(params, provider.secret()):
            raise SandboxError(
                _("sandbox_bad_signature", default="Yêu cầu thanh toán không có chữ ký hợp lệ.")
            )
        expected = {
            "vnp_Version": protocol.VERSION,
            "vnp_Command": protocol.COMMAND,
            "vnp_CurrCode": protocol.CURRENCY,
            "vnp_TmnCode": provider.merchant_code(),
        }
        amount = protocol.amount_from_field(params.get("vnp_Amount"))
        if any(params.get(key) != value for key, value in expected.items()) or not amount:
            raise SandboxError(_("sandbox_bad_request", default="Yêu cầu thanh toán không hợp lệ."))
        expires = protocol.parse_time(params.get("vnp_ExpireDate"))
        if expires is None or expires < clock.now():
            raise SandboxError(
                _(
                    "sandbox_expired",
                    default="Giao dịch đã hết thời gian chờ thanh toán. Vui lòng quay lại cổng dịch "
                    "vụ công và thanh toán lại.",
                )
            )
        # The return address must be the portal's public one: the gateway never redirects elsewhere.
        if not params.get("vnp_ReturnUrl", "").startswith(public_url.for_visitor() + "/"):
            raise SandboxError(_("sandbox_bad_request", default="Yêu cầu thanh toán không hợp lệ."))
        return params

    def __call__(self):
        if not sandbox_mode.active():
            return self.closed()
        try:
            self.params = self.checked_request()
        except SandboxError as error:
            self.error = error.message
            self.request.response.setStatus(400)
            return self.template()
        if self.request.method == "POST" and self.request.form.get("choice") in ("pay", "cancel"):
            return self.complete(self.request.form["choice"] == "pay")
        return self.template()

    def complete(self, paid):
        provider = self.provider()
        params = self.params
        result = {
            "vnp_TmnCode": params["vnp_TmnCode"],
            "vnp_Amount": params["vnp_Amount"],
            "vnp_BankCode": SANDBOX_BANK,
            "vnp_OrderInfo": params.get("vnp_OrderInfo", ""),
            "vnp_PayDate": protocol.format_time(clock.now()),
            "vnp_ResponseCode": protocol.SUCCESS if paid else CANCELLED,
            "vnp_TransactionStatus": protocol.SUCCESS if paid else TRANSACTION_FAILED,
            "vnp_TxnRef": params["vnp_TxnRef"],
        }
        if paid:
            # The gateway's own numbers for the payment (random: the sandbox keeps no books).
            result["vnp_TransactionNo"] = str(10_000_000 + secrets.randbelow(90_000_000))
            result["vnp_BankTranNo"] = f"SB{secrets.randbelow(10**10):010d}"
            result["vnp_CardType"] = "ATM"
        query = protocol.signed_query(result, provider.secret())
        try:
            target = ipn_url(provider)
        except public_url.NoServerAddress as missing:
            logger.error("Sandbox gateway: no address to notify %s at: %s", params["vnp_TxnRef"], missing)
            self.error = _(
                "sandbox_no_ipn_address",
                default="Cổng thử nghiệm không biết địa chỉ để gửi thông báo kết quả: quản trị viên "
                "cần khai báo địa chỉ công khai của cổng (Quản trị > Địa chỉ công khai của cổng).",
            )
            self.request.response.setStatus(503)
            return self.template()
        answer = send_notification(target, query)
        logger.info("Sandbox gateway: %s %s, IPN answered %s", params["vnp_TxnRef"],
                    "paid" if paid else "cancelled", answer)
        separator = "&" if "?" in params["vnp_ReturnUrl"] else "?"
        return self.request.response.redirect(f"{params['vnp_ReturnUrl']}{separator}{query}", status=303)

    def closed(self):
        """The page of a site where the sandbox is off: 403, or 404 on a production instance."""
        self.off = True
        if deployment.is_production():
            self.request.response.setStatus(404)
            self.error = _(
                "sandbox_absent_production",
                default="Không có cổng thanh toán thử nghiệm trên máy chủ chính thức. Vui lòng quay "
                "lại cổng dịch vụ công để thanh toán qua cổng thanh toán thật.",
            )
        else:
            self.request.response.setStatus(403)
            self.error = _(
                "sandbox_disabled",
                default="Cổng thanh toán thử nghiệm đang tắt trên cổng dịch vụ công này: không thể "
                "thanh toán thử. Vui lòng quay lại cổng dịch vụ công.",
            )
        return self.template()

    # Display

    def amount(self):
        return money.figures(protocol.amount_from_field(self.params["vnp_Amount"]))

    def expires(self):
        return protocol.parse_time(self.params["vnp_ExpireDate"]).strftime("%H:%M %d/%m/%Y")

    def hidden_fields(self):
        return sorted(self.params.items())
