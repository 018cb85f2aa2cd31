"""The sandbox payment is a development mode: off unless enabled, never on a production instance.

``sandbox_enabled`` (payment/settings.py) is the switch; `make start` turns it on for a
development site (cli/site.py, through providers.enable_for_development), the test layers do the
same (testing.py). An instance marked production in zope.conf (deployment.py) refuses to turn it
on and never serves the sandbox, even when the record says on (a copied database). While it is active the payment pages, the sandbox
gateway and its e-receipts (a separate ``TEST`` series, ereceipt/numbering.py) say so.
"""

from danang.portal import _
from danang.portal import deployment
from danang.portal import settings
from danang.portal.payment.settings import IPaymentSettings
from danang.portal.payment.settings import PREFIX
from danang.portal.payment.settings import SANDBOX

REFUSED_IN_PRODUCTION = _(
    "error_sandbox_production",
    default="Máy chủ này được đánh dấu là máy chủ chính thức (production): không thể bật cổng thanh "
    "toán thử nghiệm.",
)
BADGE = _("sandbox_badge", default="Môi trường thử nghiệm: thanh toán không thật")


class SandboxRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def enabled():
    """The switch as stored (whatever the instance)."""
    return bool(settings.read(IPaymentSettings, PREFIX, "sandbox_enabled"))


def active():
    """The sandbox may take (fake) payments here: enabled, and this instance is not production."""
    return enabled() and not deployment.is_production()


def enable():
    """Turn the sandbox on (SandboxRefused on a production instance)."""
    if deployment.is_production():
        raise SandboxRefused(REFUSED_IN_PRODUCTION)
    settings.write(IPaymentSettings, PREFIX, "sandbox_enabled", True)


def disable():
    settings.write(IPaymentSettings, PREFIX, "sandbox_enabled", False)


def badge_for(provider_name=None):
    """The badge a payment page shows while payments through ``provider_name`` (by default the
    active provider) go to the sandbox, else None."""
    name = provider_name or settings.read(IPaymentSettings, PREFIX, "provider")
    return BADGE if name == SANDBOX and active() else None
