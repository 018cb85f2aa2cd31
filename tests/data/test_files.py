"""The shipped data files alone (no Plone site): the 2019 figures, codes, agencies, sample marking."""

from danang.portal.data import files
from danang.portal.data.units import get_unit
from danang.portal.data.units import units_of_level
from danang.portal.data.units import wards_of
from danang.portal.devtools import sample

import csv
import json
import pytest
import re

NATIONAL_CODE = re.compile(r"^[12]\.\d{6}$")
REAL_CODES = {"1.009130", "1.001193", "2.000806", "1.000419", "2.001263"}
SEAL_TITLES = {
    "Đăng ký mẫu con dấu mới",
    "Đăng ký lại mẫu con dấu",
    "Đăng ký thêm con dấu",
    "Đổi, cấp lại giấy chứng nhận đăng ký mẫu con dấu",
    "Đăng ký dấu nổi, dấu thu nhỏ, dấu xi",
}


def _csv(path):
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


@pytest.fixture(scope="module")
def real():
    return json.loads(files.REAL_SERVICES_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def generated():
    return json.loads(files.SAMPLE_SERVICES_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def services(real, generated):
    return real + generated


@pytest.fixture(scope="module")
def agencies():
    return _csv(files.AGENCIES_FILE)


@pytest.fixture(scope="module")
def sectors():
    return _csv(files.SECTORS_FILE)


def test_catalogue_reproduces_the_2019_figures(services):
    figures = sample.figures(services)
    assert figures["district"] == 176
    assert figures["district_at_level_3_4"] == 151
    assert figures["ward"] == 97
    assert figures["ward_at_level_3_4"] == 80
    assert figures["at_level_3_4"] == 850
    assert figures["city_at_level_3_4"] == 850 - 151 - 80
    assert figures["total"] == figures["city"] + figures["district"] + figures["ward"]
    assert 1500 <= figures["total"] <= 1700
    # One implementing level per shipped procedure, so the level counts add up.
    assert all(len(record["levels"]) == 1 for record in services)


def test_shipped_sample_file_is_the_generator_output(real, generated):
    assert generated == sample.catalogue_sample_services(real)
    assert sample.main(["--check"]) == 0


def test_codes_are_national_style_and_unique(services):
    codes = [record["code"] for record in services]
    assert len(codes) == len(set(codes))
    assert all(NATIONAL_CODE.match(code) for code in codes)


def test_real_procedures_are_not_sample_and_generated_ones_are(real, generated):
    assert REAL_CODES <= {record["code"] for record in real}
    assert all(record["sample"] is False for record in real)
    assert all(record["sample"] is True for record in generated)
    assert all(record["description"] == sample.SAMPLE_DESCRIPTION for record in generated)
    # Generated codes stay in the 9xxxxx range, away from the real and placeholder codes.
    assert all(record["code"][2] == "9" for record in generated)
    assert not {record["code"] for record in generated} & {record["code"] for record in real}
    # Real procedures whose national code is unknown say so to their editors, not to citizens
    # (issue 16: internal notes live in editor_notes).
    for record in real:
        assert "mã tạm" not in record["description"]
        if record.get("_code_is_placeholder"):
            assert "mã tạm" in record["editor_notes"]


def test_no_internal_notes_or_missing_forms_in_public_fields(real, generated):
    for record in real + generated:
        assert all("tham khảo" not in (fee.get("legal_basis") or "") for fee in record.get("fees", []))
        assert all("theo mẫu" not in row["name"] for row in record.get("components", []))


def test_known_real_procedures(real):
    by_code = {record["code"]: record for record in real}
    assert by_code["1.009130"]["levels"] == ["district"]
    assert by_code["1.009130"]["sector"] == "hoat-dong-xay-dung"
    assert by_code["1.001193"]["levels"] == ["ward"]
    assert by_code["1.001193"]["sector"] == "ho-tich"
    single_house = [r for r in real if "nhà ở riêng lẻ" in r["title"] and "giấy phép xây dựng" in r["title"]]
    assert len(single_house) == 1
    assert single_house[0]["processing_time"] == 15
    assert 50000 <= single_house[0]["fees"][0]["amount"] <= 75000


def test_every_construction_permit_is_online_at_level_3_or_more(services):
    permits = [r for r in services if "giấy phép xây dựng" in r["title"].lower()]
    assert len(permits) > 20
    assert all(r["online_level"] >= 3 for r in permits)
    assert any(r["sector"] == "hoat-dong-xay-dung" and r["levels"] == ["district"] for r in permits)


def test_police_seal_services(services):
    seals = [r for r in services if r["sector"] == "con-dau"]
    assert {r["title"] for r in seals} == SEAL_TITLES
    assert all(r["agency"] == "CATP" and r["online_level"] >= 3 for r in seals)
    assert all(r["sample"] is False for r in seals)


def test_references_exist(services, agencies, sectors):
    sector_codes = {row["code"] for row in sectors}
    agency_codes = {row["code"] for row in agencies}
    service_codes = {record["code"] for record in services}
    for record in services:
        assert record["sector"] in sector_codes
        if "city" in record["levels"]:
            assert record["agency"] in agency_codes
        assert set(record["coordinating_agencies"]) <= agency_codes
        assert set(record["related"]) <= service_codes - {record["code"]}


def test_sectors(sectors):
    codes = [row["code"] for row in sectors]
    assert 40 <= len(codes) <= 60
    assert len(set(codes)) == len(codes)
    assert all(re.match(r"^[a-z0-9-]+$", code) for code in codes)
    assert {"hoat-dong-xay-dung", "ho-tich", "con-dau", "dat-dai"} <= set(codes)


def test_committees_of_every_district_and_ward(agencies):
    by_kind = {}
    for row in agencies:
        by_kind.setdefault(row["kind"], []).append(row)
    districts = by_kind["district_committee"]
    wards = by_kind["ward_committee"]
    assert len(districts) == 8
    assert len(wards) == 56
    assert {row["area_code"] for row in districts} == {unit["code"] for unit in units_of_level("district")}
    assert {row["area_code"] for row in wards} == {unit["code"] for unit in units_of_level("ward")}
    district_agency = {row["area_code"]: row["code"] for row in districts}
    for row in wards:
        unit = get_unit(row["area_code"])
        assert row["level"] == "ward"
        assert row["parent_agency"] == district_agency[unit["parent"]]
        assert row["title"].startswith(("UBND phường ", "UBND xã "))
    assert {row["title"] for row in districts} >= {"UBND quận Hải Châu", "UBND huyện Hòa Vang"}
    # Hoàng Sa has no wards: its committee is listed but says it receives no dossiers.
    hoang_sa = next(row for row in districts if row["area_code"] == "498")
    assert not wards_of("498")
    assert "không tiếp nhận hồ sơ" in hoang_sa["description"]


def test_agency_contacts_are_marked(agencies):
    real_addresses = {
        unit["code"]: unit["committee_address"]
        for unit in units_of_level("district")
        if unit.get("committee_address")
    }
    assert len(real_addresses) == 6
    for row in agencies:
        assert row["dossier_unit_code"].startswith("TAM.")
        assert row["_dossier_unit_code_placeholder"] == "true"
        if row["kind"] == "district_committee" and row["area_code"] in real_addresses:
            assert row["address"] == real_addresses[row["area_code"]]
            assert row["sample_contact"] == "false"
        else:
            assert row["sample_contact"] == "true"
        if row["email"]:
            assert row["email"].endswith("@danang.example")
    departments = [row for row in agencies if row["kind"] == "department"]
    assert {row["_source"] for row in departments} == {"official", "probable"}
    assert next(row for row in agencies if row["code"] == "CATP")["kind"] == "police"


def test_generator_is_deterministic_and_scales():
    first = sample.generate_services(10000, seed=7)
    assert len(first) == 10000
    assert len({record["code"] for record in first}) == 10000
    assert all(NATIONAL_CODE.match(record["code"]) for record in first)
    assert sample.generate_services(200, seed=7) == sample.generate_services(200, seed=7)
    assert sample.generate_services(200, seed=7) != sample.generate_services(200, seed=8)
    figures = sample.figures(first)
    assert figures["district"] == round(10000 * 176 / sample.TOTAL_SERVICES)
    assert all(r["online_level"] >= 3 for r in first if "giấy phép xây dựng" in r["title"].lower())


def test_batches_with_disjoint_indexes_never_share_codes():
    first = sample.generate_services(100, seed=1)
    second = sample.generate_services(100, seed=1, first_index=100)
    assert not {r["code"] for r in first} & {r["code"] for r in second}


def test_sample_codes():
    assert sample.sample_code(0) == "1.900000"
    assert sample.sample_code(199999) == "2.999999"
    with pytest.raises(ValueError):
        sample.sample_code(200000)
