"""The reporting period chosen on the page, in the REST API and in the CSV export.

Parameters (query string, the same everywhere):

- ``period=month&year=2025&month=3``
- ``period=quarter&year=2025&quarter=1``
- ``period=year&year=2025``
- ``period=range&from=2025-01&to=2025-06`` (whole months, at most 60)

Without parameters: the current year. A period is whole months of local time; one that reaches
into the future ends now (its open dossiers are counted as they stand now). Bad input raises
``PeriodError`` with a Vietnamese message (400 in the API).
"""

from danang.portal import _
from danang.portal.statistics.months import first_instant
from danang.portal.statistics.months import month_key
from danang.portal.statistics.months import shift
from danang.portal.statistics.months import span
from dataclasses import dataclass
from datetime import date
from datetime import datetime

import re

KINDS = ("month", "quarter", "year", "range")
FIRST_YEAR = 2015
MAX_MONTHS = 60
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{1,2})$")


class PeriodError(ValueError):
    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True)
class Period:
    kind: str
    first: str  # month key "YYYY-MM"
    last: str
    now: datetime

    @property
    def months(self):
        return span(self.first, self.last)

    @property
    def start(self):
        return first_instant(self.first)

    @property
    def nominal_end(self):
        return first_instant(shift(self.last, 1))

    @property
    def end(self):
        """When the period's open dossiers are counted: its end, or now if that is earlier."""
        return min(self.nominal_end, self.now)

    @property
    def ongoing(self):
        return self.now < self.nominal_end

    def params(self):
        """The query parameters that give this period back."""
        year, month = (int(part) for part in self.first.split("-"))
        if self.kind == "month":
            return {"period": "month", "year": year, "month": month}
        if self.kind == "quarter":
            return {"period": "quarter", "year": year, "quarter": (month - 1) // 3 + 1}
        if self.kind == "year":
            return {"period": "year", "year": year}
        return {"period": "range", "from": self.first, "to": self.last}

    def label(self):
        """A Vietnamese label: "Tháng 3/2025", "Quý I/2025", "Năm 2025", "Từ 01/2025 đến 06/2025"."""
        year, month = (int(part) for part in self.first.split("-"))
        if self.kind == "month":
            return _("period_label_month", default="Tháng ${month}/${year}", mapping={"month": month, "year": year})
        if self.kind == "quarter":
            roman = ("I", "II", "III", "IV")[(month - 1) // 3]
            return _("period_label_quarter", default="Quý ${quarter}/${year}", mapping={"quarter": roman, "year": year})
        if self.kind == "year":
            return _("period_label_year", default="Năm ${year}", mapping={"year": year})
        last_year, last_month = (int(part) for part in self.last.split("-"))
        return _(
            "period_label_range",
            default="Từ tháng ${first} đến tháng ${last}",
            mapping={"first": f"{month:02d}/{year}", "last": f"{last_month:02d}/{last_year}"},
        )

    def slug(self):
        """For file names: 2025-03, 2025-q1, 2025, 2025-01_2025-06."""
        year, month = self.first.split("-")
        if self.kind == "month":
            return self.first
        if self.kind == "quarter":
            return f"{year}-q{(int(month) - 1) // 3 + 1}"
        if self.kind == "year":
            return year
        return f"{self.first}_{self.last}"


def _value(form, name):
    value = form.get(name)
    if isinstance(value, (list, tuple)):
        raise PeriodError(
            _("error_period_repeated", default="Tham số “${name}” chỉ được nhập một lần.", mapping={"name": name}),
            name,
        )
    return (value or "").strip() if isinstance(value, str) else value


def _integer(form, name, low, high, message):
    value = _value(form, name)
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise PeriodError(message, name)
    if not low <= number <= high:
        raise PeriodError(message, name)
    return number


def _year(form, now):
    if not _value(form, "year"):
        return now.year
    return _integer(
        form,
        "year",
        FIRST_YEAR,
        now.year,
        _(
            "error_period_year",
            default="Năm phải là một số từ ${first} đến ${last}.",
            mapping={"first": FIRST_YEAR, "last": now.year},
        ),
    )


def _month_value(form, name, now):
    value = _value(form, name)
    match = MONTH_PATTERN.match(value or "")
    message = _(
        "error_period_month_value",
        default="“${name}” phải là tháng dạng YYYY-MM (ví dụ 2025-03), từ năm ${first} đến nay.",
        mapping={"name": name, "first": FIRST_YEAR},
    )
    if not match:
        raise PeriodError(message, name)
    year, month = int(match.group(1)), int(match.group(2))
    if not (1 <= month <= 12 and FIRST_YEAR <= year <= now.year):
        raise PeriodError(message, name)
    return month_key(year, month)


def parse_period(form, now):
    """The Period asked for in ``form`` (a request's form dict), at time ``now``."""
    kind = _value(form, "period") or ("month" if _value(form, "month") else "year")
    if kind not in KINDS:
        raise PeriodError(
            _(
                "error_period_kind",
                default="Kỳ thống kê “${value}” không hợp lệ; chọn month (tháng), quarter (quý), "
                "year (năm) hoặc range (khoảng tháng).",
                mapping={"value": kind},
            ),
            "period",
        )
    current = month_key(now.year, now.month)
    if kind == "range":
        first = _month_value(form, "from", now)
        last = _month_value(form, "to", now)
        if last < first:
            raise PeriodError(
                _("error_period_order", default="Tháng bắt đầu phải trước hoặc trùng tháng kết thúc."), "to"
            )
        if len(span(first, last)) > MAX_MONTHS:
            raise PeriodError(
                _(
                    "error_period_too_long",
                    default="Khoảng thống kê dài tối đa ${max} tháng.",
                    mapping={"max": MAX_MONTHS},
                ),
                "to",
            )
    else:
        year = _year(form, now)
        if kind == "year":
            first, last = month_key(year, 1), month_key(year, 12)
        elif kind == "quarter":
            quarter = _integer(
                form, "quarter", 1, 4, _("error_period_quarter", default="Quý phải là 1, 2, 3 hoặc 4.")
            )
            first = month_key(year, 3 * quarter - 2)
            last = shift(first, 2)
        else:
            month = _integer(form, "month", 1, 12, _("error_period_month", default="Tháng phải là một số từ 1 đến 12."))
            first = last = month_key(year, month)
    if first > current:
        raise PeriodError(
            _("error_period_future", default="Kỳ thống kê chưa bắt đầu: chọn một kỳ đến tháng hiện tại."),
            "period",
        )
    return Period(kind, first, last, now)


# The units of a table: those standing at the period's end, or as the dossiers were received.
END_UNITS, OLD_UNITS = "end", "old"
UNIT_VIEWS = (END_UNITS, OLD_UNITS)


def unit_view(form):
    """Which units a table shows (report.table's ``units``): ``units=old`` the units as the
    dossiers were received, else (``end``, the default) those standing at the period's end."""
    value = _value(form, "units") or UNIT_VIEWS[0]
    if value not in UNIT_VIEWS:
        raise PeriodError(
            _("error_period_units", default="Tham số “units” phải là “end” hoặc “old”."), "units"
        )
    return value


def catalogue_day(form, now):
    """The day of the catalogue figures (``catalogue_date=YYYY-MM-DD``), None for today."""
    value = _value(form, "catalogue_date")
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        day = None
    if day is None or day > now.date():
        raise PeriodError(
            _(
                "error_period_catalogue_date",
                default="Ngày của danh mục phải có dạng YYYY-MM-DD và không sau hôm nay.",
            ),
            "catalogue_date",
        )
    return day
