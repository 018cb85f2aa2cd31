"""What the statistics need to know of one dossier, read from the dossier itself.

``facts_of(dossier)`` turns a dossier into ``Facts``: plain values (times as epoch seconds)
that both the incremental counters and ``rebuild`` feed on. Everything is derived from what the
workflow keeps on the dossier (``accepted``, ``original_due``, ``pauses``, ``paused_since``,
``finished``, the status history, the satisfaction rating), never from the order in which events
arrived: the counters after any series of events then equal a rebuild.

The definitions follow the national reporting practice (Circular 01/2018/TT-VPCP, reports of
results of administrative procedures):

- a dossier counts from its **acceptance** by the one-stop desk (status 2, the date on the
  receipt); online submissions still awaiting the desk, or refused by it, are not "received";
- its life after acceptance is a series of **segments**: running (received, processing) and
  paused (waiting for a supplement or a payment, when the clock stops);
- the **statistical due date** is the appointment on the receipt moved by each pause's working
  time, as the clock moves it; a new date given by an apology letter (form 04) does not make a
  late dossier on time, so letters are left out;
- it is **processed** when it reaches "finished" (status 9, the result is ready): early, on time
  or late by day against that due date (clock.classify_finished); "returned" (status 10) follows
  and is not counted again. Withdrawn (7) and stopped (8) dossiers leave the open dossiers too,
  counted apart;
- its **processing time** is the working time from acceptance to finishing, less the paused
  working time.
"""

from danang.portal.deadlines.api import get_calendar
from danang.portal.deadlines.api import shift_due
from danang.portal.deadlines.api import working_time_between
from danang.portal.deadlines.working_calendar import local
from danang.portal.satisfaction.rating import rating_of
from danang.portal.workflow.clock import classify_finished
from datetime import timedelta
from plone import api
from typing import NamedTuple

RUN, PAUSE = "run", "pause"
FINISHED, WITHDRAWN, STOPPED = "finished", "withdrawn", "stopped"


class Facts(NamedTuple):
    unit: str
    service: str
    channel: str
    # Epoch seconds of the acceptance; None: not (yet) received by the desk.
    accepted: int | None
    # (kind RUN|PAUSE, start, end or None while it lasts, due (RUN) or None, overdue (PAUSE))
    segments: tuple
    # (FINISHED|WITHDRAWN|STOPPED, when, timing class or None, processing minutes or None)
    closed: tuple | None
    # (level, when) of the applicant's satisfaction rating
    rating: tuple | None


def stamp(moment):
    """Epoch seconds of an aware (or local naive) datetime; None stays None."""
    return None if moment is None else int(local(moment).timestamp())


def _history_time(dossier, state, last=False):
    times = [entry.get("time") for entry in getattr(dossier, "status_history", None) or () if entry.get("state") == state]
    times = [time for time in times if time is not None]
    if not times:
        return None
    return local(times[-1] if last else times[0])


def _pauses(dossier):
    """The ended pauses (start, end) in order, and the start of the running one (or None)."""
    pauses = []
    for pause in getattr(dossier, "pauses", None) or ():
        start, end = pause.get("start"), pause.get("end")
        if start is not None and end is not None:
            pauses.append((local(start), local(end)))
    pauses.sort()
    since = getattr(dossier, "paused_since", None)
    return pauses, (local(since) if since is not None else None)


def _closing(dossier, state):
    """(kind, moment) of the dossier's closing after acceptance, or None while it is open."""
    if state in ("finished", "returned"):
        moment = getattr(dossier, "finished", None) or _history_time(dossier, "finished")
        return FINISHED, local(moment) if moment is not None else None
    if state in (WITHDRAWN, STOPPED):
        return state, _history_time(dossier, state, last=True)
    return None


def _rating(dossier):
    rating = rating_of(dossier)
    if not isinstance(rating, dict) or not rating.get("level"):
        return None
    return (rating["level"], stamp(rating.get("time")))


def facts_of(dossier, state=None):
    """The Facts of ``dossier`` (``state``: its workflow state, read when not given)."""
    if state is None:
        state = api.content.get_state(dossier, default=None)
    # Where it was received, also after a reorganisation handed it over (workflow/handover.py):
    # old periods keep their figures; report.py shows them by the units of the period's end.
    unit = getattr(dossier, "unit_at_reception", None) or getattr(dossier, "receiving_unit", None) or ""
    service = getattr(dossier, "service_code", None) or ""
    channel = getattr(dossier, "channel", None) or "online"
    accepted = getattr(dossier, "accepted", None) or _history_time(dossier, "received")
    if accepted is None or state in (None, "new", "refused"):
        return Facts(unit, service, channel, None, (), None, None)
    accepted = local(accepted)
    closing = _closing(dossier, state)
    if closing is not None and closing[1] is None:
        # A closed dossier without a closing time (data from before the history existed):
        # the last change of its history is the best we know.
        closing = (closing[0], _history_time(dossier, state, last=True) or accepted)
    closed_at = closing[1] if closing else None

    due = getattr(dossier, "original_due", None) or getattr(dossier, "due", None)
    due = local(due) if due is not None else None
    pauses, since = _pauses(dossier)
    segments = []
    cursor = accepted
    paused_time = timedelta(0)
    for start, end in pauses:
        segments.append((RUN, stamp(cursor), stamp(start), stamp(due), False))
        segments.append((PAUSE, stamp(start), stamp(end), None, due is not None and due < start))
        if due is not None:
            due = shift_due(due, start, end)
        paused_time += working_time_between(start, end)
        cursor = end
    if since is not None:
        segments.append((RUN, stamp(cursor), stamp(since), stamp(due), False))
        segments.append((PAUSE, stamp(since), stamp(closed_at), None, due is not None and due < since))
    else:
        segments.append((RUN, stamp(cursor), stamp(closed_at), stamp(due), False))
    # Zero-length segments (closed as a pause ended) are open at no instant: leave them out.
    segments = tuple(segment for segment in segments if segment[2] is None or segment[2] > segment[1])

    closed = None
    if closing is not None:
        kind, moment = closing
        if kind == FINISHED:
            worked = working_time_between(accepted, moment) - paused_time
            minutes = max(0, int(worked.total_seconds() // 60))
            closed = (kind, stamp(moment), classify_finished(moment, due), minutes)
        else:
            closed = (kind, stamp(moment), None, None)
    return Facts(unit, service, channel, stamp(accepted), segments, closed, _rating(dossier))


def working_day_minutes():
    """Minutes in a working day of the site's calendar (to show processing times in days)."""
    return int(get_calendar().day_length.total_seconds() // 60) or 480
