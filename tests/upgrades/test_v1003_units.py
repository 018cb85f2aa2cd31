"""1002 → 1003: a site of the 2019 catalogue keeps the units of the seed's day."""

from danang.portal import units
from datetime import date
from plone import api
from tests.upgrades.test_v1003 import upgrade_from_1002

RECORD = "danang.portal.units.as_of"


def test_a_1002_site_is_pinned_to_the_seed_day(portal):
    del api.portal.get_tool("portal_registry").records[RECORD]  # 1002 had no such record
    upgrade_from_1002()
    assert api.portal.get_registry_record(RECORD) == date(2019, 10, 2)
    assert units.as_of() == units.SEED_DAY
    assert len(units.units_at(level="commune")) == 56


def test_a_chosen_day_survives_the_upgrade(portal):
    api.portal.set_registry_record(RECORD, date(2025, 7, 1))
    upgrade_from_1002()
    assert units.as_of() == date(2025, 7, 1)
    assert len(units.units_at(level="commune")) == 94
