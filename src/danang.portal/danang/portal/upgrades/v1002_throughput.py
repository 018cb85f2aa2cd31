"""1001 → 1002, throughput: existing dossiers leave the catalog indexes their queries never use.

Dossiers catalogued before this step are in every index and column of the portal catalog
(dossier/catalog_entry.py says what they keep now). Each is uncatalogued and catalogued again,
into the kept indexes only; the other columns of its record become empty. Dossier codes and
receipt counters need nothing: their persistent classes are the same, and a counter without the
list of its recent numbers starts one at its next number (dossier/sequence_counters.py).
"""

from plone import api

import logging
import transaction

logger = logging.getLogger("danang.portal.upgrades")
SAVEPOINT_EVERY = 500


def lean_dossier_entries(setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    brains = list(catalog.unrestrictedSearchResults(portal_type="Dossier"))
    for number, brain in enumerate(brains, 1):
        dossier = brain._unrestrictedGetObject()
        catalog.uncatalog_object(brain.getPath())
        dossier.indexObject()
        if number % SAVEPOINT_EVERY == 0:
            # The catalog queue holds the pending entries until the savepoint processes them.
            transaction.savepoint(optimistic=True)
    logger.info("%d dossiers catalogued into their own indexes only", len(brains))
