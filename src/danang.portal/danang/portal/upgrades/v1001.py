"""1000 → 1001: payment and e-receipts, agents, satisfaction, statistics; the applicant's page;
worklists that follow transferred dossiers.

GenericSetup re-imports the changed parts of the profile (new catalog indexes and columns, roles
and permissions, the Service type's behaviors, workflow, registry records, control panels).
A catalog import adds indexes empty: the dossiers are then reindexed for them, one by one (no
full-catalog reindex of the 1,600 services). Last, each new area sets up its own data.
"""

from danang.portal.setuphandlers import install_areas
from plone import api

import logging

logger = logging.getLogger("danang.portal.upgrades")
PROFILE = "profile-danang.portal:default"
STEPS = (
    "catalog",
    "rolemap",
    "typeinfo",
    "workflow",
    "plone.app.registry",
    "controlpanel",
    "actions",
    "repositorytool",
)
# Indexes and metadata columns that 1001 adds for dossiers.
DOSSIER_INDEXES = ("handling_units", "dossier_agent", "satisfaction")


def reimport_profile(setup_tool):
    for step in STEPS:
        setup_tool.runImportStepFromProfile(PROFILE, step, run_dependencies=False)


def reindex_dossiers(setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    indexes = [name for name in DOSSIER_INDEXES if name in catalog.indexes()]
    brains = catalog.unrestrictedSearchResults(portal_type="Dossier")
    for number, brain in enumerate(brains, 1):
        dossier = brain._unrestrictedGetObject()
        # update_metadata: the new "finished" column.
        catalog.catalog_object(dossier, brain.getPath(), idxs=indexes, update_metadata=1)
        if number % 1000 == 0:
            logger.info("Reindexed %d dossiers", number)


def run_installers(setup_tool):
    install_areas(api.portal.get())
