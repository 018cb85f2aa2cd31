"""1000 → 1001 on a site as version 1000 left it: new indexes filled, areas set up."""

from danang.portal.upgrades import v1001
from plone import api

PROFILE = "danang.portal:default"


def current_version():
    """The version of the profile in the code (metadata.xml): where every upgrade ends."""
    return api.portal.get_tool("portal_setup").getVersionForProfile(PROFILE)


def as_version_1000(portal):
    """Remove what 1001 adds to the catalog, and mark the profile as 1000."""
    catalog = api.portal.get_tool("portal_catalog")
    for name in v1001.DOSSIER_INDEXES:
        if name in catalog.indexes():
            catalog.delIndex(name)
    if "finished" in catalog.schema():
        catalog.delColumn("finished")
    api.portal.get_tool("portal_setup").setLastVersionForProfile(PROFILE, "1000")


def test_the_profile_is_current_after_install(portal):
    setup = api.portal.get_tool("portal_setup")
    assert setup.getLastVersionForProfile(PROFILE) == (current_version(),)
    assert setup.listUpgrades(PROFILE) == []


def test_upgrade_from_1000(portal, make_dossier):
    dossier = make_dossier()
    as_version_1000(portal)
    setup = api.portal.get_tool("portal_setup")
    assert setup.listUpgrades(PROFILE)
    with api.env.adopt_roles(["Manager"]):
        setup.upgradeProfile(PROFILE)
    assert setup.getLastVersionForProfile(PROFILE) == (current_version(),)
    catalog = api.portal.get_tool("portal_catalog")
    for name in v1001.DOSSIER_INDEXES:
        assert name in catalog.indexes()
    assert "finished" in catalog.schema()
    # The existing dossier is found by its unit again (the worklist's new index) and its
    # finished column exists (empty until it is finished).
    [brain] = catalog.unrestrictedSearchResults(handling_units="SXD", dossier_code=dossier.dossier_code)
    assert brain._unrestrictedGetObject() == dossier


def test_make_start_upgrades_an_older_site(functional):
    """``danang-site ensure`` (make start) runs the pending upgrade steps of an existing site."""
    from danang.portal.cli.site import upgrade_site

    portal = functional["portal"]
    setup = api.portal.get_tool("portal_setup")
    assert upgrade_site(portal) is None  # up to date: nothing to do
    as_version_1000(portal)
    with api.env.adopt_roles(["Manager"]):
        assert upgrade_site(portal) == ("1000", current_version())
    assert setup.getLastVersionForProfile(PROFILE) == (current_version(),)
    assert "handling_units" in api.portal.get_tool("portal_catalog").indexes()
