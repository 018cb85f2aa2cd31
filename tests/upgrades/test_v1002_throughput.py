"""1001 → 1002, throughput: a dossier catalogued the old way (every index) keeps only its own."""

from danang.portal.dossier.catalog_entry import INDEXES
from plone import api
from test_v1002 import upgrade_from_1001


def entry(catalog, dossier):
    [brain] = catalog.unrestrictedSearchResults(UID=dossier.UID())
    return brain, catalog.getIndexDataForRID(brain.getRID())


def test_old_dossier_entries_become_lean(portal, make_dossier):
    dossier = make_dossier()
    catalog = api.portal.get_tool("portal_catalog")
    path = "/".join(dossier.getPhysicalPath())
    # As a site before this change catalogued it: into every index (idxs=[] means all).
    catalog.catalog_object(dossier, path, idxs=[])
    brain, data = entry(catalog, dossier)
    assert data["Title"]  # the text index held the dossier's words
    upgrade_from_1001()
    brain, data = entry(catalog, dossier)
    assert not data["Title"] and not data["SearchableText"]
    assert {name for name, value in data.items() if value} <= INDEXES
    # Its queries still find it, with the columns they read.
    [found] = catalog.unrestrictedSearchResults(portal_type="Dossier", dossier_code=dossier.dossier_code)
    assert found.getPath() == path
    assert found.dossier_code == dossier.dossier_code and found.Title == dossier.Title()
    assert found.due == brain.due
