"""1002 → 1003: plone.app.caching and the catalogue pages' cache rules on an upgraded site."""

from plone import api
from tests.upgrades.test_v1003 import upgrade_from_1002

RULE = "plone.app.caching.moderateCaching.danang.portal.catalogue.smaxage"
MAPPING = "plone.caching.interfaces.ICacheSettings.operationMapping"


def as_1002_left_it(portal):
    records = api.portal.get_tool("portal_registry").records
    # The records of one rule set refer to the operation's records: longer names go first.
    names = [name for name in records.keys()
             if name.startswith(("plone.app.caching.", "plone.caching.", "plone.cachepurging."))]
    for name in sorted(names, key=lambda name: (-name.count("."), name)):
        del records[name]
    assert "plone.caching.interfaces.ICacheSettings.enabled" not in records
    setup = api.portal.get_tool("portal_setup")
    setup.setLastVersionForProfile("plone.app.caching:default", "unknown")


def test_the_upgrade_installs_plone_app_caching_and_the_rules(portal):
    as_1002_left_it(portal)
    upgrade_from_1002()
    assert api.portal.get_registry_record("plone.caching.interfaces.ICacheSettings.enabled") is True
    mapping = api.portal.get_registry_record(MAPPING)
    assert mapping["danang.portal.catalogue"] == "plone.app.caching.moderateCaching"
    assert api.portal.get_registry_record(RULE) == 86400
    purged = api.portal.get_registry_record("plone.app.caching.interfaces.IPloneCacheSettings.purgedContentTypes")
    assert {"Service", "Agency", "Sector", "File"} <= set(purged)
    # No proxy is named until make cluster does: nothing is purged on a single instance.
    assert not api.portal.get_registry_record("plone.cachepurging.interfaces.ICachePurgingSettings.cachingProxies")


def test_a_new_site_has_the_rules(portal):
    assert api.portal.get_registry_record(MAPPING)["danang.portal.figures"] == "plone.app.caching.moderateCaching"
