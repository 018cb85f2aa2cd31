"""Deadlines with the site's calendar: the functions the dossier and workflow code call.

The calendar comes from the registry records administrators edit (deadlines/interfaces.py);
outside a site (scripts, unit tests of pure code) it falls back to the shipped data file with the
default cut-off and working hours.

    >>> from danang.portal.deadlines.api import due_date
    >>> from datetime import datetime
    >>> due_date(datetime(2025, 1, 24, 9, 0), 3, "working_days")   # Friday before Tết Ất Tỵ
    datetime.datetime(2025, 2, 5, 17, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=25200), 'ICT'))
"""

from danang.portal.deadlines.data import parse_lines
from danang.portal.deadlines.data import shipped_lines
from danang.portal.deadlines.interfaces import REGISTRY_PREFIX
from danang.portal.deadlines.working_calendar import DEFAULT_CUTOFF
from danang.portal.deadlines.working_calendar import DEFAULT_SESSIONS
from danang.portal.deadlines.working_calendar import WorkingCalendar
from datetime import time
from plone.registry.interfaces import IRegistry
from zope.component import queryUtility

import logging
import threading

logger = logging.getLogger(__name__)

_cache = threading.local()


def _clock(value, default):
    try:
        hours, minutes = (int(part) for part in (value or "").strip().split(":"))
        return time(hours, minutes)
    except (TypeError, ValueError):
        return default


def _sessions(lines):
    sessions = []
    for line in lines or ():
        start, _sep, end = (line or "").partition("-")
        start, end = _clock(start, None), _clock(end, None)
        if start is not None and end is not None:
            sessions.append((start, end))
    return tuple(sessions) or DEFAULT_SESSIONS


def _days(lines):
    """{date: name} of the lines that parse; a malformed line is skipped (and logged)."""
    days = {}
    for line in lines:
        try:
            days.update(parse_lines([line]))
        except ValueError:
            logger.warning("ignoring malformed calendar line %r in the registry", line)
    return days


def _settings():
    registry = queryUtility(IRegistry)
    records = getattr(registry, "records", None)
    if records is not None and f"{REGISTRY_PREFIX}.days_off" in records:
        def value(name):
            return registry.get(f"{REGISTRY_PREFIX}.{name}")

        return (
            tuple(value("days_off") or ()),
            tuple(value("working_days") or ()),
            value("cutoff_time"),
            tuple(value("working_hours") or ()),
        )
    # Outside a site, or before the profile has registered the records.
    return (
        tuple(shipped_lines("days_off")),
        tuple(shipped_lines("working_days")),
        None,
        (),
    )


def get_calendar():
    """The WorkingCalendar of the current site's settings (rebuilt only when they change)."""
    key = _settings()
    cached = getattr(_cache, "calendar", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    days_off, working_days, cutoff, hours = key
    try:
        calendar = WorkingCalendar(
            days_off=_days(days_off),
            working_days=_days(working_days),
            cutoff=_clock(cutoff, DEFAULT_CUTOFF),
            sessions=_sessions(hours),
        )
    except ValueError:
        # Records written around the control panel's checks (overlapping hours): a dossier must
        # still get a due date, so use the default hours and say so in the log.
        logger.warning("invalid working hours %r in the registry; using the defaults", hours)
        calendar = WorkingCalendar(
            days_off=_days(days_off),
            working_days=_days(working_days),
            cutoff=_clock(cutoff, DEFAULT_CUTOFF),
        )
    _cache.calendar = (key, calendar)
    return calendar


def due_date(received, amount, unit="working_days"):
    """Due date (aware datetime) of a dossier received at ``received`` with a limit of ``amount``
    ``unit`` ("working_days", "days" or "hours"). See working_calendar.py for the rules."""
    return get_calendar().due_date(received, amount, unit)


def is_working_day(day):
    """True when offices work on ``day`` (a date, or a datetime read in Asia/Ho_Chi_Minh)."""
    return get_calendar().is_working_day(day)


def working_days_between(start, end):
    """Working days after ``start``'s day up to and including ``end``'s day (negative if earlier)."""
    return get_calendar().working_days_between(start, end)


def working_time_between(start, end):
    """Working time (timedelta) between two moments: how long a paused clock was paused."""
    return get_calendar().working_time_between(start, end)


def add_working_time(start, amount):
    """The moment ``amount`` (timedelta) of working time after ``start``."""
    return get_calendar().add_working_time(start, amount)


def shift_due(due, paused_from, paused_to):
    """``due`` moved forward by the working time between ``paused_from`` and ``paused_to``."""
    return get_calendar().shift_due(due, paused_from, paused_to)


def receipt_day(received):
    """The working day a dossier received at ``received`` counts as received (cut-off applied)."""
    return get_calendar().receipt_day(received)
