"""1001 → 1002 on a site as version 1001 left it."""

from danang.portal.acknowledgement.settings import IReceiptSettings
from danang.portal.agents.settings import ISubmissionSettings
from plone import api
from plone.registry.interfaces import IRegistry
from tests.upgrades.test_v1003 import upgrade_from
from zope.component import getUtility

PROFILE = "danang.portal:default"


def upgrade_from_1001():
    upgrade_from("1001")


def test_acknowledgement_settings_keep_their_records(portal):
    api.portal.set_registry_record("danang.portal.receipts.link_lifetime", 600)
    upgrade_from_1001()
    settings = getUtility(IRegistry).forInterface(IReceiptSettings, prefix="danang.portal.receipts")
    assert settings.link_lifetime == 600


def test_submission_settings_follow_their_interface(portal):
    record = "danang.portal.submission.agent_groups"
    registry = getUtility(IRegistry)
    # As version 1001 left it: the record names the interface's old module.
    registry.records[record].field.interfaceName = "danang.portal.services.dossiers.settings.ISubmissionSettings"
    api.portal.set_registry_record(record, ["partner-apps"])
    upgrade_from_1001()
    assert registry.records[record].interfaceName == ISubmissionSettings.__identifier__
    settings = registry.forInterface(ISubmissionSettings, prefix="danang.portal.submission")
    assert settings.agent_groups == ["partner-apps"]
