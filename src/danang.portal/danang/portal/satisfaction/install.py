"""``install(portal)``: what satisfaction ratings need in a site, idempotent.

New sites get the index, the column and the registry record from the default profile
(catalog.xml, registry/satisfaction.xml); sites created at profile version 1000 get them from
the upgrade step, which calls this. When it adds the index, ratings given before (code deployed
ahead of the upgrade) are indexed: only returned dossiers can carry one, so only those are read.
"""

from danang.portal.dossier.status import BY_STATE
from danang.portal.satisfaction.rating import RATED_STATE
from danang.portal.satisfaction.rating import rating_of
from danang.portal.satisfaction.settings import ISatisfactionSettings
from danang.portal.satisfaction.settings import PREFIX
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility

INDEX = "satisfaction"


def install(portal=None):
    """Add the ``satisfaction`` FieldIndex and metadata column and the registry record when
    missing, and index the ratings already given. Returns the number of dossiers reindexed."""
    catalog = api.portal.get_tool("portal_catalog")
    added = INDEX not in catalog.indexes()
    if added:
        catalog.addIndex(INDEX, "FieldIndex", extra={"indexed_attrs": INDEX})
    if INDEX not in catalog.schema():
        catalog.addColumn(INDEX)
    # Adds missing records only; a value set in the site stays.
    getUtility(IRegistry).registerInterface(ISatisfactionSettings, prefix=PREFIX)

    if not added:
        return 0
    # Ratings given before the index existed (code deployed before the upgrade ran).
    reindexed = 0
    for brain in catalog.unrestrictedSearchResults(
        portal_type="Dossier", dossier_status=BY_STATE[RATED_STATE].code
    ):
        dossier = brain._unrestrictedGetObject()
        if rating_of(dossier) is not None:
            dossier.reindexObject(idxs=[INDEX])
            reindexed += 1
    return reindexed
