"""A small catalogue (sectors, agencies, services) for the public views' tests.

`build_catalogue(portal)` is also what a developer's screenshot script calls, so the pages that
tests check and the pages people look at show the same content.
"""

from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.dexterity.utils import createContentInContainer
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import pytest
import transaction

SECTORS = (
    ("hoat-dong-xay-dung", "Hoạt động xây dựng"),
    ("ho-tich", "Hộ tịch"),
    ("con-dau", "Con dấu"),
)

AGENCIES = (
    # code, title, kind, level, area, parent, extra
    ("SXD", "Sở Xây dựng", "department", "city", "48", None,
     {"address": "24 Trần Phú, thành phố Đà Nẵng", "phone": "0236 3822 444"}),
    ("CATP", "Công an thành phố Đà Nẵng", "police", "city", "48", None, {}),
    ("UBND-492", "UBND quận Hải Châu", "district_committee", "district", "492", None,
     {"address": "183A Phan Đăng Lưu, Quận Hải Châu, thành phố Đà Nẵng"}),
    ("UBND-491", "UBND quận Thanh Khê", "district_committee", "district", "491", None,
     {"address": "503 Trần Cao Vân, Quận Thanh Khê, thành phố Đà Nẵng"}),
    ("UBND-20236", "UBND phường Hải Châu I", "ward_committee", "ward", "20236", "UBND-492",
     {"phone": "0236 0000 001", "sample_contact": True}),
    ("UBND-20203", "UBND phường Tam Thuận", "ward_committee", "ward", "20203", "UBND-491", {}),
)

SERVICES = (
    {
        "code": "1.009130",
        "title": "Cấp giấy phép xây dựng đối với công trình cấp III, cấp IV (công trình không theo "
        "tuyến/theo tuyến trong đô thị/tín ngưỡng, tôn giáo/tượng đài, tranh hoành tráng/quảng cáo) "
        "và nhà ở riêng lẻ",
        "sector": "hoat-dong-xay-dung",
        "levels": ["district"],
        "online_level": 3,
        "processing_time": 15,
        "processing_unit": "working_days",
        "audiences": ["citizen", "business", "organisation"],
        "steps": [
            "Bước 1: Chủ đầu tư nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả của UBND quận.",
            "Bước 2: Cơ quan cấp phép kiểm tra hồ sơ, thẩm định và cấp giấy phép.",
        ],
        "channels": [
            {"channel": "in_person", "time_limit": "15 ngày làm việc", "fee": "75.000 đồng",
             "description": "Nộp tại Bộ phận một cửa"},
            {"channel": "online", "time_limit": "15 ngày làm việc", "fee": "75.000 đồng",
             "description": None},
        ],
        "components": [
            {"case": "", "name": "Đơn đề nghị cấp giấy phép xây dựng", "originals": 1, "copies": 0,
             "required": True, "form": "mau-don.docx"},
            {"case": "", "name": "Bản vẽ thiết kế xây dựng", "originals": 2, "copies": 0,
             "required": True, "form": None},
            {"case": "Trường hợp có công trình liền kề", "name": "Bản cam kết bảo đảm an toàn",
             "originals": 1, "copies": 0, "required": False, "form": None},
        ],
        "fees": [
            {"name": "Lệ phí cấp giấy phép xây dựng", "amount": 75000, "case": "Công trình khác",
             "legal_basis": None, "exemptions": None},
        ],
        "result": "Giấy phép xây dựng",
        "legal_basis": ["Luật Xây dựng số 50/2014/QH13"],
        "decision": "3710/QĐ-UBND",
    },
    {
        "code": "1.001193",
        "title": "Thủ tục đăng ký khai sinh",
        "sector": "ho-tich",
        "levels": ["ward"],
        "online_level": 4,
        "processing_time": 0,
        "processing_unit": "working_days",
        "audiences": ["citizen"],
        "fees": [],
        "result": "Giấy khai sinh",
    },
    {
        "code": "2.000806",
        "title": "Đăng ký kết hôn có yếu tố nước ngoài",
        "sector": "ho-tich",
        "levels": ["district"],
        "online_level": 2,
        "processing_time": 15,
        "processing_unit": "working_days",
        "audiences": ["citizen", "foreigner"],
        "fees": [{"name": "Lệ phí đăng ký kết hôn", "amount": 1000000}],
    },
    {
        "code": "1.010001.DNG",
        "title": "Đăng ký mẫu con dấu mới",
        "sector": "con-dau",
        "levels": ["city"],
        "agency": "CATP",
        "online_level": 4,
        "processing_time": 3,
        "processing_unit": "working_days",
        "audiences": ["business", "organisation"],
        "fees": [{"name": "Lệ phí đăng ký mẫu con dấu", "amount": 50000}],
        "with_form": True,
    },
    {
        "code": "1.900001.MAU",
        "title": "Thủ tục mẫu: cấp giấy phép sửa chữa công trình",
        "sector": "hoat-dong-xay-dung",
        "levels": ["city"],
        "agency": "SXD",
        "online_level": 3,
        "processing_time": 8,
        "processing_unit": "hours",
        "audiences": ["business"],
        "sample": True,
    },
)


def build_catalogue(portal):
    """Create and publish the sectors, agencies and services above (as the current user).

    Items are named as the add forms and the loader name them: from their code (1.009130 ->
    1-009130).
    """
    folders = {"Sector": portal["linh-vuc"], "Agency": portal["co-quan"], "Service": portal["thu-tuc"]}
    for code, title in SECTORS:
        obj = createContentInContainer(folders["Sector"], "Sector", title=title, code=code)
        api.content.transition(obj=obj, to_state="published")
    for code, title, kind, level, area, parent, extra in AGENCIES:
        obj = createContentInContainer(
            folders["Agency"], "Agency", title=title, code=code, kind=kind, level=level,
            area_code=area, dossier_unit_code=f"{code}-TAM", parent_agency=parent, **extra,
        )
        api.content.transition(obj=obj, to_state="published")
    services = {}
    for data in SERVICES:
        data = dict(data)
        with_form = data.pop("with_form", False)
        obj = createContentInContainer(folders["Service"], "Service", **data)
        # Level 3-4 services get their form "nop-ho-so" generated (forms/generation.py).
        if with_form and "nop-ho-so" not in obj.objectIds():
            api.content.create(container=obj, type="EasyForm", id="nop-ho-so", title="Nộp hồ sơ")
        api.content.transition(obj=obj, to_state="published")
        services[data["code"]] = obj
    # The permit links to the sample repair permit (plone.relateditems behavior).
    intids = getUtility(IIntIds)
    services["1.009130"].relatedItems = [RelationValue(intids.getId(services["1.900001.MAU"]))]
    return folders


@pytest.fixture
def catalogue(functional):
    """The functional portal holding the small catalogue, committed so the test server sees it."""
    portal = functional["portal"]
    setRoles(portal, TEST_USER_ID, ["Manager"])
    build_catalogue(portal)
    setRoles(portal, TEST_USER_ID, ["Member"])
    transaction.commit()
    return portal
