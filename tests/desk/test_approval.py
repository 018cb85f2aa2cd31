"""The officials' action panel and the leader's step (issue 16.5): one primary action, the others
secondary; the apology letter only for a late dossier; "return to specialist" with a reason; the
approval step in the worklist (a filter and a count)."""

from danang.portal.workflow.actions import perform
from danang.portal.workflow.rules import TransitionInputError
from lxml import html
from plone import api
from plone.app.testing import logout
from tests.fixtures.driving import at
from tests.fixtures.driving import drive
from tests.fixtures.driving import processing_from
from tests.fixtures.driving import step
from tests.fixtures.workflow_people import as_user

import pytest


def panel(portal, dossier, user):
    as_user(portal, user)
    return html.fromstring(dossier.restrictedTraverse("@@dossier-actions")())


def draft_for_approval(portal, make_dossier, frozen):
    dossier = processing_from(portal, make_dossier(), frozen, at(2026, 12, 14, 9), 5)
    step(portal, dossier, "upload_result")
    return dossier


def test_the_leader_sees_one_primary_action(portal, make_dossier, frozen):
    dossier = draft_for_approval(portal, make_dossier, frozen)
    page = panel(portal, dossier, "sxd-leader")
    primary = page.cssselect("button.btn-primary")
    assert [button.text for button in primary] == ["Phê duyệt kết quả"]
    # "Dừng xử lý" no longer looks like "Phê duyệt": apart with the irreversible actions, marked
    # as ending, and confirmed with a reason first (@@dossier-confirm).
    [stop] = page.cssselect(".dn-irreversible-actions #dn-action-stop button")
    assert "btn-outline-danger" in stop.get("class")
    assert not page.cssselect("#dn-more-stop")
    assert page.cssselect("details#dn-more-return_to_specialist textarea[required]")
    # On time (due 21/12, today 14/12): no apology letter offered.
    assert not page.cssselect("#dn-action-apology")


def test_the_apology_letter_is_offered_when_late_or_due_by_tomorrow(portal, make_dossier, frozen):
    dossier = draft_for_approval(portal, make_dossier, frozen)
    assert dossier.due == at(2026, 12, 21, 17)
    frozen(at(2026, 12, 18, 10))  # Friday: the next working day is the due day
    assert panel(portal, dossier, "sxd-leader").cssselect("#dn-action-apology")
    frozen(at(2026, 12, 22, 10))
    assert panel(portal, dossier, "sxd-leader").cssselect("#dn-action-apology")
    # Never to the specialist.
    assert not panel(portal, dossier, "sxd-specialist").cssselect("#dn-action-apology")


def test_the_specialists_primary_action_is_the_draft(portal, make_dossier, frozen):
    dossier = make_dossier()
    drive(portal, dossier, "processing")
    page = panel(portal, dossier, "sxd-specialist")
    assert [b.text for b in page.cssselect("button.btn-primary")] == ["Đính kèm kết quả"]


def test_the_leader_returns_the_draft_to_the_specialist(portal, make_dossier, frozen):
    dossier = draft_for_approval(portal, make_dossier, frozen)
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog.unrestrictedSearchResults(awaiting_approval=True)) == 1
    as_user(portal, "sxd-leader")
    with pytest.raises(TransitionInputError):
        perform(dossier, "return_to_specialist")
    perform(dossier, "return_to_specialist", comment="Sai diện tích xây dựng ở trang 2")
    assert api.content.get_state(dossier) == "processing"
    entry = dossier.status_history[-1]
    assert (entry["transition"], entry["status"], entry["comment"]) == (
        "return_to_specialist", 4, "Sai diện tích xây dựng ở trang 2")
    # The draft is kept for the record but no longer awaits approval: nothing to approve.
    assert len(dossier.files("result")) == 1 and dossier.results() == []
    assert len(catalog.unrestrictedSearchResults(awaiting_approval=True)) == 0
    with pytest.raises(TransitionInputError):
        perform(dossier, "finish")
    assert not panel(portal, dossier, "sxd-leader").cssselect("#dn-action-finish")
    # The applicant does not see the internal return.
    as_user(portal, "citizen")
    assert "Sai diện tích" not in dossier.restrictedTraverse("@@view")()
    logout()


def test_the_worklist_shows_the_approval_step(portal, make_dossier, frozen):
    waiting = draft_for_approval(portal, make_dossier, frozen)
    other = make_dossier()
    drive(portal, other, "processing")
    as_user(portal, "sxd-leader")
    request = portal.REQUEST
    page = html.fromstring(portal.restrictedTraverse("@@ban-lam-viec")())
    [tab] = [a for a in page.cssselect(".dn-worklist-states a") if "state=awaiting_approval" in a.get("href")]
    assert "Chờ phê duyệt" in tab.text_content() and tab.cssselect(".badge")[0].text == "1"
    request.form["state"] = "awaiting_approval"
    page = html.fromstring(portal.restrictedTraverse("@@ban-lam-viec")())
    codes = [a.text for a in page.cssselect(".dn-worklist-table th a")]
    assert codes == [waiting.dossier_code]
