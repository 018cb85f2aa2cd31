"""The status history follows the workflow: one entry per state change, with actor, unit, comment."""

from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.dossier.create import create_dossier
from danang.portal.dossier.history import record_status
from datetime import datetime
from plone import api
from plone.app.testing import login
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from tests.fixtures.dossier_data import APPLICANT


def test_record_status(portal, services):
    dossier = create_dossier(services["city"], APPLICANT, {}, [])
    when = datetime(2025, 3, 3, 10, tzinfo=TIMEZONE)
    entry = record_status(dossier, "received", time=when, actor="desk-1", unit="SXD", comment="Đủ hồ sơ")
    assert entry == {
        "status": 2,
        "state": "received",
        "time": when,
        "actor": "desk-1",
        "unit": "SXD",
        "comment": "Đủ hồ sơ",
    }
    assert [item["status"] for item in dossier.status_history] == [1, 2]


def test_a_transition_is_recorded_and_reindexed(portal, services):
    """The workflow's transitions fire AfterTransitionEvent, recorded in the history."""
    dossier = create_dossier(services["city"], APPLICANT, {}, [])
    login(portal, TEST_USER_NAME)
    setRoles(portal, TEST_USER_ID, ["Manager"])
    workflow = api.portal.get_tool("portal_workflow")
    workflow.doActionFor(dossier, "accept")
    workflow.doActionFor(dossier, "start_processing", comment="Chuyển xử lý", unit="UBND-492")
    last = dossier.status_history[-1]
    assert (last["status"], last["state"], last["actor"], last["unit"], last["comment"]) == (
        4,
        "processing",
        TEST_USER_ID,
        "UBND-492",
        "Chuyển xử lý",
    )
    assert last["time"].utcoffset().total_seconds() == 7 * 3600
    brains = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(dossier_status=4)
    assert [brain.dossier_code for brain in brains] == [dossier.dossier_code]
