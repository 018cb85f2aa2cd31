"""The danang.portal profile: what installing it sets up, and what uninstalling it removes."""

from danang.portal.interfaces import IDanangPortalLayer
from plone import api
from plone.app.viewletmanager.interfaces import IViewletSettingsStorage
from plone.browserlayer.utils import registered_layers
from plone.portlets.interfaces import IPortletAssignmentMapping
from plone.portlets.interfaces import IPortletManager
from zope.component import getMultiAdapter
from zope.component import getUtility

import pytest

PACKAGE = "danang.portal"
TYPES = ("Service", "Agency", "Sector", "CatalogueFolder")
INDEXES = {
    "code": "FieldIndex",
    "sector": "FieldIndex",
    "agency": "KeywordIndex",
    "levels": "KeywordIndex",
    "units": "KeywordIndex",
    "online_level": "FieldIndex",
    "online_mode": "FieldIndex",
    "audiences": "KeywordIndex",
    "fee_kind": "FieldIndex",
    "processing_days": "FieldIndex",
    "in_force": "BooleanIndex",
    "agency_kind": "FieldIndex",
    "area_code": "FieldIndex",
}
COLUMNS = ("code", "sector", "agency", "online_level", "total_fee", "processing_time", "sample")
SITE_TITLE = "Cổng dịch vụ công trực tuyến thành phố Đà Nẵng"


def _left_column(portal):
    manager = getUtility(IPortletManager, name="plone.leftcolumn", context=portal)
    return getMultiAdapter((portal, manager), IPortletAssignmentMapping)


class TestInstall:
    def test_product_installed(self, installer):
        assert installer.is_product_installed(PACKAGE)

    def test_profile_version(self, profile_last_version):
        assert profile_last_version(f"{PACKAGE}:default") == "1003"

    @pytest.mark.parametrize("portal_type", TYPES)
    def test_type_installed(self, portal, portal_type):
        assert portal_type in api.portal.get_tool("portal_types").objectIds()

    @pytest.mark.parametrize(
        "portal_type,title",
        [
            ("Service", "Thủ tục hành chính"),
            ("Agency", "Cơ quan"),
            ("Sector", "Lĩnh vực"),
        ],
    )
    def test_type_titles(self, portal, portal_type, title):
        assert api.portal.get_tool("portal_types")[portal_type].title == title

    def test_types_only_in_their_folders(self, portal):
        types = api.portal.get_tool("portal_types")
        for portal_type in ("Service", "Agency", "Sector"):
            assert not types[portal_type].global_allow

    @pytest.mark.parametrize("name,meta_type", sorted(INDEXES.items()))
    def test_index(self, portal, name, meta_type):
        catalog = api.portal.get_tool("portal_catalog")
        assert catalog.Indexes[name].meta_type == meta_type

    @pytest.mark.parametrize("column", COLUMNS)
    def test_metadata_column(self, portal, column):
        assert column in api.portal.get_tool("portal_catalog").schema()

    @pytest.mark.parametrize("portal_type", TYPES)
    def test_workflow(self, portal, portal_type):
        chain = api.portal.get_tool("portal_workflow").getChainForPortalType(portal_type)
        assert chain == ("simple_publication_workflow",)

    def test_browser_layer(self, portal):
        assert IDanangPortalLayer in registered_layers()

    @pytest.mark.parametrize(
        "record,value",
        [
            ("plone.default_language", "vi"),
            ("plone.portal_timezone", "Asia/Ho_Chi_Minh"),
            ("plone.site_title", SITE_TITLE),
            ("plone.use_cookie_negotiation", True),
        ],
    )
    def test_registry(self, portal, record, value):
        assert api.portal.get_registry_record(record) == value

    def test_languages(self, portal):
        assert api.portal.get_registry_record("plone.available_languages") == ["vi", "en"]

    def test_theme_is_barceloneta_on_every_host(self, portal):
        prefix = "plone.app.theming.interfaces.IThemeSettings"
        assert api.portal.get_registry_record(f"{prefix}.enabled") is True
        assert api.portal.get_registry_record(f"{prefix}.currentTheme") == "barceloneta"
        # Plone's default leaves 127.0.0.1 unthemed; the portal is served there.
        assert not api.portal.get_registry_record(f"{prefix}.hostnameBlacklist")

    def test_css_bundle(self, portal):
        bundle = "plone.bundles/danang-portal"
        assert api.portal.get_registry_record(f"{bundle}.enabled") is True
        assert api.portal.get_registry_record(f"{bundle}.csscompilation").endswith("portal.css")
        assert api.portal.get_registry_record(f"{bundle}.jscompilation").endswith("a11y.js")

    def test_skip_link_first_in_the_header(self, portal):
        storage = getUtility(IViewletSettingsStorage)
        skin = api.portal.get_tool("portal_skins").getDefaultSkin()
        assert storage.getOrder("plone.portalheader", skin)[0] == "danang.portal.skip_link"

    def test_catalogue_folders_in_navigation(self, portal):
        assert "CatalogueFolder" in api.portal.get_registry_record("plone.displayed_types")

    def test_navigation_portlet_removed(self, portal):
        assert "navigation" not in _left_column(portal)

    def test_home_page(self, portal):
        assert portal.getLayout() == "danang-home"

    @pytest.mark.parametrize(
        "folder_id,portal_type",
        [("thu-tuc", "Service"), ("co-quan", "Agency"), ("linh-vuc", "Sector")],
    )
    def test_catalogue_folder(self, portal, folder_id, portal_type):
        folder = portal[folder_id]
        assert folder.portal_type == "CatalogueFolder"
        assert folder.locally_allowed_types == [portal_type]
        assert api.content.get_state(folder) == "published"

    def test_catalogue_folder_view(self, portal):
        fti = api.portal.get_tool("portal_types")["CatalogueFolder"]
        assert fti.default_view == "catalogue-view"
        assert portal["co-quan"].getLayout() == "catalogue-view"


class TestUninstall:
    @pytest.fixture(autouse=True)
    def uninstalled(self, installer):
        installer.uninstall_product(PACKAGE)

    def test_product_uninstalled(self, installer):
        assert not installer.is_product_installed(PACKAGE)

    @pytest.mark.parametrize("portal_type", TYPES)
    def test_type_removed(self, portal, portal_type):
        assert portal_type not in api.portal.get_tool("portal_types").objectIds()

    @pytest.mark.parametrize("name", sorted(INDEXES))
    def test_index_removed(self, portal, name):
        assert name not in api.portal.get_tool("portal_catalog").indexes()

    @pytest.mark.parametrize("column", COLUMNS)
    def test_column_removed(self, portal, column):
        assert column not in api.portal.get_tool("portal_catalog").schema()

    def test_browser_layer_removed(self, portal):
        assert IDanangPortalLayer not in registered_layers()

    def test_css_bundle_removed(self, portal):
        assert api.portal.get_registry_record("plone.bundles/danang-portal.enabled", default=None) is None

    def test_skip_link_order_removed(self, portal):
        storage = getUtility(IViewletSettingsStorage)
        skin = api.portal.get_tool("portal_skins").getDefaultSkin()
        assert "danang.portal.skip_link" not in storage.getOrder("plone.portalheader", skin)

    def test_home_page_reset(self, portal):
        assert portal.getLayout() != "danang-home"
