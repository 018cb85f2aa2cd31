"""Da Nang's administrative units (city, districts, wards and communes) with statistics codes.

The list is fixed by law and changes only by a government resolution, so it ships as a data file
(``units.json``) rather than content; agencies point at these codes.
"""

from functools import lru_cache
from pathlib import Path

import json

UNITS_FILE = Path(__file__).with_name("units.json")


@lru_cache(maxsize=1)
def _load():
    data = json.loads(UNITS_FILE.read_text(encoding="utf-8"))
    city = dict(data["city"], kind="city", level="city", parent=None)
    units = {city["code"]: city}
    for district in data["districts"]:
        units[district["code"]] = {
            "code": district["code"],
            "name": district["name"],
            "kind": district["kind"],
            "level": "district",
            "parent": city["code"],
            "committee_address": district.get("committee_address"),
        }
        for ward in district["wards"]:
            units[ward["code"]] = dict(ward, level="ward", parent=district["code"])
    return units


def all_units():
    """Every unit as a dict (code, name, kind, level, parent), city first, then by district."""
    return list(_load().values())


def get_unit(code):
    """The unit with this statistics code, or None.

    >>> get_unit("492")["name"]
    'Quận Hải Châu'
    """
    return _load().get(str(code)) if code is not None else None


def units_of_level(level):
    return [unit for unit in _load().values() if unit["level"] == level]


def wards_of(district_code):
    return [unit for unit in _load().values() if unit["parent"] == str(district_code)]


CITY_CODE = "48"
