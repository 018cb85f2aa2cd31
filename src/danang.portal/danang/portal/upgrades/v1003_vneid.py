"""1002 → 1003, VNeID sign-in (vneid/, docs/vneid.md).

The registry records (``danang.portal.vneid.*``) arrive with the group's first step, which
re-imports the registry: sign-in is off and local registration stays open, so nothing changes
for citizens until an administrator configures the client in Site Setup > "Đăng nhập VNeID".
Here: the PAS plugin ``acl_users/vneid``, the member property of verified details, and the
configlet.
"""

from danang.portal.vneid.install import install

import logging

logger = logging.getLogger("danang.portal.upgrades")

PROFILE = "profile-danang.portal:default"


def install_vneid(setup_tool):
    install()
    setup_tool.runImportStepFromProfile(PROFILE, "controlpanel", run_dependencies=False)
    logger.info(
        "VNeID sign-in installed, off: enter the provider's address, client id and secret in "
        "Site Setup > 'Đăng nhập VNeID' (docs/vneid.md)."
    )
