"""What the profile sets up for the service search, and what uninstalling takes away."""

from danang.portal.catalogue.interfaces import IServiceCatalogue
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID


def test_text_indexes_fold_vietnamese(portal):
    catalog = api.portal.get_tool("portal_catalog")
    lexicon = catalog["danang_lexicon"]
    assert [type(element).__name__ for element in lexicon._pipeline] == ["VietnameseSplitter", "VietnameseNormalizer"]
    for name in ("service_title_text", "service_text"):
        index = catalog._catalog.getIndex(name)
        assert index.meta_type == "ZCTextIndex" and index.lexicon_id == "danang_lexicon"


def test_the_services_folder_shows_the_search(portal):
    folder = portal["thu-tuc"]
    assert IServiceCatalogue.providedBy(folder)
    assert folder.getLayout() == "service-search"
    # The other catalogue folders keep their listing.
    assert not IServiceCatalogue.providedBy(portal["co-quan"])


def test_uninstall_removes_indexes_and_the_search_layout(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    api.portal.get_tool("portal_setup").runAllImportStepsFromProfile("profile-danang.portal:uninstall")
    catalog = api.portal.get_tool("portal_catalog")
    assert "service_text" not in catalog.indexes() and "service_title_text" not in catalog.indexes()
    assert "danang_lexicon" not in catalog.objectIds()
    folder = portal["thu-tuc"]
    assert not IServiceCatalogue.providedBy(folder)
    assert folder.getLayout() != "service-search"
