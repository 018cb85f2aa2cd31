"""The reporting period's parameters: every kind, defaults, and clear Vietnamese errors."""

from danang.portal.statistics.months import boundaries
from danang.portal.statistics.months import first_stamp
from danang.portal.statistics.period import parse_period
from danang.portal.statistics.period import PeriodError
from tests.fixtures.statistics_data import at
from zope.i18n import translate

import pytest

NOW = at(2025, 4, 10, 10)


@pytest.mark.parametrize(
    "form, kind, first, last, label",
    [
        ({}, "year", "2025-01", "2025-12", "Năm 2025"),
        ({"period": "month", "year": "2025", "month": "3"}, "month", "2025-03", "2025-03", "Tháng 3/2025"),
        ({"month": "2", "year": "2024"}, "month", "2024-02", "2024-02", "Tháng 2/2024"),
        ({"period": "quarter", "year": "2024", "quarter": "4"}, "quarter", "2024-10", "2024-12", "Quý IV/2024"),
        ({"period": "year", "year": "2019"}, "year", "2019-01", "2019-12", "Năm 2019"),
        ({"period": "range", "from": "2024-11", "to": "2025-02"}, "range", "2024-11", "2025-02",
         "Từ tháng 11/2024 đến tháng 02/2025"),
    ],
)
def test_periods(form, kind, first, last, label):
    period = parse_period(form, NOW)
    assert (period.kind, period.first, period.last) == (kind, first, last)
    assert translate(period.label(), target_language="vi") == label
    assert parse_period({key: str(value) for key, value in period.params().items()}, NOW) == period


def test_a_period_reaching_into_the_future_ends_now():
    period = parse_period({"period": "quarter", "year": "2025", "quarter": "2"}, NOW)
    assert period.ongoing and period.end == NOW
    past = parse_period({"period": "month", "year": "2025", "month": "3"}, NOW)
    assert not past.ongoing and past.end == at(2025, 4, 1)
    assert past.slug() == "2025-03" and period.slug() == "2025-q2"


@pytest.mark.parametrize(
    "form, field, message",
    [
        ({"period": "month", "month": "0"}, "month", "Tháng phải là một số từ 1 đến 12."),
        ({"period": "month", "month": "ba"}, "month", "Tháng phải là một số từ 1 đến 12."),
        ({"period": "quarter", "quarter": "5"}, "quarter", "Quý phải là 1, 2, 3 hoặc 4."),
        ({"period": "year", "year": "1999"}, "year", "Năm phải là một số từ 2015 đến 2025."),
        ({"period": "month", "year": "2025", "month": "5"}, "period", "Kỳ thống kê chưa bắt đầu"),
        ({"period": "range", "from": "2025/01", "to": "2025-02"}, "from", "phải là tháng dạng YYYY-MM"),
        ({"period": "range", "from": "2019-01", "to": "2025-02"}, "to", "dài tối đa 60 tháng"),
        ({"period": "range", "from": "2025-03", "to": "2025-01"}, "to", "Tháng bắt đầu phải trước"),
        ({"period": ["month", "year"]}, "period", "chỉ được nhập một lần"),
        ({"period": "tuan"}, "period", "Kỳ thống kê “tuan” không hợp lệ"),
    ],
)
def test_bad_input(form, field, message):
    with pytest.raises(PeriodError) as raised:
        parse_period(form, NOW)
    assert raised.value.field == field
    assert message in translate(raised.value.message, target_language="vi")


def test_month_boundaries_of_an_open_span():
    """A dossier open from 20/2 to 5/4 is open at the ends of February and March."""
    start, end = first_stamp("2025-02") + 19 * 86400, first_stamp("2025-04") + 4 * 86400
    assert boundaries(start, end) == [("2025-02", first_stamp("2025-03")), ("2025-03", first_stamp("2025-04"))]
    assert boundaries(first_stamp("2025-03"), first_stamp("2025-03") + 10) == []
