"""The loader on small data files: creating, updating in place, and refusing bad rows by name."""

from danang.portal.data.loader import load_all
from danang.portal.data.loader import load_services
from danang.portal.data.loader import LoadError
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID

import copy
import json
import pytest

SECTORS_CSV = """code,title,description
hoat-dong-xay-dung,Hoạt động xây dựng,Giấy phép xây dựng.
ho-tich,Hộ tịch,
"""

AGENCIES_CSV = """\
code,title,kind,level,area_code,dossier_unit_code,parent_agency,address,phone,email,sample_contact,_source
SXD,Sở Xây dựng,department,city,48,TAM.SXD,,"24 Trần Phú, Đà Nẵng",0236 0000 001,sxd@danang.example,true,official
UBND-492,UBND quận Hải Châu,district_committee,district,492,TAM.492,,183A Phan Đăng Lưu,,,false,official
UBND-20236,UBND phường Hải Châu I,ward_committee,ward,20236,TAM.20236,UBND-492,,0236 0000 002,,true,official
"""

SERVICES = [
    {
        "code": "1.900001",
        "title": "Cấp chứng chỉ hành nghề thiết kế xây dựng",
        "sector": "hoat-dong-xay-dung",
        "levels": ["city"],
        "online_level": 4,
        "agency": "SXD",
        "audiences": ["citizen"],
        "steps": ["Bước 1: Nộp hồ sơ.", "Bước 2: Nhận kết quả."],
        "channels": [{"channel": "online", "time_limit": "10 ngày làm việc", "fee": "300.000 đồng"}],
        "components": [{"name": "Đơn đề nghị", "originals": 1, "copies": 0}],
        "processing_time": 10,
        "processing_unit": "working_days",
        "fees": [{"name": "Lệ phí cấp chứng chỉ", "amount": 300000}],
        "related": ["1.900002"],
        "sample": True,
        "_note": "keys starting with an underscore are ignored",
    },
    {
        "code": "1.900002",
        "title": "Cấp giấy phép xây dựng nhà ở riêng lẻ (mẫu)",
        "sector": "hoat-dong-xay-dung",
        "levels": ["district"],
        "online_level": 3,
        "audiences": ["citizen"],
        "processing_time": 15,
        "fees": [{"name": "Lệ phí cấp giấy phép xây dựng", "amount": 50000}],
        "related": [],
    },
    {
        "code": "1.900003",
        "title": "Đăng ký khai tử (mẫu)",
        "sector": "ho-tich",
        "levels": ["ward"],
        "online_level": 2,
        "audiences": ["citizen"],
        "processing_time": 1,
        "processing_unit": "working_days",
    },
]


@pytest.fixture
def manager(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return portal


@pytest.fixture
def files(tmp_path):
    """Good data files; tests change them to make bad ones."""

    def write(sectors=SECTORS_CSV, agencies=AGENCIES_CSV, services=SERVICES):
        paths = {
            "sectors": tmp_path / "sectors.csv",
            "agencies": tmp_path / "agencies.csv",
            "services": tmp_path / "services.json",
        }
        paths["sectors"].write_text(sectors, encoding="utf-8")
        paths["agencies"].write_text(agencies, encoding="utf-8")
        text = services if isinstance(services, str) else json.dumps(services, ensure_ascii=False, indent=1)
        paths["services"].write_text(text, encoding="utf-8")
        return paths

    return write


def _items(portal_type):
    return api.content.find(portal_type=portal_type, unrestricted=True)


def _service(code):
    """Items are found by code: the URL id is the content type's business (1.900001 -> 1-900001)."""
    (brain,) = api.content.find(portal_type="Service", code=code, unrestricted=True)
    return brain.getObject()


def _services():
    return copy.deepcopy(SERVICES)


def test_good_files_are_loaded_and_published(manager, files):
    report = load_all(manager, progress=False, **files())
    assert report.counts["sectors"]["created"] == 2
    assert report.counts["agencies"]["created"] == 3
    assert report.counts["services"]["created"] == 3
    service = _service("1.900001")
    assert service.title == "Cấp chứng chỉ hành nghề thiết kế xây dựng"
    assert service.agency == "SXD"
    assert service.processing_time == 10.0
    assert service.fees == [
        {"name": "Lệ phí cấp chứng chỉ", "amount": 300000, "case": None, "legal_basis": None,
         "exemptions": None}
    ]
    assert service.components[0]["required"] is True
    assert service.total_fee == 300000
    assert api.content.get_state(service) == "published"
    assert [relation.to_object for relation in service.relatedItems] == [_service("1.900002")]
    ward = manager["co-quan"]["ubnd-20236"]
    assert ward.parent_agency == "UBND-492"
    assert ward.sample_contact is True
    assert manager["co-quan"]["ubnd-492"].sample_contact is False
    assert api.content.get_state(ward) == "published"
    assert manager["linh-vuc"]["ho-tich"].title == "Hộ tịch"
    # The catalog knows them by code, as the vocabularies and facets read them.
    assert [b.code for b in api.content.find(portal_type="Service", sector="ho-tich")] == ["1.900003"]
    assert "Thủ tục: 3 tạo mới, 0 cập nhật, 0 không đổi." in report.summary()


def test_rerun_updates_in_place_and_never_duplicates(manager, files):
    paths = files()
    load_all(manager, progress=False, **paths)
    again = load_all(manager, progress=False, **paths)
    assert again.counts["services"] == {"unchanged": 3}
    assert again.counts["agencies"] == {"unchanged": 3}
    assert again.counts["sectors"] == {"unchanged": 2}

    services = _services()
    services[2]["title"] = "Đăng ký khai tử (mẫu, sửa)"
    services[2]["related"] = ["1.900001"]
    services[1]["fees"][0]["amount"] = 75000
    changed = load_all(manager, progress=False, **files(services=services))
    assert changed.counts["services"] == {"updated": 2, "unchanged": 1}
    assert len(_items("Service")) == 3
    assert len(_items("Agency")) == 3
    assert _service("1.900003").title == "Đăng ký khai tử (mẫu, sửa)"
    assert _service("1.900002").total_fee == 75000
    assert [b.Title for b in api.content.find(portal_type="Service", code="1.900003")] == [
        "Đăng ký khai tử (mẫu, sửa)"
    ]
    assert [r.to_object.code for r in _service("1.900003").relatedItems] == ["1.900001"]


def test_items_are_matched_by_code_not_by_id(manager, files):
    load_all(manager, progress=False, **files())
    api.content.rename(obj=_service("1.900003"), new_id="khai-tu")
    report = load_all(manager, progress=False, **files())
    assert report.counts["services"] == {"unchanged": 3}
    assert _service("1.900003").getId() == "khai-tu"
    assert len(_items("Service")) == 3


def test_record_lists_and_lists_of_files(manager, files):
    paths = files(services=_services()[:2])
    load_all(manager, progress=False, sectors=paths["sectors"], agencies=paths["agencies"], services=None)
    report = load_services(manager, _services()[:2])
    assert report.counts["services"]["created"] == 2
    extra = paths["services"].with_name("more.json")
    extra.write_text(json.dumps(_services()[2:], ensure_ascii=False), encoding="utf-8")
    report = load_services(manager, [paths["services"], extra])
    assert report.counts["services"] == {"unchanged": 2, "created": 1}


def _load_error(portal, paths):
    with pytest.raises(LoadError) as info:
        load_all(portal, progress=False, **paths)
    return info.value


def _assert_nothing_written(portal):
    assert not _items("Service")
    assert not _items("Agency")
    assert not _items("Sector")


def _mutated(change):
    services = _services()
    change(services)
    return services


def _set(index, key, value):
    def change(services):
        services[index][key] = value

    return change


# (change to the good records, row, field, message): each problem names its row and field.
BAD_SERVICES = [
    pytest.param(
        _set(1, "code", "1.00913"), "bản ghi [1] (mã 1.00913)", "trường code", "Mã thủ tục phải có dạng",
        id="bad code",
    ),
    pytest.param(
        _set(2, "code", "1.900001"), "bản ghi [2] (mã 1.900001)", "trường code", "trùng với",
        id="duplicate code",
    ),
    pytest.param(
        lambda s: s[0]["fees"][0].update(amount=-50000),
        "bản ghi [0] (mã 1.900001)",
        "trường fees[0].amount",
        "Giá trị -50000 nhỏ hơn mức tối thiểu 0",
        id="negative fee",
    ),
    pytest.param(
        _set(1, "sector", "khong-co"), "bản ghi [1]", "trường sector (Lĩnh vực)", "Lĩnh vực “khong-co” không có",
        id="unknown sector",
    ),
    pytest.param(
        _set(0, "agency", "SXX"), "bản ghi [0]", "trường agency (Cơ quan thực hiện)", "Cơ quan “SXX” không có",
        id="unknown agency",
    ),
    pytest.param(
        _set(2, "online_level", 5),
        "bản ghi [2]",
        "trường online_level",
        "Giá trị “5” không thuộc danh mục; giá trị hợp lệ: 2, 3, 4",
        id="bad online level",
    ),
    pytest.param(
        _set(2, "levels", ["province"]), "bản ghi [2]", "trường levels[0]", "“province” không thuộc danh mục",
        id="bad implementing level",
    ),
    pytest.param(
        _set(0, "processing_unit", "weeks"), "bản ghi [0]", "trường processing_unit", "không thuộc danh mục",
        id="bad time unit",
    ),
    pytest.param(
        _set(0, "processing_time", "mười"), "bản ghi [0]", "trường processing_time", "cần một số",
        id="not a number",
    ),
    pytest.param(
        _set(1, "related", ["2.123456"]), "bản ghi [1]", "trường related[0]", "Thủ tục “2.123456” không có",
        id="unknown related",
    ),
    pytest.param(
        _set(0, "colour", "red"), "bản ghi [0]", "trường colour", "Không có trường này",
        id="unknown key",
    ),
    pytest.param(
        lambda s: s[0]["channels"][0].update(channel="fax"),
        "bản ghi [0]",
        "trường channels[0].channel",
        "“fax” không thuộc danh mục",
        id="bad channel",
    ),
    pytest.param(
        lambda s: s[1].pop("title"), "bản ghi [1]", "trường title", "Bắt buộc",
        id="missing title",
    ),
    pytest.param(
        _set(0, "agency", None),
        "bản ghi [0]",
        "1.900001",
        "Thủ tục cấp thành phố phải có cơ quan thực hiện",
        id="city service without agency",
    ),
]


@pytest.mark.parametrize("change,row,field,message", BAD_SERVICES)
def test_bad_service_is_named_by_row_and_field(manager, files, change, row, field, message):
    error = _load_error(manager, files(services=_mutated(change)))
    text = error.render()
    line = next((line for line in text.splitlines() if row in line), None)
    assert line is not None, text
    assert "services.json" in line
    assert field in line
    assert message in line
    _assert_nothing_written(manager)


BAD_AGENCIES = [
    pytest.param(
        AGENCIES_CSV.replace("SXD,Sở Xây dựng,department,city,48", "SXD,Sở Xây dựng,department,city,99"),
        "dòng 2", "trường area_code", "“99” không thuộc danh mục",
        id="unknown unit",
    ),
    pytest.param(
        AGENCIES_CSV.replace("UBND-20236,", "UBND-492,"), "dòng 4", "trường code", "trùng với",
        id="duplicate code",
    ),
    pytest.param(
        AGENCIES_CSV.replace(",department,", ",ministry,"), "dòng 2", "trường kind", "không thuộc danh mục",
        id="bad kind",
    ),
    pytest.param(
        AGENCIES_CSV.replace("sxd@danang.example", "sxd-at-danang"), "dòng 2", "trường email", "thư điện tử",
        id="bad email",
    ),
    pytest.param(
        AGENCIES_CSV.replace(",UBND-492,,0236", ",SXD,,0236"), "dòng 4", "trường parent_agency", "trực thuộc UBND",
        id="wrong parent",
    ),
    pytest.param(
        AGENCIES_CSV.replace(",UBND-492,,0236", ",UBND-999,,0236"),
        "dòng 4", "trường parent_agency", "Cơ quan “UBND-999” không có",
        id="unknown parent",
    ),
    pytest.param(
        AGENCIES_CSV.replace(",sample_contact,", ",colour,"), "dòng 2", "trường colour", "Không có trường này",
        id="unknown column",
    ),
    pytest.param(
        AGENCIES_CSV.replace("false,official", "maybe,official"), "dòng 3", "trường sample_contact", "true hoặc false",
        id="bad boolean",
    ),
    pytest.param(
        AGENCIES_CSV.replace("ward_committee,ward,20236", "ward_committee,district,20236"),
        "dòng 4", "trường area_code", "cùng cấp",
        id="committee level",
    ),
]


@pytest.mark.parametrize("agencies,row,field,message", BAD_AGENCIES)
def test_bad_agency_row_is_named_by_line_and_field(manager, files, agencies, row, field, message):
    error = _load_error(manager, files(agencies=agencies))
    lines = error.render().splitlines()
    line = next((line for line in lines if "agencies.csv" in line and row in line), None)
    assert line is not None, error.render()
    assert field in line
    assert message in line
    _assert_nothing_written(manager)


def test_bad_sector_code(manager, files):
    error = _load_error(manager, files(sectors=SECTORS_CSV + "xây dựng,Xây dựng,\n"))
    assert any(
        "sectors.csv, dòng 4, trường code (Mã lĩnh vực): Mã chỉ gồm chữ cái không dấu" in line
        for line in error.render().splitlines()
    ), error.render()


def test_every_problem_is_listed_at_once(manager, files):
    services = _services()
    services[0]["fees"][0]["amount"] = -1
    services[1]["sector"] = "khong-co"
    services[2]["online_level"] = 7
    error = _load_error(manager, files(services=services))
    assert len(error.issues) == 3
    assert error.render().startswith("Dữ liệu có 3 lỗi; chưa có gì được ghi vào cổng.")


def test_unreadable_json_names_the_line(manager, files):
    error = _load_error(manager, files(services='[\n{"code": "1.900001",\n "title": }\n]'))
    assert "services.json, dòng 3: Tệp JSON không hợp lệ" in error.render()


def test_existing_duplicates_in_the_site_block_the_load(manager, files):
    paths = files()
    load_all(manager, progress=False, **paths)
    api.content.create(
        container=manager["linh-vuc"], type="Sector", id="ho-tich-2", title="Hộ tịch (bản sao)",
        code="ho-tich",
    )
    error = _load_error(manager, paths)
    assert "sectors.csv, dòng 3, trường code" in error.render()
    assert "Trên cổng đã có 2 mục cùng mã “ho-tich”" in error.render()


def test_services_may_refer_to_sectors_and_agencies_already_in_the_site(manager, files):
    paths = files()
    load_all(manager, progress=False, sectors=paths["sectors"], agencies=paths["agencies"], services=None)
    report = load_all(manager, progress=False, sectors=None, agencies=None, services=paths["services"])
    assert report.counts["services"]["created"] == 3


def test_csv_rows_are_named_by_their_first_line(manager, files):
    """A quoted cell may span lines; the row after it is still named by its own first line."""
    agencies = AGENCIES_CSV.replace(
        "183A Phan Đăng Lưu,", '"183A Phan Đăng Lưu,\nQuận Hải Châu",'
    ).replace(",ward_committee,ward,", ",ward_committee,town,")
    error = _load_error(manager, files(agencies=agencies))
    assert "agencies.csv, dòng 5, trường level" in error.render(), error.render()
