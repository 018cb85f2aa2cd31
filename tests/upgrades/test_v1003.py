"""1002 → 1003 on a site as version 1002 left it."""

from plone import api

PROFILE = "danang.portal:default"


def upgrade_from(version):
    """Mark the profile as ``version`` and run every step to the current version."""
    setup = api.portal.get_tool("portal_setup")
    setup.setLastVersionForProfile(PROFILE, version)
    assert setup.listUpgrades(PROFILE)
    with api.env.adopt_roles(["Manager"]):
        setup.upgradeProfile(PROFILE)
    assert setup.getLastVersionForProfile(PROFILE) == (setup.getVersionForProfile(PROFILE),)
    assert setup.listUpgrades(PROFILE) == []


def upgrade_from_1002():
    """The site as 1002 left it, upgraded (each 1003 step's test sets up what 1002 had first)."""
    upgrade_from("1002")


def test_upgrade_from_1002_ends_at_the_current_version(portal):
    upgrade_from_1002()


def test_registry_values_survive_the_upgrade(portal):
    api.portal.set_registry_record("danang.portal.receipts.link_lifetime", 900)
    upgrade_from_1002()
    assert api.portal.get_registry_record("danang.portal.receipts.link_lifetime") == 900
