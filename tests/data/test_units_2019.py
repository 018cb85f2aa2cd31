"""The one-day view of the units (data/units.py) over the dated data: the 2019 list as first
shipped (units.json) is exactly the dated 2019 units, and other days give their own."""

from danang.portal.data import units as day_units
from datetime import date

import json

IN_2019 = date(2019, 10, 2)


def test_units_json_is_the_2019_list():
    shipped = json.loads(day_units.UNITS_FILE.read_text(encoding="utf-8"))
    expected = [("48", shipped["city"]["name"], None)]
    for district in shipped["districts"]:
        expected.append((district["code"], district["name"], "48"))
        expected.extend((ward["code"], ward["name"], district["code"]) for ward in district["wards"])
    assert [(u["code"], u["name"], u["parent"]) for u in day_units.all_units(IN_2019)] == expected


def test_the_default_day_is_the_seed_day_and_others_differ():
    assert day_units.all_units() == day_units.all_units(IN_2019)
    assert len(day_units.units_of_level("ward", date(2025, 3, 1))) == 47
    assert day_units.units_of_level("district", date(2025, 8, 1)) == []
    assert len(day_units.wards_of("48", date(2025, 8, 1))) == 94
    assert day_units.get_unit("20242", date(2025, 8, 1))["name"] == "Phường Hải Châu"
    committees = {u["code"]: u["committee_address"] for u in day_units.units_of_level("district", IN_2019)}
    assert committees["492"] == "183A Phan Đăng Lưu, Quận Hải Châu, thành phố Đà Nẵng"
    assert committees["497"] is None
