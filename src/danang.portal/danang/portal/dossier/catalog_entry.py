"""What the portal catalog stores of a dossier: only the indexes and columns that its queries use.

The portal catalog carries some 60 indexes and 58 metadata columns, most of them for services,
agencies and Plone's pages. Applied to a dossier, each writes its BTree buckets in the
submission's transaction (about 240 KB per dossier), and the text indexes (SearchableText, Title,
Description) rewrite one shared entry per word, which makes simultaneous submissions conflict.
A dossier is therefore applied only to ``INDEXES`` (the Dossier class indexes itself with
``index_object`` and ``reindex_object``), and its wrapper (plone.indexer's, for dossiers) answers only the attributes of
``INDEXES`` and ``COLUMNS``: other columns store Missing.Value, and an index applied to it anyway
(a full catalog rebuild) keeps nothing for it, but for the few whose attribute is also a kept
column (Title, Description). Queries on dossiers go to these indexes (docs/numbering.md, "What a
dossier writes"): the worklist, look-up, my dossiers, agent dossiers, statistics, ratings.
Dossiers are found by code through ``dossier_code``, not through full-text search.
"""

from Acquisition import aq_base
from plone.indexer.wrapper import IndexableObjectWrapper

# Plone's own: security, paths, folder listings, publication filtering, workflow state. Not
# ``id`` and ``getId``: no query looks a dossier up by its id (they go by code, path or UID), and
# the two write some 5 KB per submission (docs/throughput.md); the columns keep the id.
PLONE_INDEXES = frozenset(
    {
        "allowedRolesAndUsers",
        "path",
        "portal_type",
        "review_state",
        "UID",
        "created",
        "modified",
        "Creator",
        "sortable_title",
        "is_folderish",
        "getObjPositionInParent",
        "effectiveRange",
    }
)
DOSSIER_INDEXES = frozenset(
    {
        "dossier_code",
        "dossier_status",
        "receiving_unit",
        "handling_units",
        "receiving_area",
        "service_code",
        "sector",
        "channel",
        "received",
        "due",
        "applicant_id_number",
        "applicant_phone",
        "dossier_agent",
        "agent_user",
        "satisfaction",
        "awaiting_approval",
        "signed_documents",
        # The national portal's code of a dossier submitted there (national/intake.py).
        "national_code",
    }
)
INDEXES = PLONE_INDEXES | DOSSIER_INDEXES

# What brains of dossiers are read for (listings, worklist rows, folder contents). Each record
# is stored in a bucket with some 60 others, all rewritten when one dossier is added: no column
# that only repeats another (CreationDate is created as text) or that no dossier page reads.
# object_provides is left out of INDEXES for the same reason: some 40 interface names per
# dossier, and no dossier query asks for them (they ask for portal_type).
COLUMNS = frozenset(
    {
        "Title",
        "Description",
        "id",
        "getId",
        "UID",
        "portal_type",
        "review_state",
        "created",
        "modified",
        "Creator",
        "is_folderish",
        "dossier_code",
        "dossier_status",
        "receiving_unit",
        "service_code",
        "sector",
        "channel",
        "received",
        "due",
        "finished",
        "satisfaction",
    }
)


def kept_attributes(catalog):
    """The attribute names a dossier answers: the source names of ``INDEXES`` (the path index
    reads ``getPhysicalPath``) and the ``COLUMNS``."""
    names = set(COLUMNS)
    for index_id in INDEXES:
        index = catalog._catalog.indexes.get(index_id)
        if index is not None:
            names.update(index.getIndexSourceNames())
        names.add(index_id)
    return frozenset(names)


def kept_indexes(catalog):
    """The catalog's indexes among ``INDEXES`` (a name the catalog lacks would be an error)."""
    return [index_id for index_id in catalog.indexes() if index_id in INDEXES]


def index_object(obj):
    """CMFCatalogAware.indexObject into ``INDEXES`` only."""
    catalog = obj._getCatalogTool()
    if catalog is not None:
        # A reindex of an object not yet catalogued inserts it, into these indexes only.
        catalog.reindexObject(obj, idxs=kept_indexes(catalog))


def reindex_object(obj, idxs, update_metadata, uid):
    """CMFCatalogAware.reindexObject into ``INDEXES`` only."""
    catalog = obj._getCatalogTool()
    if catalog is None:
        return
    if not idxs:
        # What CMFCatalogAware does for a full reindex: the content changed.
        if hasattr(aq_base(obj), "notifyModified"):
            obj.notifyModified()
        idxs = kept_indexes(catalog)
    else:
        idxs = [index_id for index_id in idxs if index_id in INDEXES]
        if not idxs:
            if not update_metadata:
                return
            idxs = ["portal_type"]  # an empty list would mean every index; this one never changes
    catalog.reindexObject(obj, idxs=idxs, update_metadata=update_metadata, uid=uid)


class DossierIndexableWrapper(IndexableObjectWrapper):
    def __init__(self, object, catalog):
        super().__init__(object, catalog)
        self._kept = kept_attributes(catalog)

    def __getattr__(self, name):
        if name.startswith("_") or name in self._kept:
            return super().__getattr__(name)
        raise AttributeError(name)
