"""1001 → 1002 on a site as version 1001 left it."""

from danang.portal.acknowledgement.settings import IReceiptSettings
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility

PROFILE = "danang.portal:default"


def upgrade_from_1001():
    setup = api.portal.get_tool("portal_setup")
    setup.setLastVersionForProfile(PROFILE, "1001")
    assert setup.listUpgrades(PROFILE)
    with api.env.adopt_roles(["Manager"]):
        setup.upgradeProfile(PROFILE)
    assert setup.getLastVersionForProfile(PROFILE) == (setup.getVersionForProfile(PROFILE),)
    assert setup.listUpgrades(PROFILE) == []


def test_acknowledgement_settings_keep_their_records(portal):
    api.portal.set_registry_record("danang.portal.receipts.link_lifetime", 600)
    upgrade_from_1001()
    settings = getUtility(IRegistry).forInterface(IReceiptSettings, prefix="danang.portal.receipts")
    assert settings.link_lifetime == 600
