"""Da Nang's administrative units as dated data: which units exist on a given day, and what
became of the old ones (docs/units.md).

The city was reorganised twice (docs/units.md): 56 commune-level units in 8 districts until
31 December 2024, 47 from 1 January 2025, and from 1 July 2025 no district level and 94 units
(Quảng Nam merged in). The data is ``data/danang-units.json`` with its sources
(``data/danang-units.md``); nothing here is content: it changes only by a resolution.

**A code means nothing without its period**: 20194 was Phường Hòa Hiệp Bắc and is now Phường Hải
Vân. So every unit has an ``id`` unique across periods, ``"<code>@<period>"``, and codes are only
looked up together with a day (``find``). Periods: ``2019`` (the 2019 GSO list, in force until
the 2025 changes; a unit unchanged on 1 January 2025 keeps its 2019 id until 30 June 2025),
``2025-01`` (units made on 1 January 2025), ``2025-07`` (from 1 July 2025) and ``2025-06``
(Quảng Nam's units on the eve of the merger, with no history here beyond that). A unit with no
confirmed code has ``code=None`` and ``unconfirmed=True``: its id then uses a name
(``quang-nam@2025-06``).

The API (every ``day`` is a ``datetime.date``; ``None`` means ``as_of()``, the site's day)::

    >>> from danang.portal import units
    >>> from datetime import date
    >>> u = units.unit("20194@2019")
    >>> u.name, u.kind, u.parent, u.valid_from, u.valid_to
    ('Phường Hòa Hiệp Bắc', 'ward', '490@2019', None, datetime.date(2025, 6, 30))
    >>> len(units.units_at(date(2019, 10, 2), level="commune"))
    56
    >>> len(units.units_at(date(2025, 3, 1), level="commune"))
    47
    >>> len(units.units_at(date(2025, 8, 1), level="commune"))
    94
    >>> [x.name for x in units.units_at(date(2019, 10, 2), parent="490@2019")]
    ['Phường Hòa Hiệp Bắc', 'Phường Hòa Hiệp Nam', 'Phường Hòa Khánh Bắc', 'Phường Hòa Khánh Nam', 'Phường Hòa Minh']
    >>> units.find("20194", date(2019, 10, 2)).name, units.find("20194", date(2025, 8, 1)).name
    ('Phường Hòa Hiệp Bắc', 'Phường Hải Vân')
    >>> units.find("20194", date(2025, 8, 1)).id
    '20194@2025-07'
    >>> [x.name for x in units.current("20194@2019", date(2025, 8, 1))]
    ['Phường Hải Vân']
    >>> [x.name for x in units.current("20200@2019", date(2025, 8, 1))]   # Hòa Minh was split
    ['Phường Hòa Khánh', 'Phường Thanh Khê']
    >>> units.successors("20200@2019")                                    # the next step only
    (Link(unit_id='20200@2025-01', part='part'), Link(unit_id='20206@2025-01', part='part'))
    >>> units.successors("20200@2019", date(2025, 8, 1))                  # followed to that day
    (Link(unit_id='20200@2025-07', part='part'), Link(unit_id='20209@2025-07', part='part'))
    >>> [link.unit_id for link in units.predecessors("20236@2025-01")]
    ['20236@2019', '20239@2019']
    >>> units.parent_at("20194@2019", date(2019, 10, 2)).name
    'Quận Liên Chiểu'
    >>> units.parent_at("20194@2025-07", date(2025, 8, 1)).name
    'Thành phố Đà Nẵng'
    >>> from zope.i18n import translate                # label is a Message: translate it
    >>> translate(units.label("20194@2019", date(2025, 8, 1)), target_language="vi")
    'Phường Hòa Hiệp Bắc (nay là Phường Hải Vân)'
    >>> translate(units.label("20194@2019", date(2019, 10, 2)), target_language="vi")
    'Phường Hòa Hiệp Bắc'
    >>> units.city(date(2025, 8, 1)).id, units.city(date(2019, 10, 2)).id
    ('48@2025-07', '48@2019')
    >>> [x.id for x in units.with_code("20194")]                      # every period's 20194
    ['20194@2019', '20194@2025-07']

A district has no successor of its own (the level was abolished); ``successors``/``current``
then follow its communes, so ``current("490@2019", date(2025, 8, 1))`` lists the wards that
hold Liên Chiểu's territory now. ``part`` is ``"whole"``, ``"part"`` or ``"remainder"`` (what
was left of a unit after a part went elsewhere), as in the data file; a chain through a part is
a part.
"""

from collections import namedtuple
from danang.portal import _
from danang.portal import clock
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import timedelta
from functools import lru_cache
from pathlib import Path

import json

DATA_FILE = Path(__file__).parent / "data" / "danang-units.json"

CITY_CODE = "48"

# The days the two reorganisations took effect (data/danang-units.md, periods 2025-01, 2025-07).
JANUARY_2025 = date(2025, 1, 1)
JULY_2025 = date(2025, 7, 1)

LEVELS = ("province", "district", "commune")

# kind → level; the Vietnamese words are the data file's and the titles' (KIND_TITLES).
KINDS = {
    "city": "province",  # thành phố trực thuộc trung ương
    "province": "province",  # tỉnh
    "urban_district": "district",  # quận
    "rural_district": "district",  # huyện
    "town": "district",  # thị xã
    "provincial_city": "district",  # thành phố thuộc tỉnh
    "ward": "commune",  # phường
    "commune": "commune",  # xã
    "township": "commune",  # thị trấn
    "special_zone": "commune",  # đặc khu
}

KIND_TITLES = {
    "city": _("unit_kind_city", default="Thành phố trực thuộc trung ương"),
    "province": _("unit_kind_province", default="Tỉnh"),
    "urban_district": _("unit_kind_urban_district", default="Quận"),
    "rural_district": _("unit_kind_rural_district", default="Huyện"),
    "town": _("unit_kind_town", default="Thị xã"),
    "provincial_city": _("unit_kind_provincial_city", default="Thành phố thuộc tỉnh"),
    "ward": _("unit_kind_ward", default="Phường"),
    "commune": _("unit_kind_commune", default="Xã"),
    "township": _("unit_kind_township", default="Thị trấn"),
    "special_zone": _("unit_kind_special_zone", default="Đặc khu"),
}

_KIND_OF_WORD = {
    "quận": "urban_district",
    "huyện": "rural_district",
    "thị xã": "town",
    "thành phố": "provincial_city",
    "phường": "ward",
    "xã": "commune",
    "thị trấn": "township",
    "đặc khu": "special_zone",
}

Link = namedtuple("Link", "unit_id part")
Link.__doc__ = "A predecessor or successor: the other unit's id and how much (whole/part/remainder)."


@dataclass(frozen=True)
class Unit:
    """One administrative unit over the days it existed unchanged."""

    id: str
    code: str | None
    name: str
    kind: str
    parent: str | None
    valid_from: date | None  # None: before the earliest list shipped (the 2019 GSO list)
    valid_to: date | None  # None: still in force
    period: str
    unconfirmed: bool = False  # the code is not confirmed (then code is None)
    predecessors: tuple = ()
    successors: tuple = ()
    sources: tuple = ()
    aliases: tuple = ()  # other spellings of the name in the sources (NQ 1659 vs GSO)
    notes: tuple = field(default=(), compare=False)  # facts the sources leave uncertain

    @property
    def level(self):
        return KINDS[self.kind]

    def valid_at(self, day):
        """Whether the unit existed on ``day``."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass(frozen=True)
class Period:
    """One of the shipped lists: when it took effect, on what legal basis, from which sources."""

    id: str
    valid_from: date | None
    valid_to: date | None
    legal_basis: str
    legal_basis_unconfirmed: bool
    sources: tuple
    counts: dict = field(compare=False, hash=False)


def _kind(word_or_name):
    text = word_or_name.lower()
    for word in sorted(_KIND_OF_WORD, key=len, reverse=True):
        if text == word or text.startswith(word + " "):
            return _KIND_OF_WORD[word]
    raise ValueError(f"unknown kind of administrative unit: {word_or_name!r}")


class _Builder:
    """Turns the data file's three lists into dated units with links both ways."""

    def __init__(self, data):
        self.data = data
        self.periods = {p["id"]: p for p in data["periods"]}
        self.units = {}
        self.successor_links = {}

    def add(self, **values):
        unit = dict(values)
        unit.setdefault("predecessors", [])
        unit.setdefault("sources", [])
        unit.setdefault("aliases", [])
        unit.setdefault("notes", [])
        unit.setdefault("unconfirmed", False)
        self.units[unit["id"]] = unit
        return unit

    def respelled(self, unit, predecessor):
        """NQ 1659 spells the name otherwise than the GSO list: keep its spelling for search."""
        spelt = predecessor["name_in_nq_1659"]
        spelt = spelt[:1].upper() + spelt[1:]
        if spelt != unit["name"] and spelt not in unit["aliases"]:
            unit["aliases"].append(spelt)
        unit["notes"].append(predecessor["spelling_note"])

    def build(self):
        p2019, p2025_01, p2025_07 = (self.periods[k] for k in ("2019", "2025-01", "2025-07"))
        before_january = JANUARY_2025 - timedelta(days=1)
        before_july = JULY_2025 - timedelta(days=1)
        city = self.add(
            id="48@2019", code=CITY_CODE, name="Thành phố Đà Nẵng", kind="city", parent=None,
            valid_from=None, valid_to=before_july, period="2019",
            sources=["gso-2019", "gso-2025-01"],
        )  # fmt: skip
        for district in p2019["districts"]:
            self.add(
                id=f"{district['code']}@2019", code=district["code"], name=district["name"],
                kind=_kind(district["kind"]), parent=city["id"], valid_from=None,
                valid_to=before_july, period="2019",
                sources=sorted(set(district["sources"]) | {"gso-2025-01"}),
            )  # fmt: skip
        # A 2025-01 unit that is exactly a 2019 one (same code, whole, both ways) is the same unit.
        january = {u["code"]: u for u in p2025_01["units"]}
        continuing = set()
        for old in p2019["units"]:
            new = january.get(old["code"])
            if (
                new is not None
                and old["successors_2025_01"] == [{"code_2025_01": old["code"], "name_2025_01": old["name"], "part": "whole"}]
                and [(p["code_2019"], p["part"]) for p in new["predecessors_2019"]] == [(old["code"], "whole")]
                and new["name"] == old["name"]
                and new["district_code"] == old["district_code"]
            ):  # fmt: skip
                continuing.add(old["code"])

        def id_2025_01(code):
            return f"{code}@2019" if code in continuing else f"{code}@2025-01"

        for old in p2019["units"]:
            goes_on = old["code"] in continuing
            self.add(
                id=f"{old['code']}@2019", code=old["code"], name=old["name"], kind=_kind(old["kind"]),
                parent=f"{old['district_code']}@2019", valid_from=None,
                valid_to=before_july if goes_on else before_january, period="2019",
                sources=list(old["sources"]),
            )  # fmt: skip
        for new in p2025_01["units"]:
            unit_id = id_2025_01(new["code"])
            notes = []
            if "possible_boundary_adjustment" in new:
                notes.append(new["possible_boundary_adjustment"]["note"])
            if new.get("final_resolution_text_seen") is False:
                notes.append(
                    "The merge rests on plan-stage sources; the resolution's text was not seen."
                )
            if new["code"] in continuing:
                unit = self.units[unit_id]
                unit["sources"] = sorted(set(unit["sources"]) | set(new["sources"]))
                unit["notes"] = notes
                continue
            self.add(
                id=unit_id, code=new["code"], name=new["name"], kind=_kind(new["kind"]),
                parent=f"{new['district_code']}@2019", valid_from=JANUARY_2025,
                valid_to=before_july, period="2025-01",
                predecessors=[(f"{p['code_2019']}@2019", p["part"]) for p in new["predecessors_2019"]],
                sources=sorted(set(new["sources"]) | set(new["predecessors_sources"])), notes=notes,
            )  # fmt: skip
        quang_nam = None
        new_city = self.add(
            id="48@2025-07", code=CITY_CODE, name="Thành phố Đà Nẵng", kind="city", parent=None,
            valid_from=JULY_2025, valid_to=None, period="2025-07",
            predecessors=[(city["id"], "whole")],
            sources=sorted(set(p2025_07["legal_basis"]["sources"]) | {"nso-list-2026"}),
        )  # fmt: skip
        for new in p2025_07["units"]:
            predecessors = []
            for p in new["predecessors"]:
                if p["origin"].startswith("old Da Nang"):
                    if p.get("level") == "district":
                        predecessors.append((f"{p['code_2025_01']}@2019", p["part"]))
                    else:
                        predecessors.append((id_2025_01(p["code_2025_01"]), p["part"]))
                        if "spelling_note" in p:
                            self.respelled(self.units[id_2025_01(p["code_2025_01"])], p)
                    continue
                if quang_nam is None:
                    # The file gives no code for the province (data/danang-units.md, gaps).
                    quang_nam = self.add(
                        id="quang-nam@2025-06", code=None, unconfirmed=True, name="Tỉnh Quảng Nam",
                        kind="province", parent=None, valid_from=None, valid_to=before_july,
                        period="2025-06", sources=list(p2025_07["legal_basis"]["sources"]),
                    )  # fmt: skip
                    new_city["predecessors"].append((quang_nam["id"], "whole"))
                district_id = f"{p['old_district_code']}@2025-06"
                if district_id not in self.units:
                    self.add(
                        id=district_id, code=p["old_district_code"], name=p["old_district"],
                        kind=_kind(p["old_district"]), parent=quang_nam["id"], valid_from=None,
                        valid_to=before_july, period="2025-06", sources=["conversion-table", "gso-2025-07-18"],
                    )  # fmt: skip
                old_id = f"{p['gso_code']}@2025-06"
                old_unit = self.add(
                    id=old_id, code=p["gso_code"], name=p["gso_name"], kind=_kind(p["gso_name"]),
                    parent=district_id, valid_from=None, valid_to=before_july, period="2025-06",
                    sources=list(p["sources"]),
                )  # fmt: skip
                if "spelling_note" in p:
                    self.respelled(old_unit, p)
                predecessors.append((old_id, p["part"]))
            self.add(
                id=f"{new['code']}@2025-07", code=new["code"], name=new["name"],
                kind=_kind(new["kind"]), parent=new_city["id"], valid_from=JULY_2025,
                valid_to=None, period="2025-07", predecessors=predecessors,
                sources=list(new["sources"]), notes=[new["code_note"]] if "code_note" in new else [],
            )  # fmt: skip
        # Successors are the predecessors read the other way.
        successors = {unit_id: [] for unit_id in self.units}
        for unit in self.units.values():
            for old_id, part in unit["predecessors"]:
                successors[old_id].append((unit["id"], part))
        return {
            unit_id: Unit(
                id=unit_id, code=u["code"], name=u["name"], kind=u["kind"], parent=u["parent"],
                valid_from=u["valid_from"], valid_to=u["valid_to"], period=u["period"],
                unconfirmed=u["unconfirmed"],
                predecessors=tuple(Link(*link) for link in u["predecessors"]),
                successors=tuple(Link(*link) for link in successors[unit_id]),
                sources=tuple(u["sources"]), aliases=tuple(u["aliases"]), notes=tuple(u["notes"]),
            )  # fmt: skip
            for unit_id, u in self.units.items()
        }


@lru_cache(maxsize=1)
def _data():
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _units():
    return _Builder(_data()).build()


@lru_cache(maxsize=1)
def _children():
    children = {}
    for unit in _units().values():
        children.setdefault(unit.parent, []).append(unit)
    for siblings in children.values():
        siblings.sort(key=lambda u: (u.code is None, u.code or "", u.id))
    return children


def as_of():
    """The day whose units new input uses: today in Da Nang (tests move it with ``clock.now``).

    >>> as_of() == clock.now().date()
    True
    """
    return clock.now().date()


def _day(day):
    if day is None:
        return as_of()
    if hasattr(day, "date") and callable(day.date):  # a datetime: its day in Da Nang
        return clock.local(day).date()
    return day


def all_units():
    """Every unit of every period (also Quảng Nam's units before the merger)."""
    return list(_units().values())


def unit(unit_id):
    """The unit with this id (``"20194@2019"``), or None.

    >>> unit("20194@2025-07").name
    'Phường Hải Vân'
    >>> unit("20194") is None
    True
    """
    return _units().get(unit_id)


def _get(unit_id):
    found = _units().get(unit_id)
    if found is None:
        raise KeyError(f"no administrative unit {unit_id!r}")
    return found


def city(day=None):
    """The city of Da Nang as it was on ``day``."""
    day = _day(day)
    return next(u for u in _units().values() if u.kind == "city" and u.valid_at(day))


def units_at(day=None, kind=None, parent=None, level=None):
    """The units of Da Nang valid on ``day`` (the city first, then each one's children in code order).

    ``kind``/``level``: one name or a collection of names (``KINDS``, ``LEVELS``). ``parent``: only
    that unit's descendants (a unit id; Quảng Nam's old units are reached only this way).

    >>> [u.name for u in units_at(date(2019, 10, 2), level="district")][-2:]
    ['Huyện Hòa Vang', 'Huyện Hoàng Sa']
    >>> len(units_at(date(2025, 8, 1), kind="special_zone"))
    1
    """
    day = _day(day)
    kinds = {kind} if isinstance(kind, str) else set(kind) if kind else None
    levels = {level} if isinstance(level, str) else set(level) if level else None
    if parent is None:
        root = city(day)
        found = [root]
    else:
        root = _get(parent)
        found = []
    pending = [root]
    while pending:
        current_unit = pending.pop(0)
        for child in _children().get(current_unit.id, ()):
            if child.valid_at(day):
                found.append(child)
                pending.append(child)
    return [
        u
        for u in found
        if (kinds is None or u.kind in kinds) and (levels is None or u.level in levels)
    ]


def find(code, day=None):
    """The unit that had this statistics code on ``day``, or None (a code alone is ambiguous).

    >>> find("20242", date(2019, 10, 2)).name, find("20242", date(2025, 8, 1)).name
    ('Phường Phước Ninh', 'Phường Hải Châu')
    >>> find("496", date(2019, 10, 2)) is None          # there is no district 496
    True
    """
    if code is None:
        return None
    day = _day(day)
    code = str(code).strip()
    for candidate in _by_code().get(code, ()):
        if candidate.valid_at(day):
            return candidate
    return None


@lru_cache(maxsize=1)
def _by_code():
    by_code = {}
    for u in _units().values():
        if u.code is not None:
            by_code.setdefault(u.code, []).append(u)
    return by_code


def with_code(code):
    """Every unit that ever had this code, oldest first."""
    return sorted(_by_code().get(str(code), ()), key=lambda u: u.valid_from or date.min)


def _combine(outer, inner):
    if outer == "whole":
        return inner
    return "part"


def _follow(unit_id, day, forward):
    """Links to the units valid on ``day`` reached from ``unit_id`` going forward or back."""
    start = _get(unit_id)
    if start.valid_at(day):
        return (Link(unit_id, "whole"),)
    if forward and start.valid_from is not None and day < start.valid_from:
        return ()
    if not forward and start.valid_to is not None and day > start.valid_to:
        return ()
    reached = {}
    pending = [(start, "whole")]
    while pending:
        current_unit, part = pending.pop(0)
        if current_unit.valid_at(day):
            previous = reached.get(current_unit.id)
            reached[current_unit.id] = "whole" if "whole" in (previous, part) else part
            continue
        links = current_unit.successors if forward else current_unit.predecessors
        if not links and forward and current_unit.valid_to is not None:
            # An abolished level (a district, Quảng Nam): its territory is its communes'.
            last_day = current_unit.valid_to
            links = [
                Link(child.id, "part")
                for child in _children().get(current_unit.id, ())
                if child.valid_at(last_day)
            ]
        for link in links:
            pending.append((_get(link.unit_id), _combine(part, link.part)))
    order = {u: i for i, u in enumerate(_units())}
    return tuple(Link(i, reached[i]) for i in sorted(reached, key=lambda i: (_get(i).code or "", order[i])))


def successors(unit_id, day=None):
    """What became of the unit: the next step (``day=None``), or the units valid on ``day``.

    >>> successors("20296@2019")                                  # Hòa Liên was split in 2025
    (Link(unit_id='20194@2025-07', part='part'), Link(unit_id='20197@2025-07', part='remainder'))
    """
    if day is None:
        return _get(unit_id).successors
    return _follow(unit_id, _day(day), forward=True)


def predecessors(unit_id, day=None):
    """What the unit was made of: the step before (``day=None``), or the units valid on ``day``.

    >>> [link.unit_id for link in predecessors("20242@2025-07", date(2019, 10, 2))]
    ['20227@2019', '20230@2019', '20233@2019', '20236@2019', '20239@2019', '20242@2019', '20248@2019', '20251@2019']
    """
    if day is None:
        return _get(unit_id).predecessors
    return _follow(unit_id, _day(day), forward=False)


def current(unit_id, day=None):
    """The units valid on ``day`` (default ``as_of()``) that hold the unit's territory.

    One unit when it went whole into one (or is still valid), several when it was split (the
    candidates: an address there needs the applicant's choice), none before it existed.
    """
    return [_get(link.unit_id) for link in successors(unit_id, _day(day))]


def parent_at(unit_id, day=None):
    """The unit's parent on ``day`` (None for the city, or if the unit did not exist then)."""
    day = _day(day)
    found = _get(unit_id)
    if not found.valid_at(day) or found.parent is None:
        return None
    return _get(found.parent)


def title(unit_id):
    """The name with the parent district, as lists show it: ``Phường Hòa Minh (Quận Liên Chiểu)``."""
    found = _get(unit_id)
    parent = _units().get(found.parent) if found.parent else None
    if found.level == "commune" and parent is not None and parent.level == "district":
        return f"{found.name} ({parent.name})"
    return found.name


def label(unit_id, day=None):
    """The unit's name as an address shows it on ``day``: with what it is now, if it changed.

    A Message (domain danang.portal): ``translate`` it with the request for a page.

    >>> from zope.i18n import translate
    >>> translate(label("20200@2019", date(2025, 8, 1)), target_language="vi")
    'Phường Hòa Minh (nay thuộc Phường Hòa Khánh, Phường Thanh Khê)'
    """
    day = _day(day)
    found = _get(unit_id)
    now = current(unit_id, day)
    if not now or [u.id for u in now] == [found.id]:
        return _("unit_label_same", default="${name}", mapping={"name": found.name})
    if len(now) == 1 and successors(unit_id, day)[0].part == "whole":
        if now[0].name == found.name:
            return _("unit_label_same", default="${name}", mapping={"name": found.name})
        return _(
            "unit_label_now",
            default="${name} (nay là ${current})",
            mapping={"name": found.name, "current": now[0].name},
        )
    return _(
        "unit_label_now_part",
        default="${name} (nay thuộc ${current})",
        mapping={"name": found.name, "current": ", ".join(u.name for u in now)},
    )


def periods():
    """The shipped lists (``Period``), oldest first, with their legal basis and sources."""
    result = []
    bounds = {
        "2019": (None, JANUARY_2025 - timedelta(days=1)),
        "2025-01": (JANUARY_2025, JULY_2025 - timedelta(days=1)),
        "2025-07": (JULY_2025, None),
    }
    for p in _data()["periods"]:
        basis = p.get("legal_basis") or {}
        result.append(
            Period(
                id=p["id"],
                valid_from=bounds[p["id"]][0],
                valid_to=bounds[p["id"]][1],
                legal_basis=" ".join(filter(None, (basis.get("number"), basis.get("text")))),
                legal_basis_unconfirmed=bool(basis.get("number_unconfirmed")),
                sources=tuple(p["counts_sources"]),
                counts=dict(p["counts"]),
            )
        )
    return result


def source(source_id):
    """A source of the data: ``{"id", "address", "what", "quote"}``, or None."""
    return next((s for s in _data()["sources"] if s["id"] == source_id), None)
