"""1003 step "approval": the transition return_to_specialist and the awaiting_approval index arrive
on a site as 1002 left it, and the dossiers awaiting approval are found."""

from plone import api
from tests.fixtures.driving import drive
from tests.fixtures.driving import step
from tests.upgrades.test_v1003 import upgrade_from_1002


def as_1002_left_it():
    workflow = api.portal.get_tool("portal_workflow")["dossier_workflow"]
    workflow.transitions.deleteTransitions(["return_to_specialist"])
    processing = workflow.states["processing"]
    processing.transitions = tuple(t for t in processing.transitions if t != "return_to_specialist")
    api.portal.get_tool("portal_catalog").delIndex("awaiting_approval")


def test_the_approval_step_arrives_with_the_upgrade(portal, make_dossier):
    dossier = make_dossier()
    drive(portal, dossier, "processing")
    step(portal, dossier, "upload_result")
    as_1002_left_it()
    catalog = api.portal.get_tool("portal_catalog")
    assert "awaiting_approval" not in catalog.indexes()
    upgrade_from_1002()
    workflow = api.portal.get_tool("portal_workflow")["dossier_workflow"]
    assert "return_to_specialist" in workflow.states["processing"].transitions
    assert [b.getPath() for b in catalog.unrestrictedSearchResults(awaiting_approval=True)] == ["/".join(dossier.getPhysicalPath())]
    assert api.content.get_state(dossier) == "processing"
