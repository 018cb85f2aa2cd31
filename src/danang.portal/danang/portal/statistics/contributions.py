"""What one dossier adds to the counters: the single rule used by updates and by ``rebuild``.

``contributions(uid, facts)`` returns

- **tallies**: {(scope, month, owner): Counter(field -> n)}, scope "unit" (owner: the receiving
  agency's code) or "service" (owner: the procedure code);
- **live**: keys of the dossier's *current* open segment, in the store's ``live`` tree.

An update removes what the dossier's previous Facts added and adds what its new Facts add
(store.py), so after any series of events the counters equal a rebuild.

Fields of a month's tally:

- ``received_online|received_in_person|received_post``: accepted in the month, by channel;
- ``early|on_time|late``: finished in the month, by timing; ``work_minutes``: their processing
  time; ``withdrawn|stopped``: closed without a result in the month;
- ``end_running_within|end_running_overdue|end_paused_within|end_paused_overdue`` (unit only):
  segments that ended after the month's last instant and began before it, i.e. dossiers open at
  the month's end, as of that end. Segments still open are not in tallies (their end is not
  known): they are counted from ``live`` at read time (report.py), which is what lets "overdue
  now" be read without looking at any dossier;
- ``rating_very_satisfied|rating_satisfied|rating_dissatisfied``: ratings given in the month.

Live keys (one open segment per dossier at most), each ending with the dossier's uid:

- running: ``(unit, "running", start, uid)`` and ``(unit, "due", max(due, start), uid)``: it is
  running at T if start < T, and overdue at T if moreover due < T, i.e. max(due, start) < T;
- paused: ``(unit, "paused_within"|"paused_overdue", start, uid)``: a pause is within or overdue
  as it was when it began (the due date moves along while the clock is stopped).
"""

from collections import Counter
from collections import defaultdict
from danang.portal.statistics.facts import FINISHED
from danang.portal.statistics.facts import RUN
from danang.portal.statistics.months import boundaries
from danang.portal.statistics.months import month_of

UNIT, SERVICE = "unit", "service"
CHANNELS = ("online", "in_person", "post")
TIMINGS = ("early", "on_time", "late")
CLOSINGS = ("withdrawn", "stopped")
OPEN_KINDS = ("running_within", "running_overdue", "paused_within", "paused_overdue")
# A running segment without a due date is never overdue.
NEVER = 2**62


def live_keys(unit, uid, segment):
    kind, start, _end, due, overdue = segment
    if kind == RUN:
        return {(unit, "running", start, uid), (unit, "due", max(due if due is not None else NEVER, start), uid)}
    return {(unit, "paused_overdue" if overdue else "paused_within", start, uid)}


def open_kind(segment, boundary):
    kind, _start, _end, due, overdue = segment
    if kind == RUN:
        return "running_overdue" if due is not None and due < boundary else "running_within"
    return "paused_overdue" if overdue else "paused_within"


def contributions(uid, facts):
    tallies = defaultdict(Counter)
    live = set()
    if facts is None or facts.accepted is None:
        return tallies, live
    unit, service = facts.unit, facts.service
    owners = ((UNIT, unit), (SERVICE, service))
    channel = facts.channel if facts.channel in CHANNELS else "online"
    received = month_of(facts.accepted)
    for scope, owner in owners:
        tallies[(scope, received, owner)][f"received_{channel}"] += 1

    for segment in facts.segments:
        start, end = segment[1], segment[2]
        if end is None:
            live |= live_keys(unit, uid, segment)
            continue
        for month, boundary in boundaries(start, end):
            tallies[(UNIT, month, unit)][f"end_{open_kind(segment, boundary)}"] += 1

    if facts.closed is not None:
        kind, moment, timing, minutes = facts.closed
        month = month_of(moment)
        for scope, owner in owners:
            counter = tallies[(scope, month, owner)]
            if kind == FINISHED:
                # A finished dossier always has a due date (set on acceptance); without one it
                # cannot have been late.
                counter[timing or "on_time"] += 1
                counter["work_minutes"] += minutes or 0
            else:
                counter[kind] += 1

    if facts.rating is not None:
        level, moment = facts.rating
        month = month_of(moment if moment is not None else facts.accepted)
        for scope, owner in owners:
            tallies[(scope, month, owner)][f"rating_{level}"] += 1
    return tallies, live
