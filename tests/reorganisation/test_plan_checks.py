"""A plan is checked before anything is written, and each problem names its section and row."""

from danang.portal.data.issues import LoadError
from danang.portal.reorganisation.plan import checked_plan
from datetime import date
from tests.fixtures.reorganisation import PLAN
from tests.fixtures.reorganisation import THANH_KHE

import pytest


def _problems(path, effective=date(2025, 7, 1)):
    with pytest.raises(LoadError) as raised:
        checked_plan(path, effective)
    return raised.value.render()


def test_the_test_plan_is_consistent(portal, services, plan_file):
    plan = checked_plan(plan_file(), date(2025, 7, 1))
    assert plan.successor_of()["UBND-492"] == "UBND-20242-2025"


def test_inconsistent_rows_are_named(portal, services, plan_file):
    agencies = [dict(PLAN["new_agencies"][0]), {**PLAN["new_agencies"][1], "code": PLAN["new_agencies"][0]["code"], "kind": "castle"}]
    dissolved = PLAN["dissolved"] + [
        {"agency": "UBND-20227", "successor": THANH_KHE},
        {"agency": "UBND-NOWHERE", "successor": "SXD"},
        {"agency": "SXD", "successor": "UBND-492"},
    ]
    competence = [{"from_level": "district", "levels": ["province"]}, {"service": "9.999999", "levels": ["city"]}]
    text = _problems(plan_file(new_agencies=agencies, dissolved=dissolved, competence=competence,
                               groups=[{"from": "UBND-20227-cleaner", "to": "UBND-492-desk"}]))
    assert "Dữ liệu có" in text and "chưa có gì được ghi" in text
    lines = text.splitlines()[1:]

    def line(*parts):
        return [item for item in lines if all(part in item for part in parts)]

    assert line("bản ghi [1] (mã UBND-20242-2025)", "new_agencies.code", "đã có ở bản ghi [0]")
    assert line("bản ghi [1]", "new_agencies.kind", "castle")
    assert line("bản ghi [3] (mã UBND-20227)", "dissolved.agency", "đã được giải thể ở bản ghi [0]")
    assert line("bản ghi [4] (mã UBND-NOWHERE)", "Cổng không có cơ quan mã UBND-NOWHERE")
    # SXD is dissolved with a successor that the plan dissolves too.
    assert line("bản ghi [5] (mã SXD)", "dissolved.successor", "UBND-492")
    assert line("bản ghi [0] (mã district)", "competence.levels")
    assert line("bản ghi [1] (mã 9.999999)", "competence.service", "9.999999")
    assert line("bản ghi [1] (mã 9.999999)", "competence.agency")
    assert line("bản ghi [0] (mã UBND-20227-cleaner)", "groups.from")
    assert line("bản ghi [0] (mã UBND-20227-cleaner)", "groups.to", "UBND-492")


def test_effective_date_must_be_the_plans(portal, services, plan_file):
    assert "khác ngày đã nhập (2025-08-01)" in _problems(plan_file(), date(2025, 8, 1))


def test_not_a_plan(portal, services, tmp_path):
    path = tmp_path / "plan.json"
    path.write_text("{not json", encoding="utf-8")
    assert "Không đọc được tệp kế hoạch" in _problems(path)
    path.write_text('{"id": "x", "dissolved": {}}', encoding="utf-8")
    text = _problems(path)
    assert "title" in text and "effective" in text and "dissolved" in text
