"""``install(portal)``: payment defaults of a new or upgraded site (idempotent).

The registry records come from profiles/default/registry/payment.xml; this gives the sandbox
gateway its own random hash secret, once, so the online payment flow works on a fresh site and
no two sites share a secret.
"""

from danang.portal.payment.settings import set_setting
from danang.portal.payment.settings import setting

import secrets


def install(portal=None):
    if not setting("sandbox_secret"):
        set_setting("sandbox_secret", secrets.token_hex(32))
