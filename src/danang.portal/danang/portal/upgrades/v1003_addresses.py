"""1003: the canonical public URL and the sandbox payment switch (docs/security.md).

The group's first step (v1003.reimport_registry) adds the records: ``danang.portal.site.public_url``
(empty) and ``danang.portal.payment.sandbox_enabled`` (off). This step adds the Site Setup page of
the public address and says in the upgrade log what the sandbox switch means for this site.

The upgrade never turns the sandbox on: an existing site cannot be told from a development one,
and the sandbox lets anyone mark fees paid. A site whose provider was the sandbox keeps it chosen,
but online payment is refused ("not configured", pay at the desk) until either the real gateway
is configured, or, on a development instance only, the sandbox is enabled (Site Setup >
"Thanh toán trực tuyến", or `make start`, which enables it on the development site it upgrades:
cli/site.py).
"""

from danang.portal import deployment
from danang.portal import settings
from danang.portal.payment.settings import IPaymentSettings
from danang.portal.payment.settings import PREFIX
from danang.portal.payment.settings import SANDBOX

import logging

logger = logging.getLogger("danang.portal.upgrades")

PROFILE = "profile-danang.portal:default"


def install_public_address(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "controlpanel", run_dependencies=False)
    if not settings.read(IPaymentSettings, PREFIX, "sandbox_enabled") and (
        settings.read(IPaymentSettings, PREFIX, "provider") == SANDBOX
    ):
        logger.warning(
            "The sandbox payment is now off unless enabled, and this site's provider is the sandbox: "
            "online payment is refused (applicants pay at the desk) until the real gateway is "
            "configured in Site Setup > 'Thanh toán trực tuyến'%s.",
            "" if deployment.is_production() else ", or the sandbox is enabled there (development only)",
        )
    logger.info(
        "Set the portal's public address in Site Setup > 'Địa chỉ công khai của cổng' "
        "(danang.portal.site.public_url): e-mails and payment addresses use it."
    )
