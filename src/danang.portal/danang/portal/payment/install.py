"""``install(portal)``: payment defaults of a new or upgraded site (idempotent).

The registry records come from profiles/default/registry/payment.xml; this gives the sandbox
gateway its own random hash secret, once, so the online payment flow works on a fresh site and
no two sites share a secret.
"""

from danang.portal import settings
from danang.portal.payment.settings import IPaymentSettings
from danang.portal.payment.settings import PREFIX

import secrets


def install(portal=None):
    if not settings.read(IPaymentSettings, PREFIX, "sandbox_secret"):
        settings.write(IPaymentSettings, PREFIX, "sandbox_secret", secrets.token_hex(32))
