"""Build the shipped reorganisation plan of 1 July 2025 from the dated units (danang.portal.units).

    .venv/bin/python -m danang.portal.devtools.reorganisation_plan [OUTPUT]

writes ``data/plans/2025-07-01.json`` (docs/reorganisation.md, "The shipped plan"): from the
seed's 2019 structure (agencies ``UBND-<code>`` of data/catalogue/agencies.csv) to the 94
commune-level units of Resolution 1659/NQ-UBTVQH15. The result is committed; the portal never
runs this module.

Rules, all from the units' data (docs/units.md):

- every 2025-07 unit gets a People's Committee ``UBND-<code>-2025`` (the code alone would clash:
  93 of the 94 codes are old codes of other units) with its one-stop centre; those whose
  predecessors are all Quảng Nam's enter with no history here;
- every 2019 ward committee is dissolved: successor the 2025-07 unit holding its territory; for a
  split unit (Hòa Minh, Hòa Liên) the one that keeps its code, else the remainder, else the first
  (open dossiers of a split unit cannot be assigned by territory: the portal has no street data);
- every district committee is dissolved: a district procedure's open dossier goes to the new
  committee of the applicant's ward, else to the unit named like the district (Quận Hải Châu →
  Phường Hải Châu, Huyện Hoàng Sa → Đặc khu Hoàng Sa);
- competence: the district level's procedures go to the communes. The decrees that gave some of
  them to the city name procedures one by one; add them as rows by service code before this row
  (none is shipped: the repository holds no such table).
"""

from danang.portal import units
from datetime import date
from pathlib import Path

import json
import sys

EFFECTIVE = date(2025, 7, 1)
BEFORE = date(2019, 10, 2)
OUTPUT = Path(__file__).resolve().parents[1] / "data" / "plans" / "2025-07-01.json"
DISTRICT_KINDS = ("urban_district", "rural_district")
PREFIXES = {"ward": "phường", "commune": "xã", "special_zone": "đặc khu"}


def agency_code(unit):
    return f"UBND-{unit.code}-2025"


def _bare(name):
    for word in ("Phường", "Xã", "Đặc khu", "Quận", "Huyện"):
        if name.startswith(word + " "):
            return name[len(word) + 1:]
    return name


def _committee_title(unit):
    return f"UBND {PREFIXES[unit.kind]} {_bare(unit.name)}"


def _default_successor(old, candidates):
    links = units.successors(old.id, EFFECTIVE)
    for unit in candidates:
        if unit.code == old.code:
            return unit
    for link in links:
        if link.part == "remainder":
            return units.unit(link.unit_id)
    return candidates[0]


def build():
    new_units = units.units_at(EFFECTIVE, level="commune")
    new_agencies = []
    for unit in new_units:
        predecessors = units.predecessors(unit.id, BEFORE) or units.predecessors(unit.id)
        from_quang_nam = all(units.unit(link.unit_id).period == "2025-06" for link in predecessors)
        local = _bare(unit.name)
        new_agencies.append({
            "code": agency_code(unit),
            "title": _committee_title(unit),
            "kind": "ward_committee",
            "level": "ward",
            "area_code": unit.code,
            "unit_id": unit.id,
            "unit_kind": PREFIXES[unit.kind],
            "dossier_unit_code": f"TAM.{unit.code}.2025",
            "one_stop_centre": f"Trung tâm Phục vụ hành chính công {PREFIXES[unit.kind]} {local}",
            "address": f"Trụ sở UBND {PREFIXES[unit.kind]} {local}, thành phố Đà Nẵng",
            "sample_contact": True,
            "former_quang_nam": from_quang_nam,
            "predecessors": [link.unit_id for link in predecessors],
            "sources": list(unit.sources),
        })
    dissolved = []
    for old in units.units_at(BEFORE, level="commune"):
        candidates = units.current(old.id, EFFECTIVE)
        successor = _default_successor(old, candidates)
        row = {"agency": f"UBND-{old.code}", "successor": agency_code(successor), "unit_id": old.id}
        others = [agency_code(unit) for unit in candidates if unit.id != successor.id]
        if others:
            row["also"] = others
            row["note"] = "split: open dossiers go to the successor (no street data to share them out)"
        dissolved.append(row)
    for old in units.units_at(BEFORE, kind=set(DISTRICT_KINDS)):
        candidates = units.current(old.id, EFFECTIVE)
        named = [unit for unit in candidates if _bare(unit.name) == _bare(old.name)]
        successor = (named or candidates)[0]
        dissolved.append({
            "agency": f"UBND-{old.code}",
            "successor": agency_code(successor),
            "by_applicant_ward": True,
            "unit_id": old.id,
            "also": [agency_code(unit) for unit in candidates if unit.id != successor.id],
        })
    return {
        "id": "2025-07-01",
        "title": "Sắp xếp đơn vị hành chính thành phố Đà Nẵng từ ngày 01/07/2025",
        "effective": EFFECTIVE.isoformat(),
        "reason": "Nghị quyết 1659/NQ-UBTVQH15 ngày 16/6/2025; chính quyền địa phương hai cấp",
        "_built_by": "python -m danang.portal.devtools.reorganisation_plan (from data/danang-units.json)",
        "new_agencies": new_agencies,
        "dissolved": dissolved,
        "competence": [
            {
                "from_level": "district",
                "levels": ["ward"],
                "reason": "không còn cấp huyện: thủ tục cấp huyện do UBND cấp xã thực hiện",
            }
        ],
        "groups": [],
        "groups_follow_successors": True,
    }


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    output = Path(argv[0]) if argv else OUTPUT
    output.parent.mkdir(parents=True, exist_ok=True)
    plan = build()
    output.write_text(json.dumps(plan, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{output}: {len(plan['new_agencies'])} new agencies, {len(plan['dissolved'])} dissolved")
    return 0


if __name__ == "__main__":
    sys.exit(main())
