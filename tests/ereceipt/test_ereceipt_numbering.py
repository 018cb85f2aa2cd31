"""Receipt symbols and numbers: per unit, per year, configurable series, counters that never merge one number."""

from danang.portal import clock
from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.dossier.sequence_counters import SequenceCounter
from danang.portal.ereceipt.errors import EReceiptError
from danang.portal.ereceipt.issue import issue_receipt
from danang.portal.ereceipt.numbering import derived_series
from danang.portal.ereceipt.numbering import format_number
from danang.portal.ereceipt.numbering import symbol_for
from danang.portal.ereceipt.settings import IEReceiptSettings
from datetime import datetime
from datetime import UTC
from plone import api
from ZODB.POSException import ConflictError
from zope.interface import Invalid

import pytest


@pytest.fixture
def issue_at(monkeypatch):
    def set_now(*args):
        monkeypatch.setattr(clock, "now", lambda: datetime(*args, tzinfo=TIMEZONE))

    return set_now


def serial(receipt):
    return receipt["symbol"], receipt["number"]


def test_each_unit_numbers_its_own_receipts(installed, make_dossier, payment, issue_at):
    issue_at(2025, 6, 2, 9)
    city = [make_dossier("city") for _ in range(3)]
    district = make_dossier("district", unit="UBND-492")
    assert district.receiving_unit == "UBND-492"
    assert [serial(issue_receipt(dossier, payment())) for dossier in city] == [
        ("SXD-25E", "0000001"), ("SXD-25E", "0000002"), ("SXD-25E", "0000003"),
    ]
    assert serial(issue_receipt(district, payment())) == ("UBND492-25E", "0000001")
    # Two payments of one dossier: two receipts, numbered on.
    assert serial(issue_receipt(city[0], payment())) == ("SXD-25E", "0000004")


def test_a_new_year_starts_a_new_symbol_from_one(installed, make_dossier, payment, issue_at):
    dossier = make_dossier()
    issue_at(2025, 12, 31, 23, 59)
    assert serial(issue_receipt(dossier, payment())) == ("SXD-25E", "0000001")
    assert serial(issue_receipt(dossier, payment())) == ("SXD-25E", "0000002")
    issue_at(2026, 1, 1, 0, 1)
    assert serial(issue_receipt(dossier, payment())) == ("SXD-26E", "0000001")


def test_the_year_is_da_nang_s(installed, make_dossier, payment, monkeypatch):
    # 31/12/2025 17:30 UTC is already 1 January 2026 in Da Nang.

    monkeypatch.setattr(clock, "now", lambda: datetime(2025, 12, 31, 17, 30, tzinfo=UTC).astimezone(TIMEZONE))
    assert issue_receipt(make_dossier(), payment())["symbol"] == "SXD-26E"


def test_series_are_configured_per_agency(installed, make_dossier, payment, issue_at):
    issue_at(2025, 6, 2, 9)
    api.portal.set_registry_record("danang.portal.ereceipt.series", {"SXD": "XD"})
    assert symbol_for("SXD", datetime(2025, 1, 1)) == "XD-25E"
    assert symbol_for("UBND-492", datetime(2025, 1, 1)) == "UBND492-25E"
    assert serial(issue_receipt(make_dossier(), payment())) == ("XD-25E", "0000001")


@pytest.mark.parametrize(
    "code, series",
    [("SXD", "SXD"), ("UBND-492", "UBND492"), ("TAM.20227", "TAM20227"), ("sở-đà", "SODA"), ("", "")],
)
def test_derived_series(code, series):
    assert derived_series(code) == series


def test_an_agency_without_series_cannot_issue(portal):
    api.portal.set_registry_record("danang.portal.ereceipt.series", {})
    with pytest.raises(EReceiptError):
        symbol_for("--", datetime(2025, 1, 1))


@pytest.mark.parametrize("value", [{"SXD": "xd"}, {"SXD": "X-D"}, {"SXD": ""}, {"SXD": "AB", "UBND-492": "AB"}])
def test_bad_series_settings_are_refused(value):
    with pytest.raises(Invalid):
        IEReceiptSettings["series"].validate(value)


def test_good_series_settings_pass():
    IEReceiptSettings["series"].validate({"SXD": "XD", "UBND-492": "HC"})


def test_the_settings_are_in_the_registry(portal):
    assert api.portal.get_registry_record("danang.portal.ereceipt.series") == {}
    assert api.portal.get_registry_record("danang.portal.ereceipt.form_code") in ("", None)


def test_numbers_have_seven_digits():
    assert format_number(1) == "0000001"
    assert format_number(9_999_999) == "9999999"


def test_the_counter_resolves_only_distinct_numbers():
    # Concurrent increments must not both commit one number (dossier/sequence_counters.py).
    old = {"value": 6}
    with pytest.raises(ConflictError):
        SequenceCounter()._p_resolveConflict(old, {"value": 7, "recent": (7,)}, {"value": 7, "recent": (7,)})
