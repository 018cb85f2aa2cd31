"""The public page, its CSV export, a service's own figures, the rebuild page (``@statistics``:
tests/services/statistics)."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import csv
import io
import json
import pytest


@pytest.fixture
def anonymous(browser):
    browser.raiseHttpErrors = False
    return browser


def site_url(functional):
    return functional["portal"].absolute_url()


def test_page_shows_the_table_charts_and_definitions(published_dossiers, anonymous, functional):
    anonymous.open(f"{site_url(functional)}/thong-ke?period=month&year=2025&month=3")
    assert anonymous.headers["status"].startswith("200")
    html = anonymous.contents
    assert "Thống kê tình hình giải quyết hồ sơ" in html
    assert "Tháng 3/2025" in html
    assert "Kỳ trước chuyển qua" in html and "Sở Tư pháp (thử nghiệm)" in html
    assert 'role="img"' in html and "<title id=\"dn-chart-trend-title\">" in html
    assert "Cách tính số liệu" in html and "Hồ sơ tiếp nhận trước ngày đầu kỳ" in html
    assert "Chỉ tiêu năm 2020" in html and "Đạt" in html
    # The footer links to the page from every page.
    anonymous.open(site_url(functional))
    assert f"{site_url(functional)}/thong-ke" in anonymous.contents


@pytest.mark.parametrize(
    "query, message",
    [
        ("period=month&year=2025&month=13", "Tháng phải là một số từ 1 đến 12."),
        ("period=week", "Kỳ thống kê “week” không hợp lệ"),
        ("period=range&from=2025-05&to=2025-02", "Tháng bắt đầu phải trước"),
        ("period=year&year=2030", "Năm phải là một số từ 2015 đến 2025."),
    ],
)
def test_bad_period_page_400_with_vietnamese_message(published_dossiers, anonymous, functional, query, message):
    anonymous.open(f"{site_url(functional)}/thong-ke?{query}")
    assert anonymous.headers["status"].startswith("400")
    assert message in anonymous.contents


def test_csv_export(published_dossiers, anonymous, functional):
    anonymous.open(f"{site_url(functional)}/thong-ke.csv?period=quarter&year=2025&quarter=1")
    assert anonymous.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="thong-ke-2025-q1.csv"' in anonymous.headers["Content-Disposition"]
    raw = anonymous.contents.encode("utf-8") if isinstance(anonymous.contents, str) else anonymous.contents
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel then reads UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header = rows[0]
    assert header[:4] == ["Kỳ thống kê", "Nhóm", "Mã cơ quan", "Cơ quan"]
    assert "Đã giải quyết - Trước hạn" in header
    by_code = {row[2]: dict(zip(header, row)) for row in rows[1:]}
    assert by_code["SXD"]["Kỳ thống kê"] == "Quý I/2025"
    assert by_code["SXD"]["Số hồ sơ nhận giải quyết - Tổng số"] == "3"
    assert by_code["total"]["Số hồ sơ nhận giải quyết - Tổng số"] == "13"
    assert by_code["UBND-20227"]["Rút, dừng xử lý - Dừng xử lý"] == "1"
    anonymous.open(f"{site_url(functional)}/thong-ke.csv?period=quarter&year=2025&quarter=5")
    assert anonymous.headers["status"].startswith("400")
    assert "Quý phải là 1, 2, 3 hoặc 4." in anonymous.contents


def test_service_page_shows_its_figures(published_dossiers, anonymous, functional):
    """The district service in 2025: D5, D6, D7, D8, D15 received; D5 late, D15 on time; D5
    took 41 working hours and D15 27.5 (its 3-day pause left out): 4.3 days on average."""
    anonymous.open(f"{site_url(functional)}/thu-tuc/district")
    html = anonymous.contents
    assert "Tình hình giải quyết thủ tục này năm 2025" in html
    section = html[html.index("dn-service-figures"):]
    assert "Hồ sơ đã tiếp nhận" in section and ">5" in section.replace("\n", "").replace(" ", "")
    assert "50 %" in section and "4,3 ngày làm việc" in section
    assert "Không hài lòng" in section and "100 %" in section


def test_rebuild_page_is_for_managers(published_dossiers, anonymous, functional):
    anonymous.handleErrors = True
    anonymous.open(f"{site_url(functional)}/@@thong-ke-tinh-lai")
    assert "Tính lại toàn bộ số liệu" not in anonymous.contents
    anonymous.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    anonymous.open(f"{site_url(functional)}/@@thong-ke-tinh-lai")
    anonymous.getControl(name="rebuild").click()
    assert "Đã tính lại số liệu từ 13 hồ sơ đã tiếp nhận." in anonymous.contents


def test_satisfaction_per_service(published_dossiers, anonymous, functional):
    anonymous.addHeader("Accept", "application/json")
    anonymous.open(f"{site_url(functional)}/@statistics?period=month&year=2025&month=3")
    rated = json.loads(anonymous.contents)["services_satisfaction"]
    assert [item["code"] for item in rated] == ["1.009130", "2.000575"]
    city = rated[0]
    assert city["title"] == "Cấp giấy phép xây dựng (thử nghiệm)"
    assert city["satisfaction"]["counts"] == {"very_satisfied": 1, "satisfied": 1, "dissatisfied": 0}
    assert city["satisfaction"]["satisfied_percent"] == 100.0
    assert rated[1]["satisfaction"]["percent"]["dissatisfied"] == 100.0
    page = anonymous.__class__(functional["app"])
    page.open(f"{site_url(functional)}/thong-ke?period=month&year=2025&month=3")
    assert "Mức độ hài lòng theo thủ tục" in page.contents
