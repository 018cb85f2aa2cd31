"""The portal's clock (clock.py): one time zone, one "now" that tests move in one place."""

from danang.portal import clock
from danang.portal.deadlines import working_calendar
from datetime import datetime
from datetime import timedelta
from datetime import UTC

import doctest
import pickle


def test_now_is_aware_and_in_da_nang():
    moment = clock.now()
    assert moment.utcoffset() == timedelta(hours=7)
    assert abs(moment - datetime.now(UTC)) < timedelta(seconds=5)


def test_local_reads_naive_moments_as_local_and_converts_aware_ones():
    assert clock.local(datetime(2025, 3, 3, 9, 0)) == datetime(2025, 3, 3, 9, 0, tzinfo=clock.TIMEZONE)
    assert clock.local(datetime(2025, 3, 3, 2, 0, tzinfo=UTC)).hour == 9


def test_the_zone_pickles_with_the_zodbs_protocol():
    moment = datetime(2025, 3, 3, 9, 0, tzinfo=clock.TIMEZONE)
    assert pickle.loads(pickle.dumps(moment, protocol=3)) == moment


def test_the_calendar_uses_the_same_zone():
    assert working_calendar.TIMEZONE is clock.TIMEZONE
    assert working_calendar.local is clock.local


def test_docstring_examples_run():
    failures, tried = doctest.testmod(clock)
    assert tried and not failures
