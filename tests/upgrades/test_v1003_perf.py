"""1002 → 1003, bytes per submission: existing dossiers leave the intid utility and the id indexes."""

from five.intid.keyreference import KeyReferenceToPersistent
from plone import api
from tests.upgrades.test_v1003 import upgrade_from_1002
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import transaction


def test_old_dossiers_leave_the_intids_and_the_id_indexes(portal, make_dossier):
    dossier = make_dossier()
    transaction.savepoint(optimistic=True)
    catalog = api.portal.get_tool("portal_catalog")
    intids = getUtility(IIntIds)
    # As 1002 left a dossier: an intid for it and its file, and entries in the id indexes.
    keys = [KeyReferenceToPersistent(obj) for obj in (dossier, *dossier.files())]
    for number, key in enumerate(keys):
        intids.refs[900_000 + number] = key
        intids.ids[key] = 900_000 + number
    catalog.catalog_object(dossier, "/".join(dossier.getPhysicalPath()), idxs=["id", "getId"], update_metadata=0)
    [brain] = catalog.unrestrictedSearchResults(UID=dossier.UID())
    assert catalog.getIndexDataForRID(brain.getRID())["getId"] == dossier.getId()

    upgrade_from_1002()

    assert all(key not in intids.ids for key in keys) and 900_000 not in intids.refs
    data = catalog.getIndexDataForRID(brain.getRID())
    assert not data["id"] and not data["getId"]
    [found] = catalog.unrestrictedSearchResults(portal_type="Dossier", dossier_code=dossier.dossier_code)
    assert found.getId == dossier.getId()
