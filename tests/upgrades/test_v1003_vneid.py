"""1002 → 1003, VNeID sign-in: the PAS plugin, the member property, the configlet, the records."""

from danang.portal.dossier.verified_identity import PROPERTY as VERIFIED_PROPERTY
from danang.portal.vneid.plugin import get_plugin
from danang.portal.vneid.plugin import PLUGIN_ID
from plone import api
from plone.registry.interfaces import IRegistry
from tests.upgrades.test_v1003 import upgrade_from_1002
from zope.component import getUtility

RECORDS = ("enabled", "issuer", "client_id", "client_secret", "scopes", "local_registration")


def test_upgrade_adds_vneid_sign_in_off(portal):
    # As 1002 left a site: no plugin, no property, no configlet, no records; registration open.
    portal.acl_users._delObject(PLUGIN_ID)
    memberdata = api.portal.get_tool("portal_memberdata")
    memberdata.manage_delProperties([VERIFIED_PROPERTY])
    api.portal.get_tool("portal_controlpanel").unregisterConfiglet("danang-vneid")
    registry = getUtility(IRegistry)
    for name in RECORDS:
        del registry.records[f"danang.portal.vneid.{name}"]
    api.portal.set_registry_record("plone.enable_self_reg", True)

    upgrade_from_1002()

    plugin = get_plugin(portal)
    assert plugin is not None and plugin.getProperty("use_pkce") is True
    assert memberdata.hasProperty(VERIFIED_PROPERTY)
    configlets = [action.getId() for action in api.portal.get_tool("portal_controlpanel").listActions()]
    assert "danang-vneid" in configlets
    assert api.portal.get_registry_record("danang.portal.vneid.enabled") is False
    assert api.portal.get_registry_record("danang.portal.vneid.local_registration") is True
    assert api.portal.get_registry_record("plone.enable_self_reg") is True


def test_upgrade_keeps_linked_identities(portal):
    get_plugin(portal).link("subject-1", "vneid-subject-1")
    upgrade_from_1002()
    assert get_plugin(portal).user_for("subject-1") == "vneid-subject-1"
