"""The service search page without JavaScript (zope.testbrowser), as an anonymous visitor."""

from lxml import html
from plone.testing.zope import Browser
from tests.fixtures.search import SEARCH_FUNCTIONAL_TESTING
from urllib.parse import parse_qs
from urllib.parse import urlsplit

import pytest


def _query(url):
    return parse_qs(urlsplit(url).query)


class TestSearchPage:
    layer = SEARCH_FUNCTIONAL_TESTING

    @pytest.fixture(autouse=True)
    def _browser(self, search_functional):
        self.portal = search_functional["portal"]
        self.url = f"{self.portal.absolute_url()}/thu-tuc"
        self.browser = Browser(search_functional["app"])
        self.browser.handleErrors = False
        self.browser.raiseHttpErrors = False
        yield

    def open(self, url):
        self.browser.open(url)
        return html.fromstring(self.browser.contents)

    def test_the_folder_shows_the_search(self):
        page = self.open(self.url)
        assert self.browser.headers["status"].startswith("200")
        assert page.xpath("string(//h1)") == "Tra cứu thủ tục hành chính"
        count = " ".join(page.xpath("string(//*[@data-dn-count])").split())
        assert count == "Tìm thấy 47 thủ tục, hiển thị 1–20."
        assert len(page.xpath("//li[@class='dn-card']")) == 20
        legends = [" ".join(text.split()) for text in page.xpath("//fieldset/legend/text()")]
        assert legends[:3] == ["Lĩnh vực", "Cơ quan thực hiện", "Cấp thực hiện"]
        assert "Thời hạn giải quyết" in legends

    def test_every_field_has_a_label_and_the_page_is_outlined(self):
        page = self.open(self.url)
        form = page.get_element_by_id("dn-search")
        assert form.get("method") == "get" and form.get("role") == "search"
        labelled = set(page.xpath("//label/@for"))
        for field in form.xpath(".//input[not(@type='hidden')] | .//select"):
            assert field.get("id") in labelled, field.get("name")
        assert page.xpath("//*[@id='dn-search-live']/@aria-live") == ["polite"]
        levels = [int(node.tag[1]) for node in page.xpath("//*[@id='content']//*[self::h1 or self::h2 or self::h3]")]
        assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:]))

    def test_card_shows_what_a_citizen_needs(self):
        page = self.open(f"{self.url}?q=1.009130")
        (card,) = page.xpath("//li[@class='dn-card']")
        text = " ".join(card.text_content().split())
        for expected in (
            "Cấp giấy phép xây dựng",
            "Mã thủ tục: 1.009130",
            "UBND quận, huyện nơi nộp hồ sơ",
            "Cấp quận, huyện",
            "Một phần (mức 3)",
            "15 ngày làm việc",
            "75.000 đ",
            "Nộp hồ sơ trực tuyến",
        ):
            assert expected in text
        link = card.xpath(".//h3/a/@href")[0]
        assert link.startswith(f"{self.url}/")

    def test_level_2_services_have_no_online_submission(self):
        page = self.open(f"{self.url}?q=2.000806")
        (card,) = page.xpath("//li[@class='dn-card']")
        assert "Nộp hồ sơ trực tuyến" not in card.text_content()
        assert "Miễn phí" not in card.text_content() and "1.000.000 đ" in card.text_content()

    def test_submitting_the_form_puts_the_filters_in_the_url(self):
        self.browser.open(self.url)
        form = self.browser.getForm(id="dn-search")
        form.getControl(name="q").value = "đăng ký"
        form.getControl(name="sector").getControl(value="ho-tich").selected = True
        form.getControl(name="online_level").getControl(value="4").selected = True
        form.submit(label="Tìm kiếm")
        query = _query(self.browser.url)
        assert query["q"] == ["đăng ký"] and query["sector"] == ["ho-tich"] and query["online_level"] == ["4"]
        page = html.fromstring(self.browser.contents)
        codes = page.xpath("//li[@class='dn-card']//code/text()")
        assert codes and "1.001193" in codes
        checked = page.xpath("//input[@name='sector' and @checked]/@value")
        assert checked == ["ho-tich"]

    def test_active_filters_can_be_removed_one_by_one(self):
        page = self.open(f"{self.url}?q=khai&sector=ho-tich&level=ward&max_days=5")
        chips = {" ".join(a.text_content().split()): a.get("href") for a in page.xpath("//a[@class='dn-chip']")}
        assert set(chips) == {
            "Từ khóa: khai × (bỏ điều kiện này)",
            "Lĩnh vực: Hộ tịch × (bỏ điều kiện này)",
            "Cấp thực hiện: Cấp phường, xã × (bỏ điều kiện này)",
            "Thời hạn tối đa (ngày): 5 × (bỏ điều kiện này)",
        }
        without_sector = _query(chips["Lĩnh vực: Hộ tịch × (bỏ điều kiện này)"])
        assert without_sector == {"q": ["khai"], "level": ["ward"], "max_days": ["5"]}
        page = self.open(chips["Lĩnh vực: Hộ tịch × (bỏ điều kiện này)"])
        assert page.xpath("//input[@name='sector' and @checked]") == []
        assert page.xpath("//a[@class='dn-clear']/@href") == [self.url]

    def test_pages(self):
        page = self.open(self.url)
        nav = page.xpath("//nav[@aria-label='Phân trang kết quả']")[0]
        assert nav.xpath(".//a[@aria-current='page']/text()") == ["1"]
        second = nav.xpath(".//a[text()='2']/@href")[0]
        assert _query(second) == {"b_start": ["20"]}
        page = self.open(second)
        count = " ".join(page.xpath("string(//*[@data-dn-count])").split())
        assert count == "Tìm thấy 47 thủ tục, hiển thị 21–40."
        assert page.xpath("//nav//a[@rel='prev']/@href") == [self.url]

    def test_a_chosen_page_size_is_kept(self):
        page = self.open(f"{self.url}?b_size=5&sector=ho-tich")
        assert len(page.xpath("//li[@class='dn-card']")) == 5
        assert page.xpath("//input[@type='hidden' and @name='b_size']/@value") == ["5"]
        links = page.xpath("//nav//a[@class='page-link']/@href")
        assert links and all(_query(link)["b_size"] == ["5"] for link in links)

    def test_unit_is_a_drop_down_list(self):
        page = self.open(f"{self.url}?unit=20198&b_size=50")
        select = page.get_element_by_id("dn-f-unit")
        assert select.xpath("./option[@selected]/@value") == ["20198"]
        assert select.xpath("./option[1]/@value") == [""]
        assert "1.900102.MAU" in page.xpath("//li[@class='dn-card']//code/text()")

    def test_bad_parameters_keep_the_page_usable(self):
        page = self.open(f"{self.url}?q=%3F%3F%3F&sector=khong-co")
        assert self.browser.headers["status"].startswith("400")
        alert = " ".join(page.get_element_by_id("dn-search-error").text_content().split())
        assert alert.startswith("Không thể tìm với điều kiện này:")
        assert page.get_element_by_id("dn-search-q").get("value") == "???"
        assert page.xpath("string(//h1)") == "Tra cứu thủ tục hành chính"

    def test_home_page_search_goes_to_the_search_page(self):
        # Both the header's search box (index 0) and the home page's own form (index 1).
        for index in (0, 1):
            self.browser.open(self.portal.absolute_url())
            form = self.browser.getForm(action=self.url, index=index)
            form.getControl(name="q").value = "khai sinh"
            form.submit()
            assert self.browser.url.startswith(self.url) and _query(self.browser.url) == {"q": ["khai sinh"]}
            page = html.fromstring(self.browser.contents)
            assert page.xpath("//li[@class='dn-card'][1]//code/text()") == ["1.001193"]
