"""1001 → 1002, the submission service: the submission settings' records follow their interface
to agents/settings.py and keep their values."""

from danang.portal.agents.settings import ISubmissionSettings
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility

PROFILE = "danang.portal:default"
RECORD = "danang.portal.submission.agent_groups"
OLD_INTERFACE = "danang.portal.services.dossiers.settings.ISubmissionSettings"


def upgrade_from_1001():
    setup = api.portal.get_tool("portal_setup")
    setup.setLastVersionForProfile(PROFILE, "1001")
    with api.env.adopt_roles(["Manager"]):
        setup.upgradeProfile(PROFILE)
    assert setup.getLastVersionForProfile(PROFILE) == (setup.getVersionForProfile(PROFILE),)


def test_submission_settings_follow_their_interface(portal):
    registry = getUtility(IRegistry)
    # As version 1001 left it: the record names the interface's old module.
    registry.records[RECORD].field.interfaceName = OLD_INTERFACE
    assert registry.records[RECORD].interfaceName == OLD_INTERFACE
    api.portal.set_registry_record(RECORD, ["partner-apps"])
    upgrade_from_1001()
    assert registry.records[RECORD].interfaceName == ISubmissionSettings.__identifier__
    settings = registry.forInterface(ISubmissionSettings, prefix="danang.portal.submission")
    assert settings.agent_groups == ["partner-apps"]
