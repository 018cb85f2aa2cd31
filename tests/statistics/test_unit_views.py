"""The statistics' choice of units (standing at the period's end, or the old ones) and the date of
the catalogue figures, as the page, the CSV and ``@statistics`` read them."""

from danang.portal.statistics.period import catalogue_day
from danang.portal.statistics.period import PeriodError
from danang.portal.statistics.period import unit_view
from datetime import date
from tests.fixtures.reorganisation import at

import pytest


def test_units_default_to_the_periods_end():
    assert unit_view({}) == "end"
    assert unit_view({"units": "old"}) == "old"
    with pytest.raises(PeriodError) as error:
        unit_view({"units": "2019"})
    assert error.value.field == "units"
    with pytest.raises(PeriodError):
        unit_view({"units": ["old", "end"]})


def test_catalogue_date():
    now = at(2026, 12, 4, 9)
    assert catalogue_day({}, now) is None
    assert catalogue_day({"catalogue_date": "2019-10-02"}, now) == date(2019, 10, 2)
    for bad in ("02/10/2019", "2019-13-01", "2027-01-01"):
        with pytest.raises(PeriodError) as error:
            catalogue_day({"catalogue_date": bad}, now)
        assert error.value.field == "catalogue_date"
