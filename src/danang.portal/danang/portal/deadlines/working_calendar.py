"""Working-day arithmetic for dossier deadlines (pure Python, no Plone).

The rules, as the portal applies them (docs/domain/deadlines.md):

- A working day is Monday to Friday, except the days off of the calendar (public holidays,
  Tết, compensatory days, days swapped by the government), plus the swapped working days
  (a Saturday worked in exchange for a day off).
- The **receipt day** of a dossier is the day it was received, unless it was received on a
  non-working day or at or after the afternoon cut-off: then it is the next working day.
- A limit in **working days** ends at the close of the N-th working day after the receipt day.
  The receipt day itself is not counted (Civil Code 2015, art. 147: a period in days starts
  the day after the event). A fraction of a day counts as a whole day, except that limits
  shorter than one day are counted in working hours.
- A limit in **calendar days** ends at the close of the N-th calendar day after the receipt day,
  or at the close of the next working day when that day is not a working day (Civil Code
  2015, art. 148).
- A limit in **working hours** runs only within the working hours of working days, from the
  receipt time (or from the opening of the receipt day when the receipt day was shifted).
- A paused clock (supplement or payment requested) moves the due date forward by the working
  time that elapsed while paused (``shift_due``), to the close of the working period (the
  morning or afternoon session) where it lands: appointments are whole working periods, never
  "07:39".

All datetimes returned are aware, in Asia/Ho_Chi_Minh (the portal's clock, clock.py); naive
datetimes given are read as local.
"""

from danang.portal.clock import local
from danang.portal.clock import TIMEZONE
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta

import math

UNITS = ("working_days", "days", "hours")
# Defaults documented in deadlines/README and the control panel: an 8-hour day (Labour Code
# 2019, art. 105; the catalogue converts hours to days at 8 a day too) and a 16:00 cut-off, one
# hour before the desks close, so that late dossiers are logged the next morning. [K]
DEFAULT_SESSIONS = ((time(7, 30), time(11, 30)), (time(13, 0), time(17, 0)))
DEFAULT_CUTOFF = time(16, 0)
SATURDAY = 5
# Guard against a calendar where nothing is ever a working day (an administrator's mistake).
MAX_SCAN_DAYS = 3660


def _day_of(value):
    if isinstance(value, datetime):
        return local(value).date()
    return value


class WorkingCalendar:
    """Days off, swapped working days, the cut-off time and the working sessions of a day.

    >>> calendar = WorkingCalendar(days_off={date(2024, 4, 30): "Ngày Chiến thắng"})
    >>> calendar.is_working_day(date(2024, 4, 30))
    False
    >>> calendar.due_date(datetime(2024, 4, 29, 9, 0), 3, "working_days")
    datetime.datetime(2024, 5, 3, 17, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=25200), 'ICT'))
    """

    def __init__(self, days_off=None, working_days=None, cutoff=DEFAULT_CUTOFF, sessions=DEFAULT_SESSIONS):
        self.days_off = dict(days_off or {})
        self.working_days = dict(working_days or {})
        self.cutoff = cutoff
        self.sessions = tuple(sorted(sessions))
        if not self.sessions or any(start >= end for start, end in self.sessions):
            raise ValueError("working sessions must be non-empty (start, end) pairs")
        for (_start, end), (next_start, _end) in zip(self.sessions, self.sessions[1:]):
            if next_start < end:
                raise ValueError("working sessions must not overlap")
        self.day_length = sum(
            (_span(start, end) for start, end in self.sessions), timedelta()
        )

    # Days

    def is_working_day(self, day):
        """True when offices work that day (a date, or a datetime read in local time)."""
        day = _day_of(day)
        if day in self.working_days:
            return True
        if day in self.days_off:
            return False
        return day.weekday() < SATURDAY

    def next_working_day(self, day):
        """The first working day strictly after ``day``."""
        day = _day_of(day)
        for _i in range(MAX_SCAN_DAYS):
            day += timedelta(days=1)
            if self.is_working_day(day):
                return day
        raise ValueError("no working day within ten years: check the calendar")

    def add_working_days(self, day, count):
        """The ``count``-th working day after ``day`` (``day`` itself when ``count`` is 0)."""
        day = _day_of(day)
        for _i in range(int(count)):
            day = self.next_working_day(day)
        return day

    def working_days_between(self, start, end):
        """Working days after ``start``'s day up to and including ``end``'s day.

        Negative when ``end`` is before ``start``. Monday to Thursday of a plain week is 3,
        like the days of a 3-working-day limit.
        """
        first, last = _day_of(start), _day_of(end)
        if last < first:
            return -self.working_days_between(last, first)
        count = 0
        day = first
        while day < last:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count

    def opening(self, day):
        return datetime.combine(_day_of(day), self.sessions[0][0], TIMEZONE)

    def closing(self, day):
        return datetime.combine(_day_of(day), self.sessions[-1][1], TIMEZONE)

    # Receipt

    def receipt_day(self, received):
        """The day a dossier counts as received: shifted past non-working days and the cut-off."""
        moment = local(received)
        if self.is_working_day(moment.date()) and moment.time() < self.cutoff:
            return moment.date()
        return self.next_working_day(moment.date())

    def clock_start(self, received):
        """When the clock starts: the receipt time, or the opening of the (shifted) receipt day."""
        moment = local(received)
        day = self.receipt_day(moment)
        if day != moment.date():
            return self.opening(day)
        return max(moment, self.opening(day))

    # Working time

    def _sessions_of(self, day):
        if not self.is_working_day(day):
            return ()
        return tuple(
            (datetime.combine(day, start, TIMEZONE), datetime.combine(day, end, TIMEZONE))
            for start, end in self.sessions
        )

    def working_time_between(self, start, end):
        """Working time (a timedelta) between two moments; negative when ``end`` is earlier."""
        start, end = local(start), local(end)
        if end < start:
            return -self.working_time_between(end, start)
        total = timedelta()
        day = start.date()
        while day <= end.date():
            for session_start, session_end in self._sessions_of(day):
                overlap = min(end, session_end) - max(start, session_start)
                if overlap > timedelta():
                    total += overlap
            day += timedelta(days=1)
        return total

    def add_working_time(self, start, amount):
        """The moment when ``amount`` (a timedelta) of working time has run from ``start``.

        A result that falls on the boundary between two days is the close of the earlier day
        (Wednesday 17:00, not Thursday 07:30), so that "the due day" means what people expect.
        """
        moment = local(start)
        remaining = amount
        if remaining < timedelta():
            raise ValueError("working time to add must not be negative")
        if remaining == timedelta():
            return moment
        day = moment.date()
        for _i in range(MAX_SCAN_DAYS * 2):
            for session_start, session_end in self._sessions_of(day):
                begin = max(moment, session_start)
                if begin >= session_end:
                    continue
                available = session_end - begin
                if remaining <= available:
                    return begin + remaining
                remaining -= available
            day += timedelta(days=1)
        raise ValueError("no working time within ten years: check the calendar")

    # Deadlines

    def due_date(self, received, amount, unit="working_days"):
        """The due date (appointment) of a dossier received at ``received``.

        ``amount`` is the service's processing time in ``unit``: "working_days", "days"
        (calendar days) or "hours" (working hours).
        """
        if unit not in UNITS:
            raise ValueError(f"unknown time unit {unit!r}, expected one of {UNITS}")
        amount = float(amount or 0)
        if amount < 0:
            raise ValueError("processing time must not be negative")
        day = self.receipt_day(received)
        if unit == "hours":
            return self.add_working_time(self.clock_start(received), timedelta(hours=amount))
        if unit == "working_days":
            if 0 < amount < 1:
                return self.add_working_time(self.clock_start(received), self.day_length * amount)
            return self.closing(self.add_working_days(day, math.ceil(amount)))
        last = day + timedelta(days=math.ceil(amount))
        if not self.is_working_day(last):
            last = self.next_working_day(last)
        return self.closing(last)

    def period_end(self, moment):
        """The close of the working period (session) ``moment`` falls in; ``moment`` itself when
        it is outside working hours (a day's close, a lunch break's start)."""
        moment = local(moment)
        for session_start, session_end in self._sessions_of(moment.date()):
            if session_start <= moment <= session_end:
                return session_end
        return moment

    def shift_due(self, due, paused_from, paused_to):
        """The due date moved forward by the working time of a pause (supplement, payment), to
        the close of the working period it lands in (docs/domain/deadlines.md, "Pauses")."""
        paused = self.working_time_between(paused_from, paused_to)
        # Whole minutes: a pause of seconds (a supplement sent at once) moves nothing.
        paused = timedelta(minutes=paused // timedelta(minutes=1))
        if paused <= timedelta():
            return local(due)
        return self.period_end(self.add_working_time(due, paused))


def _span(start, end):
    return datetime.combine(date.min, end) - datetime.combine(date.min, start)
