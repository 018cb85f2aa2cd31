"""Da Nang's administrative units of one day as plain dicts, keyed by statistics code: the view
the vocabularies, forms, agencies, search and statistics read.

The units are dated (``danang.portal.units``, docs/units.md): every function here gives those
valid on ``day``, by default ``units.as_of()`` (the site's day: a site made from the seed keeps
2019's). On one day a code names one unit, so a code is enough here; across days it is not (use
``danang.portal.units``). ``units.json`` is the 2019 list as first shipped; only its district
committees' addresses are read from it now (the same codes and names: tests/data/test_units_2019.py).
"""

from danang.portal import units
from functools import lru_cache
from pathlib import Path

import json

UNITS_FILE = Path(__file__).with_name("units.json")

CITY_CODE = units.CITY_CODE

# The level names this view has always used: a commune-level unit (phường, xã, đặc khu) is a "ward".
_LEVEL = {"province": "city", "district": "district", "commune": "ward"}


@lru_cache(maxsize=1)
def _committee_addresses():
    data = json.loads(UNITS_FILE.read_text(encoding="utf-8"))
    return {d["code"]: d["committee_address"] for d in data["districts"] if d.get("committee_address")}


def _as_dict(unit):
    parent = units.unit(unit.parent) if unit.parent else None
    values = {
        "code": unit.code,
        "name": unit.name,
        "kind": unit.kind,
        "level": _LEVEL[unit.level],
        "parent": parent.code if parent is not None else None,
        "id": unit.id,
    }
    if unit.level == "district":
        values["committee_address"] = _committee_addresses().get(unit.code) if unit.period == "2019" else None
    return values


@lru_cache(maxsize=16)
def _load(day):
    """{code: dict} of the day's units: the city, then each district followed by its wards."""
    found = {}

    def visit(unit):
        found[unit.code] = _as_dict(unit)
        for child in units.units_at(day, parent=unit.id):
            if child.parent == unit.id:
                visit(child)

    visit(units.city(day))
    return found


def _units(day):
    return _load(units.as_of() if day is None else day)


def all_units(day=None):
    """Every unit of the day as a dict (code, name, kind, level, parent, id), city first, then by
    district."""
    return list(_units(day).values())


def get_unit(code, day=None):
    """The unit with this statistics code on the day, or None. A unit id (``20239@2019``, how an
    address in a former unit is stored) gives the unit that holds it whole on the day.

    >>> from datetime import date
    >>> get_unit("492", date(2019, 10, 2))["name"]
    'Quận Hải Châu'
    >>> get_unit("20194", date(2025, 8, 1))["name"]
    'Phường Hải Vân'
    >>> get_unit("20239@2019", date(2025, 8, 1))["name"]
    'Phường Hải Châu'
    >>> get_unit("20200@2019", date(2025, 8, 1)) is None     # split: no one successor
    True
    """
    if code is None:
        return None
    code = str(code)
    if "@" in code:
        if units.unit(code) is None:
            return None
        day = units.as_of() if day is None else day
        now = units.current(code, day)
        return _units(day).get(now[0].code) if len(now) == 1 else None
    return _units(day).get(code)


def units_of_level(level, day=None):
    return [unit for unit in _units(day).values() if unit["level"] == level]


def wards_of(district_code, day=None):
    return [unit for unit in _units(day).values() if unit["parent"] == str(district_code)]
