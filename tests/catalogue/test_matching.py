"""Text matching on the shared lexicon (catalogue/matching.py): a word the lexicon knows but an
index does not hold matches nothing, and never raises.

The lexicon keeps every word it has seen; the title index and the full-text index share it. So a
word in a description only is known to the title index's lexicon without being in that index,
and a word removed from the last document holding it stays in the lexicon.
"""

from danang.portal.catalogue.criteria import criteria_from_form
from danang.portal.catalogue.search import search
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from Products.CMFCore.indexing import processQueue
from tests.fixtures.search import SEARCH_INTEGRATION_TESTING

import pytest

NEW_WORD = "xuonglongvu"


def _codes(form):
    return [brain.code for brain in search(criteria_from_form(form, default_size=100)).brains(0, 100)]


class TestLexiconWords:
    layer = SEARCH_INTEGRATION_TESTING

    @pytest.fixture(autouse=True)
    def _editor(self, search_integration):
        self.portal = search_integration["portal"]
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        login(self.portal, TEST_USER_NAME)
        self.service = api.content.find(portal_type="Service", code="1.009130")[0].getObject()
        yield
        logout()

    def _describe(self, text):
        self.service.description = text
        self.service.reindexObject()
        processQueue()

    def test_add_search_remove_search(self):
        original = self.service.description
        self._describe(f"{original} {NEW_WORD}")
        assert _codes({"q": NEW_WORD}) == ["1.009130"]
        self._describe(original)
        assert _codes({"q": NEW_WORD}) == []
        # With other words too, and as a prefix: still no error, still nothing found.
        assert _codes({"q": f"giấy phép {NEW_WORD}"}) == []
        assert _codes({"q": f"{NEW_WORD}*"}) == []
        assert _codes({"q": f'"{NEW_WORD} giấy"'}) == []

    def test_word_in_only_one_of_the_indexes_sharing_the_lexicon(self):
        catalog = api.portal.get_tool("portal_catalog")
        self._describe(f"{self.service.description} {NEW_WORD}")
        lexicon = catalog._catalog.getIndex("service_title_text").getLexicon()
        wid = lexicon.get_wid(NEW_WORD)
        assert wid  # known to the shared lexicon...
        title_index = catalog._catalog.getIndex("service_title_text").index
        assert wid not in title_index._wordinfo  # ...but not in the title index
        assert _codes({"q": NEW_WORD}) == ["1.009130"]
        assert _codes({"q": f"cấp {NEW_WORD}"}) == ["1.009130"]
