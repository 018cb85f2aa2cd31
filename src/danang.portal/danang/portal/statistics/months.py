"""Months in Da Nang's time: keys "YYYY-MM", their first instant, and boundaries in a span.

Every counter is kept per month of local time (UTC+7): a dossier accepted at 06:00 on 1 April
local time belongs to April even though it is still 31 March in UTC.
"""

from danang.portal.deadlines.working_calendar import TIMEZONE
from datetime import datetime


def month_key(year, month):
    return f"{year:04d}-{month:02d}"


def month_of(timestamp):
    """The month key of an epoch timestamp."""
    moment = datetime.fromtimestamp(timestamp, TIMEZONE)
    return month_key(moment.year, moment.month)


def split(key):
    year, month = key.split("-")
    return int(year), int(month)


def shift(key, months):
    """The month ``months`` after (or before, if negative) ``key``."""
    year, month = split(key)
    index = year * 12 + month - 1 + months
    return month_key(index // 12, index % 12 + 1)


def first_instant(key):
    """The first moment of the month (aware datetime, local time)."""
    year, month = split(key)
    return datetime(year, month, 1, tzinfo=TIMEZONE)


def first_stamp(key):
    return int(first_instant(key).timestamp())


def span(first, last):
    """Month keys from ``first`` to ``last`` included."""
    keys = []
    key = first
    while key <= last:
        keys.append(key)
        key = shift(key, 1)
    return keys


def boundaries(start, end):
    """(month key that ends, boundary stamp) for every month boundary T with start < T <= end.

    A dossier open over (start, end] is open at each of these instants: they are the month ends
    it is counted at (in progress at the end of one month = carried over into the next).
    """
    key = shift(month_of(start), 1)
    result = []
    while True:
        boundary = first_stamp(key)
        if boundary > end:
            return result
        result.append((shift(key, -1), boundary))
        key = shift(key, 1)
