"""The worklist query: a unit's dossiers, overdue first, filtered, batched, counted per state.

Everything comes from the catalog (indexes and metadata), never from loading dossiers, so a
page costs the same with 2,000 or 200,000 dossiers:

* the list is three sorted catalog queries with ``sort_limit`` (the catalog then keeps only the
  first ``b_start + b_size`` keys of the ``due`` index instead of sorting the whole result):
  (A) overdue: open states and ``due`` before now; (B) the rest: closed states, and open states
  with ``due`` from now on. A comes first; B's two parts are merged by due date.
* counts per state intersect the filtered result set with the ``dossier_status`` index's own
  sets (one set intersection per state, no object, no brain).

``due`` is a DateIndex with minute resolution: "overdue" is ``due`` before the current minute,
so the overdue and the other queries split the dossiers exactly (no dossier in both or neither).
Dossiers are expected to have a due date (create_dossier always sets one).
"""

from BTrees.IIBTree import IISet
from BTrees.IIBTree import IITreeSet
from BTrees.IIBTree import intersection
from danang.portal import clock
from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.dossier.lookup_keys import applicant_query
from danang.portal.dossier.status import BY_STATE
from danang.portal.dossier.status import CLOSED_STATES
from danang.portal.dossier.status import STATUSES
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from plone import api
from ZTUtils.Lazy import LazyMap

import heapq

# Open = the deadline clock applies (within deadline / overdue, docs/domain/statuses.md).
OPEN_STATES = tuple(status.state for status in STATUSES if status.state not in CLOSED_STATES)
# Nothing left for the unit to do: hidden from the default worklist. "finished" stays (the
# result is still to be returned).
TERMINAL_STATES = frozenset({"refused", "withdrawn", "stopped", "returned"})
PENDING_STATES = tuple(status.state for status in STATUSES if status.state not in TERMINAL_STATES)
ALL_STATES = tuple(status.state for status in STATUSES)
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MINUTE = timedelta(minutes=1)


@dataclass
class Filters:
    """What the official asked for. ``units`` empty means every unit (city-wide)."""

    units: tuple = ()
    states: tuple = PENDING_STATES
    sector: str = None
    service_code: str = None
    received_from: date = None
    received_to: date = None
    channel: str = None
    id_number: str = None
    # Only dossiers whose draft result awaits the leader's approval (dossier/indexers.py).
    awaiting_approval: bool = False


@dataclass
class Row:
    brain: object
    overdue: bool


@dataclass
class Page:
    rows: list
    total: int
    overdue_total: int
    b_start: int
    b_size: int
    counts: dict = field(default_factory=dict)


def _day_start(day):
    return datetime.combine(day, time.min, tzinfo=TIMEZONE)


def base_query(filters):
    """Catalog query of the filters, without the states (shared by the list and the counts)."""
    query = {"portal_type": "Dossier"}
    if filters.units:
        # The receiving unit and, after a transfer, the unit holding the dossier.
        query["handling_units"] = list(filters.units)
    if filters.sector:
        query["sector"] = filters.sector
    if filters.service_code:
        query["service_code"] = filters.service_code
    if filters.channel:
        query["channel"] = filters.channel
    if filters.received_from or filters.received_to:
        # Whole local days, both ends included.
        low = _day_start(filters.received_from) if filters.received_from else None
        high = _day_start(filters.received_to) + timedelta(days=1) - MINUTE if filters.received_to else None
        if low and high:
            query["received"] = {"query": (low, high), "range": "min:max"}
        elif low:
            query["received"] = {"query": low, "range": "min"}
        else:
            query["received"] = {"query": high, "range": "max"}
    if filters.id_number:
        query.update(applicant_query(id_number=filters.id_number))
    if filters.awaiting_approval:
        query["awaiting_approval"] = True
    return query


def _codes(states):
    return [BY_STATE[state].code for state in states if state in BY_STATE]


def _search(catalog, query, **extra):
    # Dossiers have no publication dates: skip the effectiveRange filter (show_inactive), which
    # would otherwise be applied to officials and cost a date-range query on every search.
    return catalog.searchResults(dict(query, **extra), show_inactive=True)


def _now_minute(now):
    now = now if now is not None else clock.now()
    return now.replace(second=0, microsecond=0)


def overdue_results(filters, now=None, limit=None, catalog=None):
    """Overdue dossiers (open, due before now) sorted by due date: a lazy catalog result."""
    catalog = catalog if catalog is not None else api.portal.get_tool("portal_catalog")
    codes = _codes(state for state in filters.states if state in OPEN_STATES)
    if not codes:
        return []
    extra = {"sort_on": "due", "sort_order": "ascending"}
    if limit:
        extra["sort_limit"] = limit
    due = {"query": _now_minute(now) - MINUTE, "range": "max"}
    return _search(catalog, base_query(filters), dossier_status=codes, due=due, **extra)


def _rest_results(filters, now, limit, catalog):
    """The non-overdue dossiers as sorted lazy parts: closed ones, open ones due from now on."""
    extra = {"sort_on": "due", "sort_order": "ascending"}
    if limit:
        extra["sort_limit"] = limit
    query = base_query(filters)
    parts = []
    closed = _codes(state for state in filters.states if state not in OPEN_STATES)
    if closed:
        parts.append(_search(catalog, query, dossier_status=closed, **extra))
    open_codes = _codes(state for state in filters.states if state in OPEN_STATES)
    if open_codes:
        due = {"query": _now_minute(now), "range": "min"}
        parts.append(_search(catalog, query, dossier_status=open_codes, due=due, **extra))
    return parts


def result_count(results):
    """All matching dossiers of a catalog result; ``len()`` stops at ``sort_limit``."""
    return getattr(results, "actual_result_count", None) or len(results)


def _due_key(brain):
    return brain.due


def worklist(filters, b_start=0, b_size=DEFAULT_PAGE_SIZE, now=None, catalog=None, counts=True):
    """One page of the worklist: overdue dossiers first, then the others, each by due date."""
    catalog = catalog if catalog is not None else api.portal.get_tool("portal_catalog")
    b_start = max(0, int(b_start))
    b_size = max(1, min(MAX_PAGE_SIZE, int(b_size)))
    end = b_start + b_size
    overdue = overdue_results(filters, now, end, catalog)
    overdue_total = result_count(overdue)
    rows = [Row(brain, True) for brain in overdue[b_start:end]] if b_start < overdue_total else []
    rest = _rest_results(filters, now, max(1, end - overdue_total), catalog)
    rest_total = sum(result_count(part) for part in rest)
    if len(rows) < b_size and rest:
        skip = max(0, b_start - overdue_total)
        wanted = skip + b_size - len(rows)
        merged = heapq.merge(*(part[:wanted] for part in rest), key=_due_key)
        for number, brain in enumerate(merged):
            if number >= wanted:
                break
            if number >= skip:
                rows.append(Row(brain, False))
    page = Page(rows, overdue_total + rest_total, overdue_total, b_start, b_size)
    if counts:
        page.counts = state_counts(filters, catalog)
    return page


def _result_set(results):
    """The record ids of an unsorted catalog result, as a set (no brain is made)."""
    if not isinstance(results, LazyMap):
        # Empty results are a LazyCat; anything else unexpected still works, only slower.
        return IISet([brain.getRID() for brain in results])
    sequence = results._seq
    if not isinstance(sequence, (IISet, IITreeSet)):
        sequence = IISet(sequence)
    return sequence


AWAITING_APPROVAL = "awaiting_approval"


def _count(matching, index, key):
    rids = index._index.get(key) if index is not None else None
    if rids is None or not matching:
        return 0
    if isinstance(rids, int):
        return int(rids in matching)
    return len(intersection(matching, rids))


def state_counts(filters, catalog=None):
    """{state id: number of dossiers} under every filter but the state, from the status index,
    and under ``AWAITING_APPROVAL`` those whose draft awaits the leader's approval."""
    catalog = catalog if catalog is not None else api.portal.get_tool("portal_catalog")
    matching = _result_set(_search(catalog, base_query(replace(filters, awaiting_approval=False))))
    index = catalog._catalog.getIndex("dossier_status")
    counts = {status.state: _count(matching, index, status.code) for status in STATUSES}
    indexes = catalog._catalog.indexes
    counts[AWAITING_APPROVAL] = _count(matching, indexes.get(AWAITING_APPROVAL), True)
    return counts
