"""1002 → 1003: the REST API's registry records on a site as 1002 left it (none of them)."""

from plone import api
from plone.registry.interfaces import IRegistry
from tests.upgrades.test_v1003 import upgrade_from_1002
from zope.component import getUtility

CORS = "danang.portal.api.cors_allowed_origins"


def test_the_cors_setting_arrives_empty(portal):
    registry = getUtility(IRegistry)
    del registry.records[CORS]
    upgrade_from_1002()
    assert api.portal.get_registry_record(CORS) == []


def test_listed_origins_survive_the_upgrade(portal):
    api.portal.set_registry_record(CORS, ["https://app.danang.gov.vn"])
    upgrade_from_1002()
    assert api.portal.get_registry_record(CORS) == ["https://app.danang.gov.vn"]


FIELDS = ("sector", "agency", "levels", "online_level", "code", "service_text")


def test_the_catalogue_indexes_arrive_in_querystring(portal):
    registry = getUtility(IRegistry)
    for name in FIELDS:
        for key in [key for key in registry.records.keys() if key.startswith(f"plone.app.querystring.field.{name}.")]:
            del registry.records[key]
    upgrade_from_1002()
    for name in FIELDS:
        assert registry[f"plone.app.querystring.field.{name}.enabled"] is True
    assert registry["plone.app.querystring.field.sector.vocabulary"] == "danang.portal.Sectors"


def test_the_partners_group_is_created(portal):
    # A new site has it (agents/install.py); a site of 1002 did not.
    assert api.group.get(groupname="dossier-agents") is not None
    api.group.delete(groupname="dossier-agents")
    upgrade_from_1002()
    group = api.group.get(groupname="dossier-agents")
    assert group is not None
    assert group.getProperty("title") == "Ứng dụng đối tác nộp hồ sơ thay"
