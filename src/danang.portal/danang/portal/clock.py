"""The portal's clock: what time it is in Da Nang (Asia/Ho_Chi_Minh).

Every "now" of the portal (a dossier received, a transition, a payment, a receipt issued, a
rating) comes from ``now()`` here, so that tests move time in one place: they replace
``danang.portal.clock.now``, and callers therefore call ``clock.now()`` through the module
(``from danang.portal import clock``), never a copy bound by ``from ... import now``.

The zone is a fixed UTC+07:00 offset: Viet Nam has kept it without daylight saving since 1975, so
it is exactly Asia/Ho_Chi_Minh for every date a dossier can have, and unlike
``zoneinfo.ZoneInfo`` (whose pickle needs protocol 4) it can be stored in the ZODB on a dossier.
"""

from datetime import datetime
from datetime import timedelta
from datetime import timezone

TIMEZONE = timezone(timedelta(hours=7), "ICT")


def now():
    """The current time, aware, in Asia/Ho_Chi_Minh.

    >>> now().utcoffset()
    datetime.timedelta(seconds=25200)
    """
    return datetime.now(TIMEZONE)


def local(moment):
    """The moment in Asia/Ho_Chi_Minh; a naive datetime is taken to be local already.

    >>> local(datetime(2025, 3, 3, 2, 0, tzinfo=timezone.utc)).hour
    9
    >>> local(datetime(2025, 3, 3, 9, 0)).tzname()
    'ICT'
    """
    if moment.tzinfo is None:
        return moment.replace(tzinfo=TIMEZONE)
    return moment.astimezone(TIMEZONE)
