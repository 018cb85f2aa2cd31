"""The share of dossiers synchronised with the national portal, per receiving unit (an indicator of
the national service index): on the statistics page and in ``@statistics``.

A dossier counts in a period when its first event (its creation) falls in it. It is:

- ``on_time``: every event acknowledged by the national portal within ``sync_deadline`` minutes;
- ``late``: every event acknowledged, one of them later; or one still pending past the deadline;
- ``failed``: an event given up (a dead letter, kept or discarded);
- ``pending``: events still pending, within the deadline.

Read from the outbox's events (outbox.py), which are kept after delivery. The statistics page is
public: the figures are computed once per period, outbox generation (any event changed) and
minute (pending events become late with time), and kept in memory.
"""

from danang.portal import settings
from danang.portal.national import outbox
from danang.portal.national.settings import INationalSettings
from danang.portal.national.settings import PREFIX
from plone import api
from plone.memoize import ram

import copy

KINDS = ("on_time", "late", "failed", "pending")


def _classify(events, deadline, now):
    kinds = set()
    for event in events:
        if event.state in (outbox.DEAD, outbox.DISCARDED):
            return "failed"
        if event.state == outbox.DELIVERED:
            kinds.add("late" if event.delivered - event.created > deadline else "on_time")
        else:
            kinds.add("late" if now - event.created > deadline else "pending")
    for kind in ("late", "pending"):
        if kind in kinds:
            return kind
    return "on_time"


def _agency_titles():
    catalog = api.portal.get_tool("portal_catalog")
    return {brain.code: brain.Title for brain in catalog.unrestrictedSearchResults(portal_type="Agency") if brain.code}


def _percent(part, whole):
    return round(100.0 * part / whole, 1) if whole else None


def _figures(counts):
    total = sum(counts[kind] for kind in KINDS)
    figures = {kind: counts[kind] for kind in KINDS}
    figures["dossiers"] = total
    figures["synchronised_percent"] = _percent(counts["on_time"] + counts["late"], total)
    figures["on_time_percent"] = _percent(counts["on_time"], total)
    return figures


def sync_shares(portal, start=None, end=None):
    """{"units": [{"unit", "title", "dossiers", "on_time", "late", "failed", "pending",
    "synchronised_percent", "on_time_percent"}], "total": {...}} for dossiers created in
    [start, end) (aware datetimes; None: no bound)."""
    box = outbox.outbox_of(portal, create=False)
    deadline = settings.read(INationalSettings, PREFIX, "sync_deadline") * 60
    now = outbox.timestamp()
    database = portal._p_jar.db() if portal._p_jar is not None else None
    key = (id(database), "/".join(portal.getPhysicalPath()), outbox.generation(box), deadline, int(now // 60))
    # A copy: callers may change what they get, not the cached figures.
    return copy.deepcopy(_cached_shares(portal, box, deadline, now, start, end, key))


@ram.cache(lambda function, portal, box, deadline, now, start, end, key: (key, start, end))
def _cached_shares(portal, box, deadline, now, start, end, key):
    by_dossier = {}
    for event in box.events.values() if box is not None else ():
        by_dossier.setdefault(event.dossier_uid, []).append(event)
    low = start.timestamp() if start is not None else None
    high = end.timestamp() if end is not None else None
    units = {}
    for events in by_dossier.values():
        first = min(events, key=lambda event: event.seq)
        if (low is not None and first.created < low) or (high is not None and first.created >= high):
            continue
        unit = max(events, key=lambda event: event.seq).unit or ""
        counts = units.setdefault(unit, dict.fromkeys(KINDS, 0))
        counts[_classify(events, deadline, now)] += 1
    titles = _agency_titles() if units else {}
    total = dict.fromkeys(KINDS, 0)
    rows = []
    for unit in sorted(units, key=lambda code: (titles.get(code) or code)):
        for kind in KINDS:
            total[kind] += units[unit][kind]
        rows.append({"unit": unit, "title": titles.get(unit) or unit, **_figures(units[unit])})
    return {"units": rows, "total": _figures(total)}
