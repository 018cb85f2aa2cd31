"""Dated administrative units (danang.portal.units, docs/units.md): the three periods and the
pitfalls of data/danang-units.md (the same code for different units, split units, homonyms)."""

from danang.portal import units
from datetime import date
from zope.i18n import translate

import json
import pytest

IN_2019 = date(2019, 10, 2)  # the seed's date
IN_2025_03 = date(2025, 3, 1)
IN_2025_08 = date(2025, 8, 1)


@pytest.mark.parametrize(
    ("day", "communes", "wards", "districts"),
    [
        (IN_2019, 56, 45, 8),
        (date(2024, 12, 31), 56, 45, 8),
        (date(2025, 1, 1), 47, 36, 8),
        (date(2025, 6, 30), 47, 36, 8),
        (date(2025, 7, 1), 94, 23, 0),
        (IN_2025_08, 94, 23, 0),
    ],
)
def test_counts_per_day(day, communes, wards, districts):
    assert len(units.units_at(day, level="commune")) == communes
    assert len(units.units_at(day, kind="ward")) == wards
    assert len(units.units_at(day, level="district")) == districts
    assert units.units_at(day)[0] == units.city(day)


def test_kinds_of_2025_07():
    day = IN_2025_08
    assert len(units.units_at(day, kind="commune")) == 70
    assert [u.name for u in units.units_at(day, kind="special_zone")] == ["Đặc khu Hoàng Sa"]
    assert {u.parent for u in units.units_at(day, level="commune")} == {"48@2025-07"}


def test_district_codes_of_2019():
    codes = [u.code for u in units.units_at(IN_2019, level="district")]
    assert codes == ["490", "491", "492", "493", "494", "495", "497", "498"]
    assert units.find("496", IN_2019) is None
    assert units.units_at(IN_2019, parent="498@2019") == []  # Hoàng Sa: no communes


def test_ids_are_unique_and_match_code_and_period():
    every = units.all_units()
    assert len({u.id for u in every}) == len(every)
    for u in every:
        assert u.id == f"{u.code if u.code else u.id.split('@')[0]}@{u.period}"


def test_same_code_means_different_units_by_period():
    assert units.find("20194", IN_2019).name == "Phường Hòa Hiệp Bắc"
    assert units.find("20194", IN_2025_08).name == "Phường Hải Vân"
    assert units.find("20242", IN_2019).name == "Phường Phước Ninh"
    assert units.find("20242", IN_2025_08).name == "Phường Hải Châu"
    assert units.find("20218", IN_2019).name == "Phường Vĩnh Trung"
    assert units.find("20218", IN_2025_03).name == "Phường Thạc Gián"
    assert [u.id for u in units.with_code("20236")] == ["20236@2019", "20236@2025-01"]
    assert units.find("20236", IN_2019).name == "Phường Hải Châu I"
    assert units.find("20236", IN_2025_03).name == "Phường Hải Châu"
    assert units.find("20236", IN_2025_08) is None
    # The same name, other codes; a former district's name is now a ward's.
    assert units.find("20224", IN_2025_03).name == units.find("20305", IN_2025_08).name == "Phường An Khê"
    assert units.find("493", IN_2019).name == "Quận Sơn Trà"
    assert units.find("20263", IN_2025_08).name == "Phường Sơn Trà"


def test_unchanged_unit_keeps_its_id_through_january_2025():
    u = units.unit("20194@2019")
    assert (u.valid_from, u.valid_to) == (None, date(2025, 6, 30))
    assert units.find("20194", IN_2025_03) == u
    merged = units.unit("20239@2019")  # Hải Châu II, merged on 1 January 2025
    assert merged.valid_to == date(2024, 12, 31)
    assert [x.name for x in units.current(merged.id, IN_2025_03)] == ["Phường Hải Châu"]


def test_split_units():
    # Hòa Minh (2025-01): part went to Thanh Khê Tây.
    assert units.successors("20200@2019") == (
        units.Link("20200@2025-01", "part"),
        units.Link("20206@2025-01", "part"),
    )
    assert [u.name for u in units.current("20200@2019", IN_2025_03)] == [
        "Phường Hòa Minh",
        "Phường Thanh Khê Tây",
    ]
    # Hòa Liên (2025-07): part to Hải Vân, the remainder to Liên Chiểu.
    assert units.successors("20296@2019", IN_2025_08) == (
        units.Link("20194@2025-07", "part"),
        units.Link("20197@2025-07", "remainder"),
    )
    assert [link.unit_id for link in units.predecessors("20197@2025-07")] == ["20197@2019", "20296@2019"]


def test_homonyms_are_different_units():
    phuoc_ninh = [u for u in units.all_units() if u.name in ("Phường Phước Ninh", "Xã Phước Ninh")]
    assert sorted((u.kind, u.period) for u in phuoc_ninh) == [
        ("commune", "2025-06"),
        ("ward", "2019"),
        ("ward", "2025-01"),  # Phước Ninh + Nam Dương + Bình Hiên on 1 January 2025
    ]
    now = {u.id: [c.name for c in units.current(u.id, IN_2025_08)] for u in phuoc_ninh}
    assert sorted(now.values()) == [["Phường Hải Châu"], ["Phường Hải Châu"], ["Xã Quế Phước"]]
    phuoc_my = {u.kind: units.current(u.id, IN_2025_08)[0].name for u in units.all_units() if u.name.endswith(" Phước Mỹ")}
    assert phuoc_my == {"ward": "Phường An Hải", "commune": "Xã Phước Năng"}


def test_links_agree_with_the_file_both_ways():
    data = json.loads(units.DATA_FILE.read_text(encoding="utf-8"))
    january = next(p for p in data["periods"] if p["id"] == "2025-01")
    for record in january["units"]:
        old = units.find(record["code"], IN_2025_03)
        given = sorted((s["code_2025_07"], s["part"]) for s in record["successors_2025_07"])
        assert sorted((units.unit(link.unit_id).code, link.part) for link in old.successors) == given
    for u in units.all_units():
        for link in u.successors:
            assert units.Link(u.id, link.part) in units.unit(link.unit_id).predecessors


def test_quang_nam_units_enter_without_history():
    old = [u for u in units.all_units() if u.period == "2025-06" and u.level == "commune"]
    assert len(old) == 233
    assert all(u.valid_from is None and u.valid_to == date(2025, 6, 30) for u in old)
    assert all(len(u.successors) == 1 for u in old)
    province = units.unit("quang-nam@2025-06")
    assert (province.code, province.unconfirmed) == (None, True)  # no invented code
    assert not any(u.unconfirmed for u in units.all_units() if u.code is not None)
    # Not part of Da Nang before the merger; reachable under their province.
    assert not any(u.period == "2025-06" for u in units.units_at(IN_2025_03))
    assert len(units.units_at(IN_2025_03, parent=province.id, level="commune")) == 233
    # 19 names are spelt otherwise in NQ 1659 (17 of Quảng Nam, 2 of Da Nang): kept as aliases.
    spelled = [u for u in units.all_units() if u.aliases]
    assert len(spelled) == 19 and all(u.notes for u in spelled)
    assert units.unit("20446@2025-06").aliases == ("Xã Tr'hy",)
    assert units.unit("20290@2019").aliases == ("Phường Hòa Hải",)


def test_districts_lead_to_the_communes_holding_them():
    assert [u.name for u in units.current("498@2019", IN_2025_08)] == ["Đặc khu Hoàng Sa"]
    lien_chieu = {u.name for u in units.current("490@2019", IN_2025_08)}
    assert lien_chieu == {"Phường Hải Vân", "Phường Hòa Khánh", "Phường Liên Chiểu"}
    assert units.parent_at("20194@2019", IN_2025_03).name == "Quận Liên Chiểu"
    assert units.parent_at("20194@2019", IN_2025_08) is None


def test_predecessors_followed_back():
    hai_chau = units.predecessors("20242@2025-07", IN_2019)
    assert {units.unit(link.unit_id).name for link in hai_chau} == {
        "Phường Thanh Bình", "Phường Thuận Phước", "Phường Thạch Thang", "Phường Hải Châu I",
        "Phường Hải Châu II", "Phường Phước Ninh", "Phường Nam Dương", "Phường Bình Hiên",
    }  # fmt: skip
    assert units.predecessors("20194@2019", date(2010, 1, 1)) == (units.Link("20194@2019", "whole"),)
    assert units.current("20194@2025-07", IN_2019) == []


def vi(message):
    return translate(message, target_language="vi")


def test_labels():
    assert vi(units.label("20194@2019", IN_2025_08)) == "Phường Hòa Hiệp Bắc (nay là Phường Hải Vân)"
    assert vi(units.label("20194@2019", IN_2019)) == "Phường Hòa Hiệp Bắc"
    assert vi(units.label("20194@2019", IN_2025_03)) == "Phường Hòa Hiệp Bắc"
    assert vi(units.label("20239@2019", IN_2025_03)) == "Phường Hải Châu II (nay là Phường Hải Châu)"
    assert vi(units.label("20992@2025-06", IN_2025_08)) == "Xã Tam Hải"  # kept its name and code
    english = translate(units.label("20200@2019", IN_2025_08), target_language="en")
    assert english == "Phường Hòa Minh (now part of Phường Hòa Khánh, Phường Thanh Khê)"
    assert units.title("20194@2019") == "Phường Hòa Hiệp Bắc (Quận Liên Chiểu)"
    assert units.title("20194@2025-07") == "Phường Hải Vân"


def test_every_source_is_defined_and_periods_carry_their_basis():
    for u in units.all_units():
        assert u.sources, u.id
        for source_id in u.sources:
            assert units.source(source_id) is not None, (u.id, source_id)
    periods = {p.id: p for p in units.periods()}
    assert periods["2025-01"].legal_basis_unconfirmed
    assert "1659/NQ-UBTVQH15" in periods["2025-07"].legal_basis
    assert periods["2025-07"].valid_from == date(2025, 7, 1)


def test_day_defaults_to_the_clock(monkeypatch):
    from danang.portal import clock
    from datetime import datetime

    monkeypatch.setattr(clock, "now", lambda: datetime(2019, 10, 2, 9, 0, tzinfo=clock.TIMEZONE))
    assert units.as_of() == IN_2019
    assert units.find("20194").name == "Phường Hòa Hiệp Bắc"
    assert len(units.units_at(level="commune")) == 56
    monkeypatch.setattr(clock, "now", lambda: datetime(2025, 8, 1, 9, 0, tzinfo=clock.TIMEZONE))
    assert [u.name for u in units.current("20194@2019")] == ["Phường Hải Vân"]
