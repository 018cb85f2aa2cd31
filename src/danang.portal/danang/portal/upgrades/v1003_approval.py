"""1003: the leader's step in the worklist and "return to specialist" (issue 16.5).

Re-imports the workflow (the new transition ``return_to_specialist``, which keeps state 4) and the
catalog (the new index ``awaiting_approval``, added empty), then indexes the dossiers in state 4
for it: only they can await approval, so the others keep no entry, as on a new site.
"""

from plone import api

PROFILE = "profile-danang.portal:default"
INDEX = "awaiting_approval"


def install_approval_step(setup_tool):
    for step in ("workflow", "catalog"):
        setup_tool.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Dossier", review_state="processing"):
        catalog.catalog_object(brain._unrestrictedGetObject(), brain.getPath(), idxs=[INDEX], update_metadata=0)
