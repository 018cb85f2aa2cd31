"""Working-day arithmetic on the shipped calendar: Tết, 30/4-1/5, 2/9, weekends, cut-off, swaps."""

from danang.portal.deadlines.data import parse_lines
from danang.portal.deadlines.data import shipped_lines
from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.deadlines.working_calendar import WorkingCalendar
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from datetime import UTC

import pytest


@pytest.fixture(scope="module")
def calendar():
    return WorkingCalendar(
        days_off=parse_lines(shipped_lines("days_off")),
        working_days=parse_lines(shipped_lines("working_days")),
    )


def at(year, month, day, hour=9, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=TIMEZONE)


def close(year, month, day):
    return at(year, month, day, 17, 0)


# (received, processing time, unit, due): each case names the rule it shows.
CASES = [
    # Plain week: received Monday morning, 3 working days -> Thursday's close.
    pytest.param(at(2024, 3, 4), 3, "working_days", close(2024, 3, 7), id="plain-week"),
    # Friday + 2 working days skips the weekend.
    pytest.param(at(2024, 3, 8), 2, "working_days", close(2024, 3, 12), id="weekend"),
    # Received on Saturday: counts as received Monday.
    pytest.param(at(2024, 3, 9), 1, "working_days", close(2024, 3, 12), id="received-saturday"),
    # Cut-off 16:00: 15:59 is that day, 16:00 is the next working day.
    pytest.param(at(2024, 3, 4, 15, 59), 1, "working_days", close(2024, 3, 5), id="before-cutoff"),
    pytest.param(at(2024, 3, 4, 16, 0), 1, "working_days", close(2024, 3, 6), id="at-cutoff"),
    pytest.param(at(2024, 3, 8, 16, 30), 1, "working_days", close(2024, 3, 12), id="friday-after-cutoff"),
    # Tết Kỷ Hợi 2019: off 4-8/02 (plus weekends 2-3 and 9-10/02).
    pytest.param(at(2019, 2, 1), 1, "working_days", close(2019, 2, 11), id="tet-2019"),
    # Tết Canh Tý 2020: off 23-29/01.
    pytest.param(at(2020, 1, 22), 2, "working_days", close(2020, 1, 31), id="tet-2020"),
    # Tết Quý Mão 2023: off 20-26/01; received on the first day off.
    pytest.param(at(2023, 1, 20), 1, "working_days", close(2023, 1, 30), id="tet-2023-received-on-holiday"),
    # Tết Giáp Thìn 2024: off 8-14/02.
    pytest.param(at(2024, 2, 7), 1, "working_days", close(2024, 2, 15), id="tet-2024"),
    # Tết Ất Tỵ 2025: off 27-31/01 (25/01-02/02 with weekends).
    pytest.param(at(2025, 1, 24), 3, "working_days", close(2025, 2, 5), id="tet-2025"),
    # Tết Bính Ngọ 2026 (projected from the Labour Code): off 16-20/02.
    pytest.param(at(2026, 2, 13), 1, "working_days", close(2026, 2, 23), id="tet-2026"),
    # 30/4-1/5 2024: Monday 29/04 swapped with Saturday 04/05, which is worked.
    pytest.param(at(2024, 4, 26), 1, "working_days", close(2024, 5, 2), id="april-2024-swap"),
    pytest.param(at(2024, 5, 3), 1, "working_days", close(2024, 5, 4), id="saturday-worked-2024"),
    # 30/4-1/5 2025: Friday 02/05 swapped with Saturday 26/04.
    pytest.param(at(2025, 4, 25), 1, "working_days", close(2025, 4, 26), id="saturday-worked-2025"),
    pytest.param(at(2025, 4, 29), 1, "working_days", close(2025, 5, 5), id="april-2025"),
    # A dossier received on the worked Saturday counts from that Saturday.
    pytest.param(at(2025, 4, 26, 10), 1, "working_days", close(2025, 4, 28), id="received-on-worked-saturday"),
    # 30/4-1/5 2023: Giỗ Tổ (Sat 29/04) and 30/04 (Sunday) compensated on 02-03/05.
    pytest.param(at(2023, 4, 28), 1, "working_days", close(2023, 5, 4), id="april-2023-compensated"),
    # 2/9 2024: off Monday 2 and Tuesday 3.
    pytest.param(at(2024, 8, 30), 1, "working_days", close(2024, 9, 4), id="national-day-2024"),
    # 2/9 2025: off Monday 1 and Tuesday 2.
    pytest.param(at(2025, 8, 29), 2, "working_days", close(2025, 9, 4), id="national-day-2025"),
    # 2/9 2023 (Saturday): off Friday 1 and Monday 4 (compensatory).
    pytest.param(at(2023, 8, 31), 1, "working_days", close(2023, 9, 5), id="national-day-2023"),
    # Calendar days: weekends count, but a limit ending on a day off moves to the next working day.
    pytest.param(at(2024, 3, 4), 5, "days", close(2024, 3, 11), id="days-end-on-saturday"),
    pytest.param(at(2024, 3, 4), 10, "days", close(2024, 3, 14), id="days"),
    pytest.param(at(2024, 3, 4), 10, "working_days", close(2024, 3, 18), id="working-days-vs-days"),
    pytest.param(at(2025, 1, 20), 8, "days", close(2025, 2, 3), id="days-end-in-tet"),
    # Working hours: 8 hours from Monday 10:00 is Tuesday 10:00 (lunch 11:30-13:00 excluded).
    pytest.param(at(2024, 3, 4, 10), 8, "hours", at(2024, 3, 5, 10), id="hours"),
    pytest.param(at(2024, 3, 4, 10), 4, "hours", at(2024, 3, 4, 15, 30), id="hours-over-lunch"),
    pytest.param(at(2024, 3, 8, 15), 4, "hours", at(2024, 3, 11, 9, 30), id="hours-over-weekend"),
    pytest.param(at(2024, 3, 4, 16, 30), 4, "hours", at(2024, 3, 5, 11, 30), id="hours-after-cutoff"),
    pytest.param(at(2024, 3, 4, 6, 0), 2, "hours", at(2024, 3, 4, 9, 30), id="hours-before-opening"),
    # Less than a day counts in hours; a fraction above one day counts as a whole day.
    pytest.param(at(2024, 3, 4, 10), 0.5, "working_days", at(2024, 3, 4, 15, 30), id="half-day"),
    pytest.param(at(2024, 3, 4, 10), 1.5, "working_days", close(2024, 3, 6), id="one-and-a-half-days"),
    # "Giải quyết ngay": the end of the receipt day.
    pytest.param(at(2024, 3, 4, 10), 0, "working_days", close(2024, 3, 4), id="same-day"),
]


@pytest.mark.parametrize("received, amount, unit, due", CASES)
def test_due_date(calendar, received, amount, unit, due):
    assert calendar.due_date(received, amount, unit) == due


def test_due_date_is_in_vietnam_time(calendar):
    # 02:00 UTC is 09:00 in Da Nang; the answer comes back in Asia/Ho_Chi_Minh.
    received = datetime(2024, 3, 4, 2, 0, tzinfo=UTC)
    due = calendar.due_date(received, 3, "working_days")
    assert due == close(2024, 3, 7)
    assert due.utcoffset() == timedelta(hours=7)
    # 09:30 UTC on Monday is 16:30 in Da Nang: after the cut-off.
    late = datetime(2024, 3, 4, 9, 30, tzinfo=UTC)
    assert calendar.due_date(late, 1, "working_days") == close(2024, 3, 6)


def test_naive_datetimes_are_local(calendar):
    assert calendar.due_date(datetime(2024, 3, 4, 9), 3, "working_days") == close(2024, 3, 7)


@pytest.mark.parametrize(
    "day, working",
    [
        (date(2024, 3, 9), False),  # Saturday
        (date(2024, 3, 10), False),  # Sunday
        (date(2025, 1, 29), False),  # Mùng một Tết Ất Tỵ
        (date(2025, 4, 26), True),  # Saturday worked in exchange for 02/05
        (date(2025, 5, 2), False),  # Friday off in exchange
        (date(2019, 1, 5), True),  # Saturday worked for Monday 31/12/2018
        (date(2024, 9, 3), False),  # second day of National Day
        (date(2024, 9, 4), True),
        (date(2030, 2, 4), False),  # Tết Canh Tuất (projected)
    ],
)
def test_is_working_day(calendar, day, working):
    assert calendar.is_working_day(day) is working


def test_receipt_day(calendar):
    assert calendar.receipt_day(at(2025, 1, 24, 15)) == date(2025, 1, 24)
    assert calendar.receipt_day(at(2025, 1, 24, 16)) == date(2025, 2, 3)
    assert calendar.receipt_day(at(2025, 1, 28)) == date(2025, 2, 3)


def test_working_days_between(calendar):
    assert calendar.working_days_between(date(2024, 3, 4), date(2024, 3, 7)) == 3
    assert calendar.working_days_between(date(2024, 3, 7), date(2024, 3, 4)) == -3
    assert calendar.working_days_between(date(2024, 3, 4), date(2024, 3, 4)) == 0
    # Over Tết 2025: Friday 24/01 to Wednesday 05/02 is three working days.
    assert calendar.working_days_between(date(2025, 1, 24), date(2025, 2, 5)) == 3
    # Datetimes count by their day in Da Nang.
    assert calendar.working_days_between(at(2024, 3, 4, 23), at(2024, 3, 5, 1)) == 1


def test_working_time_between(calendar):
    assert calendar.working_time_between(at(2024, 3, 4, 10), at(2024, 3, 4, 14)) == timedelta(hours=2, minutes=30)
    # A weekend and Tết add nothing: Friday 16:00 to Monday 08:30 (Tết 2025 in between).
    assert calendar.working_time_between(at(2025, 1, 24, 16), at(2025, 2, 3, 8, 30)) == timedelta(hours=2)
    assert calendar.working_time_between(at(2024, 3, 5), at(2024, 3, 4)) == -timedelta(hours=8)


def test_shift_due_by_a_pause(calendar):
    due = close(2025, 1, 23)
    # Paused from Wednesday 22/01 10:00 to Monday 03/02 10:00: 24 h of working time (22/01 from
    # 10:00, 23/01, 24/01, 03/02 until 10:00), Tết and the weekends excluded: three working days.
    paused = calendar.working_time_between(at(2025, 1, 22, 10), at(2025, 2, 3, 10))
    assert paused == timedelta(hours=5, minutes=30) + timedelta(hours=16) + timedelta(hours=2, minutes=30)
    assert calendar.shift_due(due, at(2025, 1, 22, 10), at(2025, 2, 3, 10)) == close(2025, 2, 4)
    # A pause of no working time (over a weekend) moves nothing.
    assert calendar.shift_due(due, at(2025, 1, 25, 10), at(2025, 1, 26, 10)) == due


def test_a_short_pause_moves_the_due_date_to_the_close_of_a_working_period(calendar):
    # Issue 16.9: 9 minutes paused on Friday 25/12/2026 moved 17:00 to Monday 07:39; the
    # appointment is a whole working period: Monday's morning session, closing at 11:30.
    due = close(2026, 12, 25)
    assert calendar.shift_due(due, at(2026, 12, 25, 16, 50), at(2026, 12, 25, 16, 59)) == at(2026, 12, 28, 11, 30)
    # Landing in the afternoon session: its close.
    assert calendar.shift_due(at(2026, 12, 28, 11, 30), at(2026, 12, 28, 8), at(2026, 12, 28, 9)) == close(2026, 12, 28)
    assert calendar.period_end(at(2026, 12, 28, 12, 15)) == at(2026, 12, 28, 12, 15)
    # Seconds are no pause.
    assert calendar.shift_due(due, at(2026, 12, 25, 16, 50), at(2026, 12, 25, 16, 50) + timedelta(seconds=40)) == due


def test_add_working_time_lands_on_the_close(calendar):
    # Three full days from Monday's opening end on Wednesday at 17:00, not Thursday at 07:30.
    start = at(2024, 3, 4, 7, 30)
    assert calendar.add_working_time(start, timedelta(hours=24)) == close(2024, 3, 6)


def test_configurable_cutoff_and_hours():
    calendar = WorkingCalendar(cutoff=time(15, 0), sessions=((time(8, 0), time(12, 0)), (time(13, 0), time(17, 0))))
    assert calendar.due_date(at(2024, 3, 4, 15, 0), 1, "working_days") == close(2024, 3, 6)
    assert calendar.due_date(at(2024, 3, 4, 14, 59), 1, "working_days") == close(2024, 3, 5)
    assert calendar.due_date(at(2024, 3, 4, 11), 2, "hours") == at(2024, 3, 4, 14)


def test_invalid_input(calendar):
    with pytest.raises(ValueError):
        calendar.due_date(at(2024, 3, 4), 1, "weeks")
    with pytest.raises(ValueError):
        calendar.due_date(at(2024, 3, 4), -1, "working_days")
    with pytest.raises(ValueError):
        WorkingCalendar(sessions=((time(13, 0), time(12, 0)),))


def test_a_calendar_without_working_days_fails_clearly():
    every_day = {date(2024, 1, 1) + timedelta(days=offset): "" for offset in range(4000)}
    with pytest.raises(ValueError):
        WorkingCalendar(days_off=every_day).due_date(at(2024, 1, 2), 1, "working_days")
