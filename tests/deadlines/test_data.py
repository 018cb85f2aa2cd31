"""The shipped holiday calendar (deadlines/holidays.json) and its one-line text form."""

from danang.portal.deadlines.data import format_line
from danang.portal.deadlines.data import merge_lines
from danang.portal.deadlines.data import parse_line
from danang.portal.deadlines.data import parse_lines
from danang.portal.deadlines.data import shipped_calendar
from danang.portal.deadlines.data import shipped_lines
from danang.portal.devtools.holiday_projection import project_year
from datetime import date

import holidays
import pytest

YEARS = range(2019, 2031)


@pytest.fixture(scope="module")
def days_off():
    return parse_lines(shipped_lines("days_off"))


@pytest.fixture(scope="module")
def working_days():
    return parse_lines(shipped_lines("working_days"))


@pytest.mark.parametrize("year", YEARS)
def test_every_year_has_the_fixed_holidays(days_off, year):
    for month, day in ((1, 1), (4, 30), (5, 1), (9, 2)):
        assert date(year, month, day) in days_off, (year, month, day)


@pytest.mark.parametrize("year", YEARS)
def test_every_year_has_tet_on_its_lunar_date(days_off, year):
    # The first day of the lunar year, as the holidays package computes it, plus the other
    # four days off the Labour Code gives around it, all on the shipped calendar.
    lunar = holidays.country_holidays("VN", years=[year], language="vi")
    tet = [day for day, name in lunar.items() if name == "Tết Nguyên Đán"]
    assert len(tet) == 1
    assert tet[0] in days_off
    assert "Tết" in days_off[tet[0]]
    tet_days = [day for day, name in days_off.items() if "Tết" in name and day.month in (1, 2)]
    assert len(tet_days) >= 5


def test_every_year_is_marked_announced_or_projected():
    years = shipped_calendar()["years"]
    assert sorted(years) == [str(year) for year in YEARS]
    assert {entry["status"] for entry in years.values()} == {"announced", "projected"}
    assert all(years[str(year)]["status"] == "projected" for year in range(2026, 2031))


def test_swapped_working_days_are_weekend_days(days_off, working_days):
    assert working_days
    assert all(day.weekday() >= 5 for day in working_days)
    assert not set(working_days) & set(days_off)
    # Each swap gives a weekday off in exchange.
    assert date(2025, 4, 26) in working_days and date(2025, 5, 2) in days_off
    assert date(2024, 5, 4) in working_days and date(2024, 4, 29) in days_off


def test_every_day_has_a_name(days_off, working_days):
    assert all(name.strip() for name in days_off.values())
    assert all(name.strip() for name in working_days.values())


def test_projection_matches_the_file_for_projected_years(days_off):
    # Projected years are exactly what devtools/holiday_projection.py gives (so regenerating is safe).
    for year in range(2027, 2031):
        projected = {date.fromisoformat(entry["date"]) for entry in project_year(year)["days_off"]}
        assert projected == {day for day in days_off if day.year == year}


def test_lines():
    assert parse_line("2025-09-02|Quốc khánh") == (date(2025, 9, 2), "Quốc khánh")
    assert parse_line(" 2025-09-02 | Quốc khánh ") == (date(2025, 9, 2), "Quốc khánh")
    assert parse_line("2025-09-02") == (date(2025, 9, 2), "")
    assert format_line(date(2025, 9, 2), "Quốc khánh") == "2025-09-02|Quốc khánh"
    for bad in ("02/09/2025|Quốc khánh", "2025-13-01|x", "", "Quốc khánh"):
        with pytest.raises(ValueError):
            parse_line(bad)
    assert parse_lines(["", "2025-09-02|A", "  ", "2025-09-02|B"]) == {date(2025, 9, 2): "B"}


def test_merge_keeps_what_administrators_wrote():
    current = ["2031-01-01|Tết Dương lịch (sửa)"]
    shipped = ["2031-01-01|Tết Dương lịch", "2030-09-02|Quốc khánh"]
    assert merge_lines(current, shipped) == ["2030-09-02|Quốc khánh", "2031-01-01|Tết Dương lịch (sửa)"]
