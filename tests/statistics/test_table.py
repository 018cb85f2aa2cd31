"""The statistics table of March 2025 against the hand-computed figures (tests/fixtures/statistics_data.py)."""

from danang.portal.statistics.period import parse_period
from danang.portal.statistics.report import COLUMN_KEYS
from danang.portal.statistics.report import table
from danang.portal.statistics.store import get_store
from tests.fixtures.statistics_data import at
from tests.fixtures.statistics_data import MARCH


def rows_by_code(result):
    return {row["code"]: row for group in result["groups"] for row in group["rows"]}


def test_march_table_matches_hand_computed_figures(dossiers):
    period = parse_period({"period": "month", "year": "2025", "month": "3"}, at(2025, 4, 10, 10))
    result = table(get_store(), period)
    rows = rows_by_code(result)
    for code, expected in MARCH.items():
        got = {key: rows[code][key] for key in COLUMN_KEYS if rows[code][key]}
        assert got == expected, code
    # Every agency is listed, those without dossiers with zeros.
    assert rows["UBND-20227"]["carried"] == 0
    assert [group["id"] for group in result["groups"]] == ["city", "district", "ward"]
    groups = {group["id"]: group for group in result["groups"]}
    assert [row["code"] for row in groups["district"]["rows"]] == ["UBND-491", "UBND-492"]
    assert groups["city"]["total"]["received_total"] == 4
    assert groups["district"]["total"]["received_total"] == 5
    assert groups["ward"]["total"]["received_total"] == 3
    total = result["total"]
    assert total["received_total"] == 12 and total["carried"] == 2
    assert (total["early"], total["on_time"], total["late"]) == (1, 2, 1)
    assert (total["running_within"], total["running_overdue"]) == (2, 2)
    assert (total["paused_within"], total["paused_overdue"]) == (1, 1)
    # Ratings of March, per unit.
    assert rows["SXD"]["rating_very_satisfied"] == 1 and rows["SXD"]["rating_satisfied"] == 1
    assert rows["UBND-492"]["rating_dissatisfied"] == 1


def test_every_row_balances(dossiers):
    for month in (2, 3, 4):
        period = parse_period({"period": "month", "year": "2025", "month": str(month)}, at(2025, 4, 10, 10))
        for group in table(get_store(), period)["groups"]:
            for row in group["rows"] + [group["total"]]:
                out = (row["processed_total"] + row["withdrawn"] + row["stopped"] + row["running_within"]
                       + row["running_overdue"] + row["paused_within"] + row["paused_overdue"])
                assert row["received_total"] == out, (month, row["code"])


def test_carried_over_equals_open_at_the_end_of_the_month_before(dossiers):
    now = at(2025, 4, 10, 10)
    february = rows_by_code(table(get_store(), parse_period({"period": "month", "year": "2025", "month": "2"}, now)))
    march = rows_by_code(table(get_store(), parse_period({"period": "month", "year": "2025", "month": "3"}, now)))
    for code, row in march.items():
        open_end = sum(february[code][key] for key in ("running_within", "running_overdue", "paused_within", "paused_overdue"))
        assert row["carried"] == open_end, code
    # D7 was overdue at the end of February, D1 within its deadline.
    assert february["UBND-491"]["running_overdue"] == 1
    assert february["SXD"]["running_within"] == 1
    # D10 was accepted and finished in February.
    assert february["UBND-20227"]["processed_total"] == 1


def test_ongoing_period_counts_open_dossiers_now(dossiers):
    """April, seen on 10 April: D3 and D12 are overdue now, D4 within; D11 finished late."""
    rows = rows_by_code(table(get_store(), parse_period({"period": "month", "year": "2025", "month": "4"}, at(2025, 4, 10, 10))))
    assert rows["SXD"]["carried"] == 1 and rows["SXD"]["running_overdue"] == 1
    assert rows["STP"]["running_within"] == 1
    assert rows["UBND-20230"]["carried"] == 2 and rows["UBND-20230"]["late"] == 1
    assert rows["UBND-20230"]["running_overdue"] == 1
    assert rows["UBND-492"]["paused_within"] == 1 and rows["UBND-491"]["paused_overdue"] == 1


def test_quarter_and_year(dossiers):
    now = at(2025, 4, 10, 10)
    quarter = table(get_store(), parse_period({"period": "quarter", "year": "2025", "quarter": "1"}, now))["total"]
    # Every dossier but D13 (never accepted) and D14 (refused) was accepted in Q1.
    assert quarter["carried"] == 0
    assert quarter["received_total"] == 13
    assert quarter["processed_total"] == 5 and quarter["late"] == 1
    year = table(get_store(), parse_period({"period": "year", "year": "2025"}, now))["total"]
    assert year["received_total"] == 13
    # D1 early; D2, D10 (finished on its due day), D15 on time; D5 and D11 late.
    assert (year["early"], year["on_time"], year["late"]) == (1, 3, 2)
