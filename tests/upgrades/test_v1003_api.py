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
