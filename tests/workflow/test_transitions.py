"""Every transition and its input checks, fired as the officials and the applicant would."""

from danang.portal.dossier.status import BY_STATE
from danang.portal.workflow.actions import perform
from danang.portal.workflow.rules import TransitionInputError
from plone import api
from plone.app.testing import logout
from tests.fixtures.driving import drive
from tests.fixtures.driving import step
from tests.fixtures.workflow_people import as_user
from zope.i18n import translate

import pytest


def message(error):
    return translate(error.value.message, target_language="vi")


def test_states_carry_the_national_codes(portal):
    workflow = api.portal.get_tool("portal_workflow")["dossier_workflow"]
    assert set(workflow.states.objectIds()) == set(BY_STATE)
    for state_id, status in BY_STATE.items():
        assert workflow.states[state_id].description.startswith(f"Mã trạng thái {status.code}:")


@pytest.mark.parametrize("state", ["new", "received", "refused", "processing", "supplement",
                                   "payment", "withdrawn", "stopped", "finished", "returned"])
def test_every_state_is_reachable_and_recorded(portal, make_dossier, state):
    dossier = drive(portal, make_dossier(), state)
    history = dossier.status_history
    assert history[-1]["state"] == state
    assert history[-1]["status"] == BY_STATE[state].code
    assert history[-1]["unit"] == "SXD"
    if len(history) > 1:
        assert history[-1]["actor"] in ("sxd-desk", "sxd-specialist", "sxd-leader", "citizen")


def test_accept_sets_the_appointment_from_accept_time(portal, make_dossier):
    dossier = make_dossier()
    drive(portal, dossier, "received")
    assert dossier.accepted is not None
    # 15 working days from acceptance (the city service's processing time).
    from danang.portal.deadlines.api import due_date

    assert dossier.due == due_date(dossier.accepted, 15, "working_days")
    assert dossier.original_due == dossier.due
    [row] = dossier.tracking
    assert row["unit"] == "SXD" and row["received_by"] == "sxd-desk" and row["due"] == dossier.due


@pytest.mark.parametrize("transition, path, expected", [
    ("refuse", [], "lý do không tiếp nhận"),
    ("stop", ["accept", "start"], "lý do dừng xử lý"),
    ("request_payment", ["accept", "start"], "nghĩa vụ tài chính"),
])
def test_a_reason_is_required(portal, make_dossier, transition, path, expected):
    dossier = make_dossier()
    for name in path:
        step(portal, dossier, name)
    user = {"refuse": "sxd-desk", "stop": "sxd-leader", "request_payment": "sxd-specialist"}[transition]
    as_user(portal, user)
    with pytest.raises(TransitionInputError) as error:
        perform(dossier, transition, comment="   ")
    assert expected in message(error)
    state = api.content.get_state(dossier)
    assert state == ("new" if not path else "processing")
    logout()


def test_a_reason_is_required_through_the_workflow_tool_too(portal, make_dossier):
    """Whatever fires it (REST @workflow, code), the check runs before the state changes."""
    dossier = make_dossier()
    as_user(portal, "sxd-desk")
    with pytest.raises(TransitionInputError):
        api.portal.get_tool("portal_workflow").doActionFor(dossier, "refuse")
    assert api.content.get_state(dossier) == "new"


def test_supplement_lists_every_missing_item_and_the_applicant_supplies(portal, make_dossier):
    dossier = drive(portal, make_dossier(), "processing")
    as_user(portal, "sxd-specialist")
    with pytest.raises(TransitionInputError) as error:
        perform(dossier, "request_supplement", missing_items="\n  \n")
    assert "liệt kê đầy đủ" in message(error)
    perform(dossier, "request_supplement", missing_items="Bản vẽ mặt bằng\nGiấy tờ đất\n")
    assert list(dossier.missing_items) == ["Bản vẽ mặt bằng", "Giấy tờ đất"]
    assert "1. Bản vẽ mặt bằng\n2. Giấy tờ đất" in dossier.status_history[-1]["comment"]
    # Supplying without uploading anything is refused.
    as_user(portal, "citizen")
    with pytest.raises(TransitionInputError) as error:
        perform(dossier, "supply")
    assert "tải lên giấy tờ bổ sung" in message(error)
    logout()
    step(portal, dossier, "upload_supplement")
    step(portal, dossier, "supply")
    assert api.content.get_state(dossier) == "processing"
    assert [item.kind for item in dossier.files("supplement")] == ["supplement"]


def test_only_a_leader_finishes_and_only_with_a_result(portal, make_dossier):
    dossier = drive(portal, make_dossier(), "processing")
    as_user(portal, "sxd-specialist")
    with pytest.raises(TransitionInputError) as error:
        perform(dossier, "finish")
    assert "không thể thực hiện" in message(error)
    as_user(portal, "sxd-leader")
    with pytest.raises(TransitionInputError) as error:
        perform(dossier, "finish")
    assert "Chưa có tệp kết quả" in message(error)
    logout()
    step(portal, dossier, "upload_result")
    step(portal, dossier, "finish")
    assert api.content.get_state(dossier) == "finished"
    assert dossier.finished is not None
    assert dossier.tracking[-1]["done_at"] == dossier.finished


def test_citizen_cannot_upload_supplements_unless_asked(portal, make_dossier):
    dossier = drive(portal, make_dossier(), "processing")
    with pytest.raises(TransitionInputError):
        step(portal, dossier, "upload_supplement")


def test_withdraw_from_each_open_state(portal, make_dossier):
    for state in ("new", "received", "processing", "supplement"):
        dossier = drive(portal, make_dossier(), state)
        step(portal, dossier, "withdraw")
        assert api.content.get_state(dossier) == "withdrawn"
    dossier = drive(portal, make_dossier(), "payment")
    with pytest.raises(TransitionInputError):
        step(portal, dossier, "withdraw")


def test_supplement_items_from_the_comment_when_fired_without_them(portal, make_dossier):
    """plone.restapi's @workflow passes only a comment: its lines are the missing items."""
    dossier = drive(portal, make_dossier(), "processing")
    as_user(portal, "sxd-specialist")
    workflow = api.portal.get_tool("portal_workflow")
    workflow.doActionFor(dossier, "request_supplement", comment="Bản vẽ mặt bằng\nGiấy tờ đất")
    assert list(dossier.missing_items) == ["Bản vẽ mặt bằng", "Giấy tờ đất"]
    logout()
