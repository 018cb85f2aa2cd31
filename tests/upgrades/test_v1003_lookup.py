"""1002 → 1003 (upgrades/v1003_lookup.py): the look-up throttle's records and the dossier
storage's "not found" challenge on a site as 1002 left it."""

from danang.portal.security.dossier_privacy import PLUGIN_ID
from plone import api
from plone.registry import field
from plone.registry import Record
from plone.registry.interfaces import IRegistry
from Products.PluggableAuthService.interfaces.plugins import IChallengePlugin
from tests.upgrades.test_v1003 import upgrade_from_1002
from zope.component import getUtility

NEW = ("free_failures", "first_wait", "max_wait", "address_free_failures", "forget_after")


def as_1002_left_it(portal):
    registry = getUtility(IRegistry)
    for name in NEW:
        del registry.records[f"danang.portal.lookup.{name}"]
    registry.records["danang.portal.lookup.max_failures"] = Record(field.Int(title="max"), 10)
    registry.records["danang.portal.lookup.window"] = Record(field.Int(title="window"), 900)
    portal.acl_users._delObject(PLUGIN_ID)


def test_the_upgrade_brings_the_new_records_and_the_challenge(portal):
    as_1002_left_it(portal)
    api.portal.set_registry_record("danang.portal.lookup.trusted_proxies", 1)
    upgrade_from_1002()
    registry = getUtility(IRegistry)
    assert api.portal.get_registry_record("danang.portal.lookup.free_failures") == 5
    assert api.portal.get_registry_record("danang.portal.lookup.max_wait") == 300
    assert api.portal.get_registry_record("danang.portal.lookup.trusted_proxies") == 1
    assert "danang.portal.lookup.max_failures" not in registry.records
    assert "danang.portal.lookup.window" not in registry.records
    challengers = portal.acl_users.plugins.listPluginIds(IChallengePlugin)
    assert challengers[0] == PLUGIN_ID
    # Twice is harmless.
    upgrade_from_1002()
    assert portal.acl_users.plugins.listPluginIds(IChallengePlugin).count(PLUGIN_ID) == 1
