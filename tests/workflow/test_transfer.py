"""Transfer between units (liên thông) and the tracking sheet; the apology letter."""

from danang.portal.workflow import apology
from danang.portal.workflow import tracking
from danang.portal.workflow.actions import allowed_transitions
from danang.portal.workflow.rules import TransitionInputError
from danang.portal.workflow.transfer import acknowledge
from danang.portal.workflow.transfer import transfer
from plone import api
from plone.app.testing import logout
from tests.fixtures.driving import at
from tests.fixtures.driving import drive
from tests.fixtures.workflow_people import as_user

import pytest


def test_agencies_get_their_groups(portal, services):
    for suffix in ("desk", "specialist", "leader"):
        assert api.group.get(groupname=f"UBND-492-{suffix}") is not None


def test_transfer_to_another_unit_and_back(portal, make_dossier, frozen):
    dossier = make_dossier()
    dossier.processing_time = 10
    frozen(at(2025, 3, 3, 9))
    drive(portal, dossier, "processing")
    # SXD's specialist hands it to UBND Hải Châu for 3 working days.
    frozen(at(2025, 3, 4, 9))
    as_user(portal, "sxd-specialist")
    row = transfer(dossier, "UBND-492", days=3, comment="Xin ý kiến về quy hoạch")
    assert row["due"] == at(2025, 3, 7, 17)
    assert dossier.current_unit == "UBND-492"
    # SXD's specialist no longer acts on it; Hải Châu's does, once it has received it.
    assert not api.user.has_permission("View", obj=dossier)
    as_user(portal, "hc-specialist")
    assert api.user.has_permission("View", obj=dossier)
    assert "request_supplement" in allowed_transitions(dossier)
    frozen(at(2025, 3, 4, 14))
    acknowledge(dossier)
    # While Hải Châu holds it, its transitions are recorded under its unit.
    from danang.portal.workflow.actions import perform

    perform(dossier, "request_payment", comment="Phí thẩm định")
    assert dossier.status_history[-1]["unit"] == "UBND-492"
    as_user(portal, "hc-desk")
    perform(dossier, "confirm_payment")
    # The receiving unit's desk keeps its role: it returns the result to the applicant.
    as_user(portal, "sxd-desk")
    assert api.user.has_permission("View", obj=dossier)
    as_user(portal, "hc-specialist")
    # ... and hands it back after the step's due date: that step is late.
    frozen(at(2025, 3, 10, 9))
    transfer(dossier, "SXD", comment="Đã có ý kiến")
    assert not api.user.has_permission("View", obj=dossier)
    as_user(portal, "sxd-specialist")
    assert api.user.has_permission("View", obj=dossier)
    sheet = tracking.rows(dossier)
    assert [(r["unit"], r["from_unit"]) for r in sheet] == [("SXD", ""), ("UBND-492", "SXD"), ("SXD", "UBND-492")]
    assert sheet[1]["handed_by"] == "sxd-specialist"
    assert (sheet[1]["received_at"], sheet[1]["received_by"]) == (at(2025, 3, 4, 14), "hc-specialist")
    assert sheet[0]["done_at"] == at(2025, 3, 4, 9)
    assert tracking.step_timing(sheet[0]) == "early"
    assert tracking.step_timing(sheet[1]) == "late"
    assert tracking.step_timing(sheet[2], at(2025, 3, 10, 10)) == "within"
    as_user(portal, "hc-specialist")
    assert not api.user.has_permission("View", obj=dossier)
    logout()


def test_transfer_needs_a_unit_and_a_right(portal, make_dossier):
    dossier = drive(portal, make_dossier(), "processing")
    as_user(portal, "sxd-specialist")
    with pytest.raises(TransitionInputError):
        transfer(dossier, "NO-SUCH-UNIT")
    with pytest.raises(TransitionInputError):
        transfer(dossier, "SXD")
    as_user(portal, "citizen")
    with pytest.raises(TransitionInputError):
        transfer(dossier, "UBND-492")
    as_user(portal, "hc-leader")
    with pytest.raises(TransitionInputError):
        transfer(dossier, "UBND-492")
    logout()


def test_late_dossier_gets_an_apology_with_a_new_date(portal, make_dossier, frozen):
    dossier = make_dossier()
    dossier.processing_time = 2
    frozen(at(2025, 3, 3, 9))
    drive(portal, dossier, "processing")
    original = dossier.due
    assert original == at(2025, 3, 5, 17)
    frozen(at(2025, 3, 6, 9))
    assert apology.needs_apology(dossier, at(2025, 3, 6, 9))
    as_user(portal, "sxd-specialist")
    with pytest.raises(TransitionInputError):
        apology.issue_apology(dossier, at(2025, 3, 12, 17), "Chờ ý kiến")
    as_user(portal, "sxd-leader")
    with pytest.raises(TransitionInputError):
        apology.issue_apology(dossier, at(2025, 3, 12, 17), "  ")
    with pytest.raises(TransitionInputError):
        apology.issue_apology(dossier, at(2025, 3, 4, 17), "Chờ ý kiến")
    letter = apology.issue_apology(dossier, at(2025, 3, 12, 17), "Chờ ý kiến của cơ quan phối hợp")
    assert (letter["old_due"], letter["new_due"]) == (original, at(2025, 3, 12, 17))
    assert (dossier.original_due, dossier.due) == (original, at(2025, 3, 12, 17))
    assert not apology.needs_apology(dossier, at(2025, 3, 6, 9))
    logout()


def test_groups_of_existing_agencies_are_created_by_the_install_step(portal, services):
    from danang.portal.workflow.groups import ensure_all_agency_groups

    api.group.delete(groupname="SXD-leader")
    assert api.group.get(groupname="SXD-leader") is None
    created = ensure_all_agency_groups(portal)
    assert "SXD-leader" in created
    assert api.group.get(groupname="SXD-leader") is not None


def test_the_apology_letter_is_announced_once_it_is_recorded(portal, make_dossier, frozen):
    from danang.portal.dossier.content import IDossier
    from danang.portal.dossier.events import IApologyIssued
    from zope.component import getGlobalSiteManager

    seen = []

    def listener(dossier, event):
        seen.append((dossier, event.letter, dossier.due))

    registry = getGlobalSiteManager()
    registry.registerHandler(listener, (IDossier, IApologyIssued))
    try:
        dossier = make_dossier()
        dossier.processing_time = 2
        frozen(at(2025, 3, 3, 9))
        drive(portal, dossier, "processing")
        frozen(at(2025, 3, 6, 9))
        as_user(portal, "sxd-leader")
        with pytest.raises(TransitionInputError):
            apology.issue_apology(dossier, at(2025, 3, 12, 17), "  ")
        assert seen == []
        letter = apology.issue_apology(dossier, at(2025, 3, 12, 17), "Chờ ý kiến của cơ quan phối hợp")
        # The listeners (the applicant's mail in notifications/) see the new appointment already set.
        assert seen == [(dossier, letter, at(2025, 3, 12, 17))]
    finally:
        registry.unregisterHandler(listener, (IDossier, IApologyIssued))
        logout()
