"""1001 → 1002, the layering: the applicant link's lifetime moved to the dossier's settings."""

from danang.portal.dossier.settings import IApplicantLinkSettings
from danang.portal.lookup.settings import ILookupSettings
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility

PROFILE = "danang.portal:default"
RECORD = "danang.portal.lookup.applicant_link_lifetime"


def test_the_applicant_link_lifetime_keeps_its_record_and_value(portal):
    registry = getUtility(IRegistry)
    # As 1001 left it: the record belongs to the look-up's interface and holds a chosen value.
    registry.records[RECORD].field.interfaceName = ILookupSettings.__identifier__
    api.portal.set_registry_record(RECORD, 7200)
    setup = api.portal.get_tool("portal_setup")
    setup.setLastVersionForProfile(PROFILE, "1001")
    with api.env.adopt_roles(["Manager"]):
        setup.upgradeProfile(PROFILE)
    assert setup.listUpgrades(PROFILE) == []
    assert registry.records[RECORD].field.interfaceName == IApplicantLinkSettings.__identifier__
    settings = registry.forInterface(IApplicantLinkSettings, prefix="danang.portal.lookup")
    assert settings.applicant_link_lifetime == 7200
    # The look-up's own records are still there.
    assert registry.forInterface(ILookupSettings, prefix="danang.portal.lookup").free_failures == 5
