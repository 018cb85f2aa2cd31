"""1002 → 1003, bytes per submission: dossiers and their files leave the intid utility, dossiers
the ``id`` and ``getId`` indexes (dossier/unlinked.py, dossier/catalog_entry.py).

New dossiers are no longer written there; the entries of existing ones would stay for good (a
dossier deleted later would leave its intid behind, as five.intid removes only what adapts to a
key reference). Each is taken out here.
"""

from five.intid.keyreference import KeyReferenceToPersistent
from plone import api
from zope.component import queryUtility
from zope.intid.interfaces import IIntIds

import logging
import transaction

logger = logging.getLogger("danang.portal.upgrades")
SAVEPOINT_EVERY = 500
INDEXES = ("id", "getId")


def lighter_dossier_writes(setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    indexes = [catalog._catalog.indexes[name] for name in INDEXES if name in catalog._catalog.indexes]
    intids = queryUtility(IIntIds)
    removed = 0
    brains = list(catalog.unrestrictedSearchResults(portal_type="Dossier"))
    for number, brain in enumerate(brains, 1):
        for index in indexes:
            index.unindex_object(brain.getRID())
        if intids is not None:
            dossier = brain._unrestrictedGetObject()
            for obj in (dossier, *dossier.files()):
                key = KeyReferenceToPersistent(obj)
                intid = intids.ids.get(key)
                if intid is not None:
                    del intids.ids[key]
                    del intids.refs[intid]
                    removed += 1
        if number % SAVEPOINT_EVERY == 0:
            transaction.savepoint(optimistic=True)
    logger.info("%d dossiers out of the id indexes, %d intids of dossiers and files removed", len(brains), removed)
