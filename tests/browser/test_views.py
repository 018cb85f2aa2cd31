"""Public pages of the catalogue as an anonymous citizen sees them, in Vietnamese and English."""

from danang.portal.browser import catalogue_summary
from danang.portal.content.generation import generation
from lxml import html
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.testing.zope import Browser
from urllib.parse import urljoin
from urllib.parse import urlparse
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent

import pytest
import requests
import transaction


@pytest.fixture
def visitor(functional, catalogue):
    browser = Browser(functional["app"])
    browser.handleErrors = False
    return browser


@pytest.fixture
def english(visitor):
    visitor.addHeader("Cookie", "I18N_LANGUAGE=en")
    return visitor


def page(browser, url):
    browser.open(url)
    return html.fromstring(browser.contents)


def texts(tree, css_class):
    return [" ".join(node.text_content().split()) for node in tree.find_class(css_class)]


def facts(tree):
    """The service page's at-a-glance facts: label -> value."""
    return {
        " ".join(fact.find_class("dn-fact-label")[0].text_content().split()):
        " ".join(" ".join(value.text_content().split()) for value in fact.find_class("dn-fact-value"))
        for fact in tree.find_class("dn-fact")
    }


def links(tree, base):
    return {urljoin(base, href).split("#")[0] for href in tree.xpath("//a/@href")}


class TestServicePage:
    def test_at_a_glance(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/thu-tuc/1-009130")
        assert facts(tree) == {
            "Hồ sơ cần chuẩn bị": "3 giấy tờ, 1 bộ",
            "Thời hạn giải quyết": "15 ngày làm việc",
            "Phí, lệ phí": "75.000 đồng",
            "Nơi nộp hồ sơ": "UBND quận, huyện nơi cư trú hoặc nơi có công trình, tài sản",
            "Nộp trực tuyến": "Có: Một phần (mức 3)",
        }

    def test_what_to_prepare(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/thu-tuc/1-009130")
        section = tree.get_element_by_id("dn-components")
        text = " ".join(section.text_content().split())
        assert "Đơn đề nghị cấp giấy phép xây dựng" in text
        assert "Trường hợp có công trình liền kề" in text
        assert "nếu có" in text  # the optional paper is marked

    def test_where_to_go_lists_the_committees(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/thu-tuc/1-009130")
        where = tree.get_element_by_id("dn-where")
        names = [" ".join(a.text_content().split()) for a in where.iter("a")]
        assert names == ["UBND quận Thanh Khê", "UBND quận Hải Châu"]  # in the districts' order

    def test_city_service_names_its_agency_and_hours(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/thu-tuc/1-010001.dng")
        assert facts(tree)["Nơi nộp hồ sơ"] == "Công an thành phố Đà Nẵng"
        where = " ".join(tree.get_element_by_id("dn-where").text_content().split())
        assert "Thời gian tiếp nhận hồ sơ" in where

    def test_submit_online_button(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/thu-tuc/1-010001.dng")
        buttons = tree.xpath("//a[contains(@class, 'btn-primary')][normalize-space()='Nộp hồ sơ trực tuyến']")
        assert len(buttons) == 1
        assert buttons[0].get("href").endswith("/thu-tuc/1-010001.dng/nop-ho-so")

    def test_no_button_below_level_3(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/thu-tuc/2-000806")
        assert "Nộp hồ sơ trực tuyến" not in visitor.contents
        assert facts(tree)["Nộp trực tuyến"] == "Không; nộp trực tiếp hoặc qua bưu chính"

    def test_free_and_immediate(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/thu-tuc/1-001193")
        assert facts(tree)["Phí, lệ phí"] == "Miễn phí"
        assert facts(tree)["Thời hạn giải quyết"] == "Giải quyết ngay khi nhận đủ hồ sơ"

    def test_hours_unit(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/thu-tuc/1-900001.mau")
        assert facts(tree)["Thời hạn giải quyết"] == "8 giờ làm việc"

    def test_sample_data_is_marked(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/thu-tuc/1-900001.mau")
        assert texts(tree, "dn-sample")[0].startswith("Dữ liệu mẫu:")
        tree = page(visitor, f"{catalogue.absolute_url()}/thu-tuc/1-009130")
        assert not tree.find_class("dn-sample")

    def test_related_procedures(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/thu-tuc/1-009130")
        related = tree.get_element_by_id("dn-related").getparent()
        assert [a.text_content() for a in related.iter("a")] == ["Thủ tục mẫu: cấp giấy phép sửa chữa công trình"]
        # Plone's own "Related content" box is not shown as well.
        assert not tree.xpath("//*[@id='section-related']")

    def test_no_portlet_column(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/thu-tuc/1-009130")
        assert not tree.xpath("//*[@id='portal-column-one']")

    def test_english(self, english, catalogue):
        tree = page(english, f"{catalogue.absolute_url()}/thu-tuc/1-009130")
        assert facts(tree) == {
            "What to prepare": "3 papers, 1 set",
            "Processing time": "15 working days",
            "Fees and charges": "75,000 VND",
            "Where to apply": "The district People's Committee where you live or where the works or property are",
            "Apply online": "Yes: Partly online (level 3)",
        }
        assert "Submit online" in english.contents


class TestAgencyPage:
    def test_district_committee(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/co-quan/ubnd-492")
        text = " ".join(tree.text_content().split())
        assert "183A Phan Đăng Lưu" in text
        assert "Thủ tục thực hiện tại cơ quan (2)" in text
        services = texts(tree, "dn-service-link")
        assert any(title.startswith("Cấp giấy phép xây dựng") for title in services)
        assert "Đăng ký kết hôn có yếu tố nước ngoài" in services
        # Its wards.
        assert "UBND phường Hải Châu I" in [a.text_content() for a in tree.get_element_by_id("content").iter("a")]

    def test_ward_committee_performs_ward_services(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/co-quan/ubnd-20236")
        assert texts(tree, "dn-service-link") == ["Thủ tục đăng ký khai sinh"]
        assert texts(tree, "dn-sample") == ["Thông tin liên hệ của cơ quan này là dữ liệu mẫu, chưa được xác minh."]

    def test_department(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/co-quan/sxd")
        assert texts(tree, "dn-service-link") == ["Thủ tục mẫu: cấp giấy phép sửa chữa công trình"]
        assert texts(tree, "dn-badge-sample") == ["Dữ liệu mẫu"]

    def test_english(self, english, catalogue):
        page(english, f"{catalogue.absolute_url()}/co-quan/ubnd-492")
        assert "Procedures handled here (2)" in english.contents
        assert "Opening hours for dossiers" in english.contents


class TestSectorPage:
    def test_services_by_level(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/linh-vuc/ho-tich")
        groups = [" ".join(h.text_content().split()) for h in tree.find_class("dn-group-title")]
        assert groups == ["Cấp quận, huyện 1", "Cấp phường, xã 1"]
        assert texts(tree, "dn-service-link") == ["Đăng ký kết hôn có yếu tố nước ngoài", "Thủ tục đăng ký khai sinh"]
        assert texts(tree, "dn-badge-online") == ["Toàn trình (mức 4)"]


class TestHomePage:
    def test_sectors_with_counts(self, visitor, catalogue):
        tree = page(visitor, catalogue.absolute_url())
        sectors = [" ".join(li.text_content().split()) for li in tree.find_class("dn-sector-links")[0].iter("li")]
        assert sectors == ["Con dấu 1", "Hộ tịch 2", "Hoạt động xây dựng 2"]

    def test_figures_and_sample_notice(self, visitor, catalogue):
        tree = page(visitor, catalogue.absolute_url())
        figures = [" ".join(li.text_content().split()) for li in tree.find_class("dn-figures")[0].iter("li")]
        assert figures == [
            "5 thủ tục hành chính",
            "4 nộp hồ sơ trực tuyến (toàn trình hoặc một phần, mức 4, 3)",
            "2 dịch vụ toàn trình (mức 4)",
        ]
        assert texts(tree, "dn-sample")[0].startswith("1 thủ tục trong danh mục là dữ liệu mẫu")

    def test_agencies_grouped(self, visitor, catalogue):
        tree = page(visitor, catalogue.absolute_url())
        groups = {
            " ".join(section.xpath(".//h3")[0].text_content().split()):
            [" ".join(a.text_content().split()) for a in section.iter("a")]
            for section in tree.find_class("dn-directory-group")
        }
        assert groups == {
            "Sở, ban, ngành và Công an thành phố": ["Công an thành phố Đà Nẵng", "Sở Xây dựng"],
            "UBND quận, huyện": ["UBND quận Thanh Khê", "UBND quận Hải Châu"],
            "UBND phường, xã": ["UBND phường Tam Thuận", "UBND phường Hải Châu I"],
        }
        wards = [" ".join(s.text_content().split()) for s in tree.xpath("//details[@class='dn-ward-group']/summary")]
        assert wards == ["Quận Thanh Khê 1", "Quận Hải Châu 1"]

    def test_search_box(self, visitor, catalogue):
        tree = page(visitor, catalogue.absolute_url())
        form = tree.find_class("dn-home-search")[0]
        assert form.get("method") == "get"
        assert form.xpath(".//input[@type='search']")

    def test_every_service_within_three_clicks(self, functional, catalogue):
        """Circular 32/2017: every service is reachable in at most three clicks from home."""
        crawler = Browser(functional["app"])
        crawler.raiseHttpErrors = False
        home = catalogue.absolute_url()
        skip = ("/login", "/logout", "/++", "/@@", "?", "mail_password", "/RSS", ".xml")
        services = {brain.getURL() for brain in catalogue.portal_catalog.unrestrictedSearchResults(portal_type="Service")}
        seen = {home}
        frontier = {home}
        for _click in range(3):
            found = set()
            for url in frontier:
                crawler.open(url)
                if not crawler.headers["status"].startswith("200"):
                    continue
                for link in links(html.fromstring(crawler.contents), url):
                    if link.startswith(home) and link not in seen and not any(s in link for s in skip):
                        found.add(link)
            seen |= found
            frontier = {url for url in found if urlparse(url).path.count("/") <= 3}
        assert services <= seen

    def test_language_selector(self, visitor, catalogue):
        tree = page(visitor, catalogue.absolute_url())
        languages = [" ".join(a.text_content().split()) for a in tree.xpath("//*[@id='portal-languageselector']//a")]
        assert languages == ["Tiếng Việt", "English"]

    def test_set_language_parameter(self, visitor, catalogue):
        # The language selector's links: ?set_language=en switches, and the choice sticks.
        page(visitor, f"{catalogue.absolute_url()}?set_language=en")
        assert "Procedures by sector" in visitor.contents
        page(visitor, f"{catalogue.absolute_url()}/linh-vuc/ho-tich")
        assert "Procedures in this sector (2)" in visitor.contents

    def test_english(self, english, catalogue):
        tree = page(english, catalogue.absolute_url())
        headings = [" ".join(h.text_content().split()) for h in tree.xpath("//h2")]
        assert "Procedures by sector" in headings
        assert "Procedures by agency" in headings


class TestFolderPages:
    def test_agencies_by_level(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/co-quan")
        headings = [" ".join(h.text_content().split()) for h in tree.xpath("//h3")]
        assert headings[:3] == ["Sở, ban, ngành và Công an thành phố", "UBND quận, huyện", "UBND phường, xã"]
        # On the folder page the wards are shown, not folded.
        assert all(d.get("open") is not None for d in tree.find_class("dn-ward-group"))

    def test_sectors_table(self, visitor, catalogue):
        tree = page(visitor, f"{catalogue.absolute_url()}/linh-vuc")
        rows = [[" ".join(td.text_content().split()) for td in tr.iter("td")] for tr in tree.xpath("//tbody/tr")]
        assert rows == [["Con dấu", "1", "1"], ["Hộ tịch", "2", "1"], ["Hoạt động xây dựng", "2", "2"]]

    def test_services_folder_view(self, functional, visitor, catalogue):
        # The catalogue view also serves the services folder when it is not the search page.
        tree = page(visitor, f"{catalogue.absolute_url()}/thu-tuc/@@catalogue-view")
        assert len(texts(tree, "dn-service-link")) == 5


class TestTheme:
    def test_barceloneta_on_127_0_0_1(self, functional, catalogue):
        """plone.app.theming leaves 127.0.0.1 unthemed by default; the profile themes every host."""
        url = f"http://127.0.0.1:{functional['port']}/plone"
        response = requests.get(url, timeout=30)
        assert response.status_code == 200
        assert "++theme++barceloneta/css/barceloneta.min.css" in response.text
        assert "++plone++danang.portal/portal.css" in response.text


# The home page's figures are cached, and follow every change of a service.

@pytest.fixture
def computed(monkeypatch):
    """How many times the summary was computed (not taken from the cache)."""
    calls = []
    compute = catalogue_summary._compute

    def counting():
        calls.append(1)
        return compute()

    monkeypatch.setattr(catalogue_summary, "_compute", counting)
    return calls


def home_figures(browser, url):
    browser.open(url)
    tree = html.fromstring(browser.contents)
    return [" ".join(li.text_content().split()) for li in tree.find_class("dn-figures")[0].iter("li")]


def test_the_figures_are_computed_once_until_the_catalogue_changes(visitor, catalogue, computed):
    url = catalogue.absolute_url()
    first = home_figures(visitor, url)
    assert first[0] == "5 thủ tục hành chính"
    for _ in range(3):
        assert home_figures(visitor, url) == first
    assert len(computed) == 1

    # An edit of a service (as its edit form does: modified event) renews the figures.
    service = catalogue["thu-tuc"].contentValues()[0]
    before = generation(catalogue)
    level = service.online_level
    service.online_level = 4 if level != 4 else 2
    service.reindexObject()
    notify(ObjectModifiedEvent(service))
    transaction.commit()
    assert generation(catalogue) != before
    changed = home_figures(visitor, url)
    assert len(computed) == 2
    full = int(changed[2].split()[0])
    assert full == int(first[2].split()[0]) + (1 if level != 4 else -1)


def test_a_retracted_service_leaves_the_figures(visitor, catalogue, computed):
    url = catalogue.absolute_url()
    assert home_figures(visitor, url)[0] == "5 thủ tục hành chính"
    service = catalogue["thu-tuc"].contentValues()[0]
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.transition(obj=service, to_state="private")
    transaction.commit()
    assert home_figures(visitor, url)[0] == "4 thủ tục hành chính"


def test_nothing_is_cached_from_an_uncommitted_change(catalogue):
    service = catalogue["thu-tuc"].contentValues()[0]
    notify(ObjectModifiedEvent(service))
    assert generation(catalogue) is None  # this transaction may still roll back
    transaction.abort()
    assert generation(catalogue) is not None
