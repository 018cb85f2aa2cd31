"""The clock: due date from acceptance, paused in states 5 and 6 across weekends and holidays,
and the early / on time / late and within / overdue classification at its boundaries."""

from danang.portal.workflow.clock import classify
from danang.portal.workflow.clock import classify_finished
from danang.portal.workflow.clock import classify_open
from datetime import timedelta
from tests.fixtures.driving import at
from tests.fixtures.driving import step

import pytest


def accepted_dossier(portal, make_dossier, frozen, moment, days=5):
    dossier = make_dossier()
    dossier.processing_time = days
    frozen(moment)
    step(portal, dossier, "accept")
    step(portal, dossier, "start")
    return dossier


def test_due_from_accept_time_not_submission(portal, make_dossier, frozen):
    # Accepted on the Monday before Tết Ất Tỵ (27/1-2/2/2025 off): 5 working days end on 3/2.
    dossier = accepted_dossier(portal, make_dossier, frozen, at(2025, 1, 20, 9))
    assert dossier.due == at(2025, 2, 3, 17)
    assert dossier.original_due == at(2025, 2, 3, 17)


def test_supplement_pause_across_tet_moves_the_due_date(portal, make_dossier, frozen):
    dossier = accepted_dossier(portal, make_dossier, frozen, at(2025, 1, 20, 9))
    frozen(at(2025, 1, 23, 10))
    step(portal, dossier, "supplement")
    assert dossier.paused_since == at(2025, 1, 23, 10)
    step(portal, dossier, "upload_supplement")
    frozen(at(2025, 2, 3, 10))
    step(portal, dossier, "supply")
    # Paused Thu 10:00 to Mon 10:00 after Tết: 5.5 h + 8 h + 2.5 h = 2 working days.
    assert dossier.paused_time == timedelta(hours=16)
    assert dossier.due == at(2025, 2, 5, 17)
    assert dossier.original_due == at(2025, 2, 3, 17)
    assert [(p["start"], p["end"]) for p in dossier.pauses] == [(at(2025, 1, 23, 10), at(2025, 2, 3, 10))]
    # The step under way is paused too.
    assert dossier.tracking[-1]["due"] == at(2025, 2, 5, 17)


def test_payment_pause_across_a_weekend(portal, make_dossier, frozen):
    dossier = accepted_dossier(portal, make_dossier, frozen, at(2025, 3, 3, 9))
    assert dossier.due == at(2025, 3, 10, 17)
    frozen(at(2025, 3, 7, 13))
    step(portal, dossier, "payment")
    frozen(at(2025, 3, 10, 11, 30))
    step(portal, dossier, "paid")
    # Fri 13:00-17:00 and Mon 7:30-11:30: one working day; the weekend does not count.
    assert dossier.paused_time == timedelta(hours=8)
    assert dossier.due == at(2025, 3, 11, 17)


def test_a_paused_dossier_is_not_overdue_while_paused(portal, make_dossier, frozen):
    dossier = accepted_dossier(portal, make_dossier, frozen, at(2025, 3, 3, 9))
    frozen(at(2025, 3, 7, 13))
    step(portal, dossier, "payment")
    assert classify(dossier, "payment", at(2025, 3, 20, 9)) == "within"
    assert classify(dossier, "processing", at(2025, 3, 20, 9)) is not None


@pytest.mark.parametrize("finished, expected", [
    (at(2025, 3, 10, 8), "early"),       # the day before the due day
    (at(2025, 3, 11, 7, 30), "on_time"),  # the due day, morning
    (at(2025, 3, 11, 17), "on_time"),     # the due moment itself
    (at(2025, 3, 11, 19), "on_time"),     # late in the evening of the due day
    (at(2025, 3, 12, 7), "late"),        # the next morning
])
def test_finished_classification_boundaries(finished, expected):
    assert classify_finished(finished, at(2025, 3, 11, 17)) == expected


@pytest.mark.parametrize("moment, expected", [
    (at(2025, 3, 11, 16, 59), "within"),
    (at(2025, 3, 11, 17), "within"),
    (at(2025, 3, 11, 17, 1), "overdue"),
])
def test_open_classification_boundaries(moment, expected):
    assert classify_open(at(2025, 3, 11, 17), moment) == expected


def test_finished_dossier_classified_against_its_shifted_due(portal, make_dossier, frozen):
    dossier = accepted_dossier(portal, make_dossier, frozen, at(2025, 3, 3, 9))
    frozen(at(2025, 3, 7, 13))
    step(portal, dossier, "payment")
    frozen(at(2025, 3, 10, 11, 30))
    step(portal, dossier, "paid")
    step(portal, dossier, "upload_result")
    frozen(at(2025, 3, 11, 16))  # after the original due (10/3) but on the shifted one
    step(portal, dossier, "finish")
    assert classify(dossier, "finished") == "on_time"
    assert dossier.tracking[-1]["done_at"] == at(2025, 3, 11, 16)
