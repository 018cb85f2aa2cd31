"""1003: the leader's step in the worklist and "return to specialist" (issue 16.5).

Re-imports the workflow (the new transition ``return_to_specialist``, which keeps state 4) and
adds the catalog index ``awaiting_approval`` by itself: re-importing the whole catalog profile
would rebuild other indexes too. Then indexes the dossiers in state 4 for it: only they can
await approval, so the others keep no entry, as on a new site.
"""

from plone import api

PROFILE = "profile-danang.portal:default"
INDEX = "awaiting_approval"


def install_approval_step(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "workflow", run_dependencies=False)
    catalog = api.portal.get_tool("portal_catalog")
    if INDEX not in catalog.indexes():
        # As profiles/default/catalog.xml declares it.
        catalog.addIndex(INDEX, "FieldIndex", extra={"indexed_attrs": INDEX})
    for brain in catalog.unrestrictedSearchResults(portal_type="Dossier", review_state="processing"):
        catalog.catalog_object(brain._unrestrictedGetObject(), brain.getPath(), idxs=[INDEX], update_metadata=0)
