"""The statistics page in headless Chromium: the SVG charts render (bars in their colours, axis
labels as text) in the theme, next to the table."""

from danang.portal.statistics import charts
from io import BytesIO
from PIL import Image

import os
import pytest

pytestmark = pytest.mark.e2e


def colours(png):
    image = Image.open(BytesIO(png)).convert("RGB")
    return {"#{:02X}{:02X}{:02X}".format(*pixel) for pixel in image.getdata()}


def test_charts_render_in_chromium(chromium, published_dossiers, functional, tmp_path):
    portal = functional["portal"]
    url = f"http://{functional['host']}:{functional['port']}/{portal.getId()}/thong-ke?period=year&year=2025"
    page = chromium.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900}).new_page()
    page.goto(url)
    page.wait_for_load_state()
    if os.environ.get("DN_SHOTS"):
        page.screenshot(path=os.path.join(os.environ["DN_SHOTS"], "statistics.png"), full_page=True)
        open(os.path.join(os.environ["DN_SHOTS"], "statistics.html"), "w").write(page.content())
    assert page.locator("h1").inner_text() == "Thống kê tình hình giải quyết hồ sơ"
    # The theme is there (Barceloneta's stylesheet), and the page's own.
    assert page.evaluate("[...document.styleSheets].some(s => (s.href || '').includes('statistics.css'))")

    trend = page.locator("svg#dn-chart-trend")
    assert trend.get_attribute("role") == "img"
    box = trend.bounding_box()
    assert box["width"] > 600 and box["height"] > 200
    assert "Số hồ sơ" in trend.locator("text").all_text_contents()
    assert trend.locator("title").first.inner_html() == "Hồ sơ tiếp nhận và giải quyết theo tháng"
    shot = trend.screenshot(path=str(tmp_path / "trend.png"))
    seen = colours(shot)
    assert {charts.BLUE, charts.GREEN, charts.VERMILLION} <= seen

    district = page.locator("svg#dn-chart-district")
    assert district.locator("rect").count() >= 3
    assert district.bounding_box()["height"] > 80
    assert {charts.GREEN, charts.BLUE, charts.VERMILLION} <= colours(district.screenshot())
    # The numbers are there as a table too.
    assert page.locator("table.dn-stats-table tbody th", has_text="UBND quận Hải Châu (thử nghiệm)").count() == 1
    page.screenshot(path=str(tmp_path / "page.png"), full_page=True)
    if os.environ.get("DN_SHOTS"):
        page.screenshot(path=os.path.join(os.environ["DN_SHOTS"], "statistics.png"), full_page=True)
        trend.screenshot(path=os.path.join(os.environ["DN_SHOTS"], "statistics-trend.png"))


def test_service_page_figures_in_chromium(chromium, published_dossiers, functional):
    portal = functional["portal"]
    url = f"http://{functional['host']}:{functional['port']}/{portal.getId()}/thu-tuc/district"
    page = chromium.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900}).new_page()
    page.goto(url)
    section = page.locator("section.dn-service-figures")
    assert section.is_visible()
    assert "Tình hình giải quyết thủ tục này năm 2025" in section.locator("h2").inner_text()
    assert "4,3 ngày làm việc" in section.inner_text()
    if os.environ.get("DN_SHOTS"):
        section.screenshot(path=os.path.join(os.environ["DN_SHOTS"], "service-figures.png"))
