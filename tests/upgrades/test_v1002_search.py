"""1001 → 1002 for the service search: records, permission, Site Setup entry, text reindex."""

from danang.portal.catalogue.internals import get_index
from danang.portal.catalogue.settings import ISearchSettings
from danang.portal.catalogue.settings import PREFIX
from danang.portal.catalogue.text import fold
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility

PROFILE = "danang.portal:default"


def _upgrade():
    setup = api.portal.get_tool("portal_setup")
    setup.setLastVersionForProfile(PROFILE, "1001")
    with api.env.adopt_roles(["Manager"]):
        setup.upgradeProfile(PROFILE)
    assert setup.getLastVersionForProfile(PROFILE) == (setup.getVersionForProfile(PROFILE),)


def test_records_permission_and_control_panel_are_installed(portal):
    registry = getUtility(IRegistry)
    for name in ("synonyms", "stop_words"):
        del registry.records[f"{PREFIX}.{name}"]
    portal.manage_permission("danang.portal: Tune Service Search", roles=[], acquire=False)
    controlpanel = api.portal.get_tool("portal_controlpanel")
    controlpanel.unregisterConfiglet("danang-search-tuning")
    controlpanel.unregisterConfiglet("danang-failed-searches")
    _upgrade()
    settings = registry.forInterface(ISearchSettings, prefix=PREFIX)
    assert any(line.startswith("sổ đỏ") for line in settings.synonyms)
    assert "thủ tục" in settings.stop_words
    roles = {role["name"] for role in portal.rolesOfPermission("danang.portal: Tune Service Search") if role["selected"]}
    assert {"Editor", "Site Administrator", "Manager"} <= roles
    actions = [action.id for action in controlpanel.listActions()]
    assert {"danang-search-tuning", "danang-failed-searches"} <= set(actions)


def test_text_indexes_are_rebuilt_with_the_new_folding(portal):
    catalog = api.portal.get_tool("portal_catalog")
    index = get_index(catalog, "service_text")
    lexicon = index.getLexicon()
    # Simulate a site indexed before the i/y folding: clear the index, then upgrade.
    index.clear()
    assert not catalog.searchResults(portal_type="Service", service_text=fold("đăng ký"))
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=portal["thu-tuc"], type="Service", code="1.900301.MAU", title="Đăng ký thử (mẫu)",
            sector="ho-tich", levels=["city"], online_level=2, processing_time=1, audiences=["citizen"],
        )
    index.clear()
    _upgrade()
    assert lexicon.get_wid("ki")
    assert [brain.code for brain in catalog.searchResults(portal_type="Service", service_text="dang ki thu")] == [
        "1.900301.MAU"
    ]
