"""Dossier codes <unit code>-YYMMDD-XXXX: format, sequence per unit and day, errors."""

from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.dossier.errors import DossierCodeError
from danang.portal.dossier.numbering import counters
from danang.portal.dossier.numbering import DOSSIER_CODE
from danang.portal.dossier.numbering import format_dossier_code
from danang.portal.dossier.numbering import next_dossier_code
from danang.portal.dossier.numbering import parse_dossier_code
from datetime import date
from datetime import datetime
from datetime import UTC

import pytest


def test_format_and_parse():
    assert format_dossier_code("SXD", date(2024, 5, 12), 7) == "SXD-240512-0007"
    assert format_dossier_code("000.00.15.H17", date(2030, 12, 31), 9999) == "000.00.15.H17-301231-9999"
    assert parse_dossier_code("000.00.15.H17-301231-9999") == ("000.00.15.H17", "301231", 9999)
    assert parse_dossier_code(" T-SXD-240512-0001 ") == ("T-SXD", "240512", 1)
    for bad in ("SXD-2405120-0001", "SXD-240512-001", "-240512-0001", "SXD 240512 0001", "", None):
        assert parse_dossier_code(bad) is None
    assert DOSSIER_CODE.match("T-SXD-240512-0001")


def test_sequence_per_unit_and_day(portal, services):
    monday = datetime(2024, 5, 13, 9, tzinfo=TIMEZONE)
    tuesday = datetime(2024, 5, 14, 9, tzinfo=TIMEZONE)
    assert next_dossier_code("SXD", monday) == "T-SXD-240513-0001"
    assert next_dossier_code("SXD", monday) == "T-SXD-240513-0002"
    # Another unit has its own sequence; so has another day.
    assert next_dossier_code("UBND-492", monday) == "T-HC-240513-0001"
    assert next_dossier_code("SXD", tuesday) == "T-SXD-240514-0001"
    assert next_dossier_code("SXD", monday) == "T-SXD-240513-0003"


def test_day_is_the_day_in_da_nang(portal, services):
    # 18:30 UTC on 12/05 is 01:30 on 13/05 in Da Nang.
    late = datetime(2024, 5, 12, 18, 30, tzinfo=UTC)
    assert next_dossier_code("SXD", late) == "T-SXD-240513-0001"


def test_unknown_agency_or_missing_unit_code(portal, services):
    with pytest.raises(DossierCodeError):
        next_dossier_code("NOPE", datetime(2024, 5, 13, 9, tzinfo=TIMEZONE))
    portal["co-quan"]["sxd"].dossier_unit_code = ""
    with pytest.raises(DossierCodeError) as error:
        next_dossier_code("SXD", datetime(2024, 5, 13, 9, tzinfo=TIMEZONE))
    assert "SXD" in error.value.message.mapping["code"]


def test_sequence_full(portal, services):
    counter_day = date(2024, 5, 13)
    tree = counters(portal["ho-so"])
    next_dossier_code("SXD", datetime(2024, 5, 13, 9, tzinfo=TIMEZONE))
    tree[f"T-SXD|{counter_day:%Y%m%d}"].value = 9999
    with pytest.raises(DossierCodeError):
        next_dossier_code("SXD", datetime(2024, 5, 13, 10, tzinfo=TIMEZONE))
