"""desk/query.py against brute force over the dossiers: filters, counts, order, batching."""

from danang.portal.desk.query import ALL_STATES
from danang.portal.desk.query import Filters
from danang.portal.desk.query import OPEN_STATES
from danang.portal.desk.query import PENDING_STATES
from danang.portal.desk.query import state_counts
from danang.portal.desk.query import worklist
from danang.portal.dossier.lookup_keys import normalize_id_number
from datetime import date
from datetime import timedelta
from plone import api
from tests.fixtures.desk_data import NOW
from tests.fixtures.desk_data import UNITS


def _state(dossier):
    return api.content.get_state(dossier)


def _matches(dossier, filters, with_state=True):
    received = dossier.received.astimezone(NOW.tzinfo).date()
    return (
        (not filters.units or dossier.receiving_unit in filters.units)
        and (not with_state or _state(dossier) in filters.states)
        and (not filters.sector or dossier.sector == filters.sector)
        and (not filters.service_code or dossier.service_code == filters.service_code)
        and (not filters.channel or dossier.channel == filters.channel)
        and (not filters.received_from or received >= filters.received_from)
        and (not filters.received_to or received <= filters.received_to)
        and (not filters.id_number or normalize_id_number(dossier.applicant_id_number or "") == normalize_id_number(filters.id_number))
    )


def _overdue(dossier):
    return _state(dossier) in OPEN_STATES and dossier.due < NOW


def _expected(dossiers, filters):
    """Brute force: overdue (open, due before now) first, then the others, each by due date."""
    chosen = [d for d in dossiers if _matches(d, filters)]
    return sorted(chosen, key=lambda d: (not _overdue(d), d.due))


def _all_rows(filters, size=7):
    rows, start = [], 0
    while True:
        page = worklist(filters, start, size, now=NOW, counts=False)
        rows.extend(page.rows)
        start += size
        if start >= page.total:
            return rows, page


FILTERS = [
    {},
    {"states": ALL_STATES},
    {"states": ("processing",)},
    {"states": ("returned", "refused")},
    {"sector": "ho-tich"},
    {"service_code": "9.99100"},
    {"channel": "post", "states": ALL_STATES},
    {"received_from": (NOW - timedelta(days=30)).date(), "received_to": (NOW - timedelta(days=10)).date()},
    {"received_to": (NOW - timedelta(days=40)).date(), "states": ALL_STATES},
    {"id_number": "0480 9000 1234", "states": ALL_STATES},
    {"channel": "online", "sector": "xay-dung", "received_from": date(2025, 2, 1)},
]


def test_worklist_and_counts_match_brute_force(portal, dossiers):
    # One site for every case: building the dossiers is the slow part.
    for unit in ((UNITS[0],), (UNITS[1],), UNITS):
        for extra in FILTERS:
            filters = Filters(units=unit, **extra)
            case = (unit, extra)
            expected = _expected(dossiers, filters)
            rows, page = _all_rows(filters)
            assert page.total == len(expected), case
            assert [row.brain.due for row in rows] == [d.due for d in expected], case
            assert {row.brain.getPath() for row in rows} == {"/".join(d.getPhysicalPath()) for d in expected}, case
            assert [row.overdue for row in rows] == [_overdue(d) for d in expected], case
            assert page.overdue_total == sum(map(_overdue, expected)), case
            counts = state_counts(filters)
            for state in ALL_STATES:
                assert counts[state] == sum(
                    1 for d in dossiers if _matches(d, filters, with_state=False) and _state(d) == state
                ), (case, state)
    # The filters do filter: the cases above are not all empty or all everything.
    assert 0 < worklist(Filters(units=UNITS, id_number="048090001234", states=ALL_STATES), now=NOW).total < len(dossiers)


def test_overdue_first_then_by_due(portal, dossiers):
    rows, page = _all_rows(Filters(units=(UNITS[0],), states=ALL_STATES))
    flags = [row.overdue for row in rows]
    assert True in flags and False in flags
    # All overdue rows come before all others; each part is ordered by due date.
    assert flags == sorted(flags, reverse=True)
    overdue = [row.brain.due for row in rows if row.overdue]
    rest = [row.brain.due for row in rows if not row.overdue]
    assert overdue == sorted(overdue) and rest == sorted(rest)
    assert all(due < NOW for due in overdue)
    # A closed dossier past its due date is not overdue: it comes with the others.
    assert any(
        not row.overdue and row.brain.due < NOW and row.brain.dossier_status in (3, 7, 8, 9, 10) for row in rows
    )


def test_default_states_are_the_pending_ones(portal, dossiers):
    rows, page = _all_rows(Filters(units=(UNITS[0],)))
    codes = {row.brain.dossier_status for row in rows}
    assert codes and codes <= {1, 2, 4, 5, 6, 9}
    assert page.total == len([d for d in dossiers if d.receiving_unit == UNITS[0] and _state(d) in PENDING_STATES])


def test_batches_cover_the_list_once(portal, dossiers):
    filters = Filters(units=UNITS, states=ALL_STATES)
    rows, page = _all_rows(filters, size=4)
    paths = [row.brain.getPath() for row in rows]
    assert len(paths) == len(set(paths)) == page.total == len(dossiers)
    # A page past the end is empty, not an error.
    assert worklist(filters, 1000, 20, now=NOW).rows == []
