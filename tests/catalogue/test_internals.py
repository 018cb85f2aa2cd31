"""The adapter over ZCatalog's private structures (catalogue/internals.py): each read gives what
the public API gives, and a structure that an upgrade removed fails loudly, naming itself."""

from danang.portal.catalogue import internals
from danang.portal.catalogue.search import TEXT_INDEX
from danang.portal.catalogue.search import TITLE_INDEX
from plone import api
from plone.app.testing import TEST_USER_ID
from tests.fixtures.search import SEARCH_INTEGRATION_TESTING

import pytest


class TestInternals:
    layer = SEARCH_INTEGRATION_TESTING

    @pytest.fixture(autouse=True)
    def _catalog(self, search_integration):
        self.portal = search_integration["portal"]
        self.catalog = api.portal.get_tool("portal_catalog")
        yield

    def _brain(self, code):
        (brain,) = self.catalog.unrestrictedSearchResults(portal_type="Service", code=code)
        return brain

    def test_every_structure_is_there(self):
        internals.check_catalog(
            self.catalog, text_indexes=(TEXT_INDEX, TITLE_INDEX), plain_indexes=("sector", "levels", "sortable_title")
        )

    def test_brains_and_indexes(self):
        brain = self._brain("1.009130")
        assert internals.brain_getter(self.catalog)(brain.getRID()).code == "1.009130"
        assert internals.get_index(self.catalog, "sector").getId() == "sector"

    def test_forward_and_reverse_index_agree_with_catalog_queries(self):
        index = internals.get_index(self.catalog, "sector")
        rids = {brain.getRID() for brain in self.catalog.unrestrictedSearchResults(sector="ho-tich")}
        entry = internals.forward_index(index)["ho-tich"]
        assert {entry} if isinstance(entry, int) else set(entry) == rids
        brain = self._brain("1.001193")
        assert internals.reverse_index(index)[brain.getRID()] == "ho-tich"

    def test_query_index_is_the_catalogs_filter(self):
        found = internals.query_index(self.catalog, "portal_type", "Service")
        assert set(found) == {b.getRID() for b in self.catalog.unrestrictedSearchResults(portal_type="Service")}

    def test_roles_and_users(self):
        user = api.user.get(userid=TEST_USER_ID).getUser()
        tokens = internals.roles_and_users(self.catalog, user)
        assert "Anonymous" in tokens and f"user:{TEST_USER_ID}" in tokens

    def test_text_index_data(self):
        data = internals.TextIndexData(internals.get_index(self.catalog, TEXT_INDEX))
        brain = self._brain("1.001193")
        wid = data.lexicon.get_wid("khai")
        assert brain.getRID() in data.postings(wid)
        assert data.has_word(wid) and not data.has_word(0)
        assert data.document_words(brain.getRID())
        assert data.length(brain.getRID()) > 0
        assert data.document_count() == len(self.catalog.unrestrictedSearchResults(portal_type="Service"))
        assert data.total_length() >= data.length(brain.getRID())
        assert "khai" in data.words()

    def test_a_missing_structure_fails_loudly(self, monkeypatch):
        index = internals.get_index(self.catalog, "sector")
        monkeypatch.delattr(type(index), "_apply_index", raising=False)

        class Upgraded:
            """An index of a future Zope without the trees the search reads."""

        with pytest.raises(internals.CatalogInternalsChanged, match=r"Upgraded\._index"):
            internals.forward_index(Upgraded())
        with pytest.raises(internals.CatalogInternalsChanged, match=r"_unindex"):
            internals.reverse_index(Upgraded())
        with pytest.raises(internals.CatalogInternalsChanged, match="danang.portal.catalogue.internals"):
            internals.brain_getter(Upgraded())
