"""1002 → 1003 (upgrades/v1003_national.py): the national exchange's records, secrets and index on
a site as 1002 left it."""

from danang.portal.national.settings import INationalSettings
from plone import api
from plone.registry.interfaces import IRegistry
from tests.upgrades.test_v1003 import upgrade_from_1002
from zope.component import getUtility
from zope.schema import getFieldNames


def as_1002_left_it(portal):
    registry = getUtility(IRegistry)
    for name in getFieldNames(INationalSettings):
        del registry.records[f"danang.portal.national.{name}"]
    api.portal.get_tool("portal_catalog").delIndex("national_code")
    api.portal.get_tool("portal_controlpanel").unregisterConfiglet("danang-national")


def test_the_upgrade_brings_the_records_secrets_and_index(portal):
    as_1002_left_it(portal)
    upgrade_from_1002()
    assert "national_code" in api.portal.get_tool("portal_catalog").indexes()
    configlets = [action.getId() for action in api.portal.get_tool("portal_controlpanel").listActions()]
    assert "danang-national" in configlets
    secret = api.portal.get_registry_record("danang.portal.national.outbound_secret")
    assert len(secret) == 64
    assert api.portal.get_registry_record("danang.portal.national.max_attempts") == 30
    # Twice is harmless: the secrets stay.
    upgrade_from_1002()
    assert api.portal.get_registry_record("danang.portal.national.outbound_secret") == secret
