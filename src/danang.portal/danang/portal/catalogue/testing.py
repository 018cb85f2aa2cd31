"""Test layers with a small published catalogue for the search tests (engine, page, REST).

The catalogue is built once per layer set-up: a handful of real procedures for the text cases,
plus services generated from a fixed seed (marked as sample data) for the facet counts. Tests
that use these layers are classes with a ``layer`` attribute, so zope.pytestlayer keeps the layer
up between them and tears it down afterwards (the content never leaks into other layers).
"""

from danang.portal.testing import FIXTURE
from plone import api
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.testing import zope as zope_testing

import random

SECTORS = (
    ("hoat-dong-xay-dung", "Hoạt động xây dựng"),
    ("ho-tich", "Hộ tịch"),
    ("con-dau", "Con dấu"),
    ("dat-dai", "Đất đai"),
    ("thanh-lap-doanh-nghiep", "Thành lập và hoạt động của doanh nghiệp"),
    ("y-te", "Y tế"),
)

# code, title, kind, level, area code
AGENCIES = (
    ("SXD", "Sở Xây dựng", "department", "city", "48"),
    ("STP", "Sở Tư pháp", "department", "city", "48"),
    ("SKHDT", "Sở Kế hoạch và Đầu tư", "department", "city", "48"),
    ("CATP", "Công an thành phố Đà Nẵng", "police", "city", "48"),
    ("UBND-490", "UBND quận Liên Chiểu", "district_committee", "district", "490"),
    ("UBND-491", "UBND quận Thanh Khê", "district_committee", "district", "491"),
    ("UBND-492", "UBND quận Hải Châu", "district_committee", "district", "492"),
    ("UBND-493", "UBND quận Sơn Trà", "district_committee", "district", "493"),
    ("UBND-494", "UBND quận Ngũ Hành Sơn", "district_committee", "district", "494"),
    ("UBND-495", "UBND quận Cẩm Lệ", "district_committee", "district", "495"),
    ("UBND-497", "UBND huyện Hòa Vang", "district_committee", "district", "497"),
    ("UBND-20198", "UBND phường Hòa Khánh Nam", "ward_committee", "ward", "20198"),
    ("UBND-20236", "UBND phường Hải Châu I", "ward_committee", "ward", "20236"),
    ("UBND-20287", "UBND phường Hoà Quý", "ward_committee", "ward", "20287"),
)

# Real procedures (domain.md §4) and a few written for the text cases.
SERVICES = (
    {
        "code": "1.009130",
        "title": "Cấp giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở riêng lẻ",
        "sector": "hoat-dong-xay-dung",
        "levels": ["district"],
        "online_level": 3,
        "processing_time": 15,
        "audiences": ["citizen", "business", "organisation"],
        "fees": [{"name": "Lệ phí cấp giấy phép xây dựng", "amount": 75000}],
        "steps": ["Bước 1: Chủ đầu tư nộp hồ sơ tại Bộ phận một cửa của UBND quận."],
        "result": "Giấy phép xây dựng",
    },
    {
        "code": "1.001193",
        "title": "Thủ tục đăng ký khai sinh",
        "sector": "ho-tich",
        "levels": ["ward"],
        "online_level": 4,
        "processing_time": 0,
        "audiences": ["citizen"],
        "result": "Giấy khai sinh",
    },
    {
        "code": "2.000806",
        "title": "Đăng ký kết hôn có yếu tố nước ngoài",
        "sector": "ho-tich",
        "levels": ["district"],
        "online_level": 2,
        "processing_time": 15,
        "audiences": ["citizen", "foreigner"],
        "fees": [{"name": "Lệ phí đăng ký kết hôn", "amount": 1000000}],
    },
    {
        "code": "1.000419",
        "title": "Đăng ký khai tử lưu động",
        "sector": "ho-tich",
        "levels": ["ward"],
        "online_level": 2,
        "processing_time": 1,
        "audiences": ["citizen"],
    },
    {
        "code": "2.001800",
        "title": "Đăng ký mẫu con dấu mới",
        "sector": "con-dau",
        "levels": ["city"],
        "agency": "CATP",
        "online_level": 4,
        "processing_time": 3,
        "audiences": ["business", "organisation"],
        "fees": [{"name": "Lệ phí đăng ký mẫu con dấu", "amount": 50000}],
    },
    {
        # The words of "giấy phép xây dựng" only in the body: must rank below title matches.
        "code": "1.900101.MAU",
        "title": "Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở (mẫu)",
        "sector": "hoat-dong-xay-dung",
        "levels": ["city"],
        "agency": "SXD",
        "online_level": 3,
        "processing_time": 20,
        "audiences": ["business", "organisation"],
        "result": "Văn bản thẩm định, căn cứ để được cấp giấy phép xây dựng",
        "sample": True,
    },
    {
        # "Hoà" with the mark on the a; visitors type "Hòa".
        "code": "1.900102.MAU",
        "title": "Xác nhận thông tin hộ tịch tại phường Hoà Khánh Nam (mẫu)",
        "sector": "ho-tich",
        "levels": ["ward"],
        "units": ["20198"],
        "online_level": 3,
        "processing_time": 8,
        "processing_unit": "hours",
        "audiences": ["citizen"],
        "sample": True,
    },
)

# Present but not findable: repealed, and not yet published.
REPEALED = {
    "code": "1.900103.MAU",
    "title": "Cấp giấy phép xây dựng tạm thời (đã bãi bỏ, mẫu)",
    "sector": "hoat-dong-xay-dung",
    "levels": ["district"],
    "online_level": 2,
    "processing_time": 10,
    "audiences": ["citizen"],
    "in_force": False,
    "sample": True,
}
PRIVATE = {
    "code": "1.900104.MAU",
    "title": "Cấp giấy phép khai thác nước ngầm (bản nháp, mẫu)",
    "sector": "dat-dai",
    "levels": ["city"],
    "agency": "SXD",
    "online_level": 3,
    "processing_time": 5,
    "audiences": ["business"],
    "sample": True,
}

_ACTIONS = ("Cấp", "Cấp lại", "Điều chỉnh", "Gia hạn", "Xác nhận", "Đăng ký", "Thu hồi")
_OBJECTS = (
    "giấy chứng nhận quyền sử dụng đất",
    "giấy phép kinh doanh",
    "giấy phép hoạt động",
    "chứng chỉ hành nghề",
    "giấy xác nhận",
    "bản sao trích lục",
)
_CITY_AGENCIES = ("SXD", "STP", "SKHDT", "CATP")


def generated_services(count=40, seed=2019):
    """Varied sample services from a fixed seed: every facet value gets a few."""
    rng = random.Random(seed)
    services = []
    for number in range(count):
        levels = rng.choice([["city"], ["district"], ["ward"], ["district", "ward"]])
        record = {
            "code": f"1.95{number:04d}.MAU",
            "title": f"{rng.choice(_ACTIONS)} {rng.choice(_OBJECTS)} (mẫu {number})",
            "sector": rng.choice(SECTORS)[0],
            "levels": levels,
            "online_level": rng.choice([2, 3, 4]),
            "processing_time": rng.choice([0, 1, 3, 5, 7, 10, 15, 20, 30]),
            "processing_unit": rng.choice(["working_days", "working_days", "days", "hours"]),
            "audiences": rng.sample(["citizen", "foreigner", "business", "organisation"], rng.randint(1, 3)),
            "fees": [{"name": "Lệ phí", "amount": rng.choice([20000, 50000, 100000])}] if rng.random() < 0.5 else [],
            "sample": True,
        }
        if "city" in levels:
            record["agency"] = rng.choice(_CITY_AGENCIES)
        if "district" in levels and rng.random() < 0.3:
            record["units"] = rng.sample(["490", "491", "492", "493", "494", "495", "497"], 2)
        services.append(record)
    return services


def _publish(obj):
    api.content.transition(obj=obj, to_state="published")
    return obj


def build_catalogue(portal, generated=40):
    """Create the sectors, agencies and services above (the current user must be a Manager)."""
    for code, title in SECTORS:
        _publish(api.content.create(container=portal["linh-vuc"], type="Sector", title=title, code=code))
    for code, title, kind, level, area in AGENCIES:
        _publish(
            api.content.create(
                container=portal["co-quan"],
                type="Agency",
                title=title,
                code=code,
                kind=kind,
                level=level,
                area_code=area,
                dossier_unit_code=f"{code}-TAM",
            )
        )
    services = portal["thu-tuc"]
    for record in SERVICES + tuple(generated_services(generated)):
        _publish(api.content.create(container=services, type="Service", **record))
    _publish(api.content.create(container=services, type="Service", **REPEALED))
    api.content.create(container=services, type="Service", **PRIVATE)


class SearchCatalogueLayer(PloneSandboxLayer):
    defaultBases = (FIXTURE,)

    def setUpPloneSite(self, portal):
        setRoles(portal, TEST_USER_ID, ["Manager"])
        login(portal, TEST_USER_NAME)
        build_catalogue(portal)
        logout()
        setRoles(portal, TEST_USER_ID, ["Member"])


SEARCH_FIXTURE = SearchCatalogueLayer()
SEARCH_INTEGRATION_TESTING = IntegrationTesting(bases=(SEARCH_FIXTURE,), name="DanangPortal:SearchIntegration")
SEARCH_FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(SEARCH_FIXTURE, zope_testing.WSGI_SERVER_FIXTURE), name="DanangPortal:SearchFunctional"
)
