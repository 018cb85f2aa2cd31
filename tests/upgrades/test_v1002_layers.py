"""1001 → 1002 on a site as version 1001 left it: the upload rules' records follow their interface."""

from danang.portal.uploads.settings import IUploadSettings
from danang.portal.uploads.settings import PREFIX
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility

PROFILE = "danang.portal:default"


def upgrade_from_1001():
    setup = api.portal.get_tool("portal_setup")
    setup.setLastVersionForProfile(PROFILE, "1001")
    with api.env.adopt_roles(["Manager"]):
        setup.upgradeProfile(PROFILE)
    assert setup.getLastVersionForProfile(PROFILE) == (setup.getVersionForProfile(PROFILE),)


def test_upload_rules_keep_their_records_and_name_the_new_interface(portal):
    registry = getUtility(IRegistry)
    records = [f"{PREFIX}.{name}" for name in IUploadSettings.names()]
    # As version 1001 left them: the records name the interface's old module.
    for record in records:
        registry.records[record].field.interfaceName = "danang.portal.forms.settings.IUploadSettings"
    api.portal.set_registry_record(f"{PREFIX}.default_max_size", 25)
    api.portal.set_registry_record(f"{PREFIX}.default_types", ["pdf"])
    upgrade_from_1001()
    for record in records:
        assert registry.records[record].interfaceName == IUploadSettings.__identifier__
    settings = registry.forInterface(IUploadSettings, prefix=PREFIX)
    assert settings.default_max_size == 25
    assert settings.default_types == ["pdf"]


def test_the_upload_rules_read_the_kept_values_after_the_upgrade(portal):
    from danang.portal.uploads.settings import upload_rules

    api.portal.set_registry_record(f"{PREFIX}.default_types", ["pdf", "png"])
    api.portal.set_registry_record(f"{PREFIX}.default_max_size", 3)
    upgrade_from_1001()
    assert upload_rules("ho-tich") == (("pdf", "png"), 3 * 1024 * 1024)
    assert upload_rules("hoat-dong-xay-dung") == (("pdf", "dwg", "dxf", "jpeg", "png"), 50 * 1024 * 1024)
