"""The dossier's clock: due date from acceptance, paused while waiting for the applicant.

- accept: ``due`` = the service's processing time counted in working days from the accept time
  (afternoon cut-off applies); ``original_due`` keeps it (the date on the receipt).
- entering ``supplement`` or ``payment`` (status.PAUSED_STATES) records ``paused_since``; leaving
  moves ``due`` by the paused working time (deadlines.api.shift_due) and adds it to
  ``paused_time``. Each pause is kept in ``pauses`` (start, end), and the move of the
  appointment with its reason in ``due_changes`` (dossier/appointment.py).
- classification: finished dossiers are early / on time / late against ``due`` by working day
  (finished on the due day is on time); open ones are within deadline / overdue.
"""

from danang.portal import _
from danang.portal import clock as portal_clock
from danang.portal.deadlines.api import due_date
from danang.portal.deadlines.api import shift_due
from danang.portal.deadlines.api import working_time_between
from danang.portal.deadlines.working_calendar import local
from danang.portal.dossier import appointment
from danang.portal.dossier.status import CLOSED_STATES
from danang.portal.dossier.status import PAUSED_STATES
from datetime import timedelta
from persistent.list import PersistentList

EARLY, ON_TIME, LATE = "early", "on_time", "late"
WITHIN, OVERDUE = "within", "overdue"
CLASS_TITLES = {
    EARLY: _("timing_early", default="Trước hạn"),
    ON_TIME: _("timing_on_time", default="Đúng hạn"),
    LATE: _("timing_late", default="Quá hạn"),
    WITHIN: _("timing_within", default="Trong hạn"),
    OVERDUE: _("timing_overdue", default="Quá hạn"),
}


def start_clock(dossier, accepted):
    """Set the appointment from the accept time (both ``due`` and ``original_due``)."""
    accepted = local(accepted)
    dossier.accepted = accepted
    amount = getattr(dossier, "processing_time", None) or 0
    unit = getattr(dossier, "processing_unit", None) or "working_days"
    dossier.due = due_date(accepted, amount, unit)
    dossier.original_due = dossier.due
    dossier.paused_time = timedelta(0)
    dossier.pauses = PersistentList()


def pause(dossier, moment):
    dossier.paused_since = local(moment)


def resume(dossier, moment, paused_state=appointment.PAUSE_SUPPLEMENT):
    """End a pause: move ``due`` by the working time it lasted, and say why."""
    since = getattr(dossier, "paused_since", None)
    if since is None:
        return
    moment = local(moment)
    lasted = working_time_between(since, moment)
    if dossier.due is not None:
        old = dossier.due
        dossier.due = shift_due(old, since, moment)
        if dossier.due != old:
            appointment.record_change(
                dossier, old, dossier.due, paused_state, moment, start=since, end=moment, paused=lasted
            )
    paused = getattr(dossier, "paused_time", None) or timedelta(0)
    dossier.paused_time = paused + lasted
    pauses = getattr(dossier, "pauses", None)
    if pauses is None:
        pauses = dossier.pauses = PersistentList()
    pauses.append({"start": since, "end": moment})
    dossier.paused_since = None


def state_changed(dossier, old_state, new_state, moment):
    """Clock effects of a state change (called after each transition)."""
    if new_state == "received" and old_state == "new":
        start_clock(dossier, moment)
    if old_state in PAUSED_STATES and new_state not in PAUSED_STATES:
        resume(dossier, moment, old_state)
    if new_state in PAUSED_STATES and old_state not in PAUSED_STATES:
        pause(dossier, moment)
    if new_state == "finished":
        dossier.finished = local(moment)


def classify_finished(finished, due):
    """early / on_time / late of something done at ``finished`` and due at ``due``: by day, so
    finishing any time on the due day is on time."""
    if due is None or finished is None:
        return None
    done_day, due_day = local(finished).date(), local(due).date()
    if done_day < due_day:
        return EARLY
    if done_day == due_day:
        return ON_TIME
    return LATE


def classify_open(due, at=None):
    """within / overdue of something still open at ``at`` (now by default)."""
    if due is None:
        return None
    return OVERDUE if local(at or portal_clock.now()) > local(due) else WITHIN


def effective_due(dossier, at=None):
    """The due date as it stands at ``at``: a running pause already moves it."""
    due = getattr(dossier, "due", None)
    since = getattr(dossier, "paused_since", None)
    if due is not None and since is not None:
        due = shift_due(due, since, local(at or portal_clock.now()))
    return due


def classify(dossier, state, at=None):
    """The dossier's timing class, or None when there is no appointment (new, refused...)."""
    due = getattr(dossier, "due", None)
    if getattr(dossier, "accepted", None) is None or due is None:
        return None
    finished = getattr(dossier, "finished", None)
    if state in ("finished", "returned"):
        return classify_finished(finished, due)
    if state in CLOSED_STATES:
        return None
    return classify_open(effective_due(dossier, at), at)
