"""The permission matrix: who sees a dossier and which transitions they may fire, per state.

Officials act only on their own unit's dossiers (the SXD dossier here; UBND-492's officials see
nothing); the applicant (Owner) withdraws and supplies; another citizen and Anonymous see nothing.
"""

from danang.portal.workflow.actions import allowed_transitions
from plone import api
from plone.app.testing import logout
from tests.fixtures.driving import drive
from tests.fixtures.workflow_people import as_user

import pytest

USERS = ("sxd-desk", "sxd-specialist", "sxd-leader", "hc-desk", "hc-specialist", "hc-leader",
         "citizen", "other-citizen", None)
SEES = {"sxd-desk", "sxd-specialist", "sxd-leader", "citizen"}
DESK, SPECIALIST, LEADER, OWNER = "sxd-desk", "sxd-specialist", "sxd-leader", "citizen"
# state -> transition -> who may fire it
EXPECTED = {
    "new": {"accept": {DESK}, "refuse": {DESK}, "withdraw": {OWNER}},
    "received": {"start_processing": {DESK, SPECIALIST, LEADER}, "withdraw": {OWNER}, "stop": {LEADER}},
    "refused": {},
    "processing": {
        "request_supplement": {SPECIALIST, LEADER},
        "request_payment": {SPECIALIST, LEADER},
        "withdraw": {OWNER},
        "stop": {LEADER},
        "return_to_specialist": {LEADER},
        "finish": {LEADER},
    },
    "supplement": {"supply": {OWNER, DESK}, "withdraw": {OWNER}, "stop": {LEADER}},
    "payment": {"confirm_payment": {DESK, SPECIALIST, LEADER}, "stop": {LEADER}},
    "withdrawn": {},
    "stopped": {},
    "finished": {"return_result": {DESK}},
    "returned": {},
}
# Adding files (supplements, the result) per state.
ADDS_FILES = {"supplement": {OWNER, DESK}, "processing": {SPECIALIST, LEADER}}


@pytest.fixture
def dossiers(portal, make_dossier):
    """One dossier per state (built once per test; the integration layer rolls back)."""
    return {state: drive(portal, make_dossier(), state) for state in EXPECTED}


@pytest.mark.parametrize("user", USERS, ids=lambda user: user or "anonymous")
def test_matrix(portal, dossiers, user):
    logout()
    if user is not None:
        as_user(portal, user)
    catalog = api.portal.get_tool("portal_catalog")
    found = {brain.getPath() for brain in catalog.searchResults(portal_type="Dossier")}
    for state, transitions in EXPECTED.items():
        dossier = dossiers[state]
        path = "/".join(dossier.getPhysicalPath())
        sees = user in SEES
        assert api.user.has_permission("View", obj=dossier) is sees, (state, user)
        assert (path in found) is sees, (state, user)
        expected = {transition for transition, who in transitions.items() if user in who}
        assert set(allowed_transitions(dossier)) == expected, (state, user)
        adds = user in ADDS_FILES.get(state, set())
        assert api.user.has_permission("danang.portal: Add Dossier File", obj=dossier) is adds, (state, user)
        assert not api.user.has_permission("Modify portal content", obj=dossier), (state, user)
    logout()
