"""The one place that reads ZCatalog's, the plain indexes' and ZCTextIndex's private structures.

The service search is fast because it works on the indexes' own BTrees (C-level set operations,
no brain or object per document) instead of one catalog query per facet value. Those BTrees are
private API: a Plone or Zope upgrade may rename them. Every such read is here, behind small
functions, and ``check_catalog`` looks for all of them at once, so that an upgrade fails in one
place with a message that names what changed (``CatalogInternalsChanged``), never as a
``KeyError`` deep in a search.
"""

from Products.PluginIndexes.interfaces import IQueryIndex
from Products.ZCatalog.query import IndexQuery


class CatalogInternalsChanged(RuntimeError):
    """A private structure that the service search reads is missing (Plone or Zope upgraded)."""


def _attribute(obj, name, what):
    try:
        return getattr(obj, name)
    except AttributeError:
        raise CatalogInternalsChanged(
            f"The service search reads {what} ({type(obj).__name__}.{name}), which this Zope/Plone "
            "version no longer has: adapt danang.portal.catalogue.internals."
        ) from None


# The catalog ---------------------------------------------------------------------------------


def get_index(catalog, name):
    """The index object itself (not the wrapper that catalog.Indexes gives)."""
    return _attribute(catalog, "_catalog", "the catalog's record store").getIndex(name)


def brain_getter(catalog):
    """A function from a catalog record id to its brain (what LazyMap needs)."""
    return _attribute(catalog, "_catalog", "the catalog's record store").__getitem__


def roles_and_users(catalog, user):
    """The allowedRolesAndUsers tokens that plain catalog searches filter on for this user."""
    return _attribute(catalog, "_listAllowedRolesAndUsers", "the user's security tokens")(user)


def change_counter(catalog):
    """The persistent counter that every (un)indexing bumps, or None (a catalog without one)."""
    return getattr(catalog, "_counter", None)


def query_index(catalog, name, query, resultset=None):
    """One index's result for ``{name: query}``: what ZCatalog's own search does, index by index."""
    index = get_index(catalog, name)
    request = {name: query}
    if IQueryIndex.providedBy(index):
        record = IndexQuery(request, index.id, index.query_options, index.operators, index.useOperator)
        if record.keys is None:
            return None
        return index.query_index(record, resultset)
    result = _attribute(index, "_apply_index", "an index's query method")(request)
    return result[0] if result else None


# Field and keyword indexes --------------------------------------------------------------------


def forward_index(index):
    """value -> document ids (a BTree; a lone document may be a bare int)."""
    return _attribute(index, "_index", "a field or keyword index's value -> documents tree")


def reverse_index(index):
    """document id -> value (a keyword index: a sequence of values)."""
    return _attribute(index, "_unindex", "a field or keyword index's document -> value tree")


# ZCTextIndex ----------------------------------------------------------------------------------


class TextIndexData:
    """The Okapi BM25 data of one ZCTextIndex: postings, word sequences, document lengths."""

    def __init__(self, zctextindex):
        self.okapi = _attribute(zctextindex, "index", "a text index's Okapi index")
        self.lexicon = zctextindex.getLexicon()
        self._wordinfo = _attribute(self.okapi, "_wordinfo", "a text index's word -> documents map")
        self._docwords = _attribute(self.okapi, "_docwords", "a text index's document word sequences")
        self._docweight = _attribute(self.okapi, "_docweight", "a text index's document lengths")

    def postings(self, wid):
        """{docid: frequency} of a word id (a dict or an IIBTree), or None when no document has it."""
        return self._wordinfo.get(wid)

    def has_word(self, wid):
        return bool(self._wordinfo.get(wid))

    def document_words(self, docid):
        """The WidCode-encoded word sequence of a document, or None."""
        return self._docwords.get(docid)

    def length(self, docid):
        return self._docweight[docid]

    def document_count(self):
        return self.okapi.document_count()

    def total_length(self):
        total = _attribute(self.okapi, "_totaldoclen", "a text index's total document length")
        return total() if callable(total) else total

    @property
    def k1(self):
        return self.okapi.K1

    @property
    def b(self):
        return self.okapi.B

    def words(self):
        """Every word the lexicon knows (some may be in no document of this index)."""
        return self.lexicon.words()


def check_catalog(catalog, text_indexes=(), plain_indexes=()):
    """Read every private structure once; raise CatalogInternalsChanged naming the first missing."""
    brain_getter(catalog)
    _attribute(catalog, "_listAllowedRolesAndUsers", "the user's security tokens")
    for name in plain_indexes:
        index = get_index(catalog, name)
        forward_index(index)
        reverse_index(index)
    for name in text_indexes:
        data = TextIndexData(get_index(catalog, name))
        data.total_length()
