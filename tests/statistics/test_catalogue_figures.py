"""Catalogue figures (services by online level and by implementing level) and the 2020 targets."""

from danang.portal.statistics.catalogue import catalogue_figures
from danang.portal.statistics.catalogue import targets
from danang.portal.statistics.period import parse_period
from danang.portal.statistics.store import get_store
from danang.portal.statistics.views import ratio
from tests.fixtures.statistics_data import at

import pytest


def test_catalogue_figures(dossiers):
    figures = catalogue_figures()
    # city (level 3, SXD), stp (level 4), district (3), ward (3)
    assert figures["total"] == 4 and figures["online"] == 4
    assert {item["level"]: item["count"] for item in figures["by_online_level"]} == {2: 0, 3: 3, 4: 1}
    levels = {item["level"]: (item["online"], item["total"], item["percent"]) for item in figures["by_level"]}
    assert levels == {"city": (2, 2, 100.0), "district": (1, 1, 100.0), "ward": (1, 1, 100.0)}


@pytest.mark.parametrize(
    "part, whole, text",
    [(151, 176, "151/176 (86%)"), (80, 97, "80/97 (82%)"), (0, 0, "0/0"), (1, 8, "1/8 (13%)")],
)
def test_ratio_as_the_city_reports_it(part, whole, text):
    assert ratio(part, whole) == text


def by_id(items):
    return {item["id"]: item for item in items}


def test_targets_met_in_march(dossiers):
    """March: online dossiers for 3 of the 4 online services (STP, district, ward: the city
    service's only online dossier was never accepted); 6 of the 10 dossiers received online."""
    result = by_id(targets(get_store(), parse_period({"period": "month", "year": "2025", "month": "3"}, at(2025, 4, 10, 10))))
    first = result["services_with_online_dossiers"]
    assert (first["numerator"], first["denominator"], first["value"], first["met"]) == (3, 4, 75.0, True)
    second = result["online_share_of_online_services"]
    assert (second["numerator"], second["denominator"], second["value"], second["met"]) == (6, 10, 60.0, True)
    third = result["online_share_of_all"]
    assert (third["numerator"], third["denominator"], third["met"]) == (6, 10, True)


def test_targets_not_met_in_february(dossiers):
    """February: D1 online (city service), D7 by post, D10 in person."""
    result = by_id(targets(get_store(), parse_period({"period": "month", "year": "2025", "month": "2"}, at(2025, 4, 10, 10))))
    assert result["services_with_online_dossiers"]["value"] == 25.0
    assert result["services_with_online_dossiers"]["met"] is False
    assert result["online_share_of_online_services"]["value"] == 33.3
    assert result["online_share_of_online_services"]["met"] is False
    assert result["online_share_of_all"]["met"] is True


def test_targets_without_dossiers_are_not_judged(driver):
    result = targets(get_store(), parse_period({"period": "month", "year": "2025", "month": "1"}, at(2025, 4, 10, 10)))
    assert [item["met"] for item in result] == [False, None, None]
    assert result[1]["value"] is None
