"""1002 → 1003, digital signatures: the index, the configlet and the settings on an old site."""

from plone import api
from plone.registry.interfaces import IRegistry
from tests.upgrades.test_v1003 import upgrade_from_1002
from zope.component import getUtility

RECORDS = ("tsa_url", "warn_days", "test_certificates")


def test_upgrade_adds_signing(portal):
    # As 1002 left a site: no index, no configlet, no records.
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delIndex("signed_documents")
    api.portal.get_tool("portal_controlpanel").unregisterConfiglet("danang-signing")
    registry = getUtility(IRegistry)
    for name in RECORDS:
        del registry.records[f"danang.portal.signing.{name}"]

    upgrade_from_1002()

    assert catalog._catalog.indexes["signed_documents"].meta_type == "KeywordIndex"
    assert list(catalog._catalog.indexes["signed_documents"].getIndexSourceNames()) == ["signed_documents"]
    configlets = [action.getId() for action in api.portal.get_tool("portal_controlpanel").listActions()]
    assert "danang-signing" in configlets
    assert api.portal.get_registry_record("danang.portal.signing.warn_days") == 30
    assert api.portal.get_registry_record("danang.portal.signing.test_certificates") is False
    assert api.portal.get_registry_record("danang.portal.signing.tsa_url") is None
