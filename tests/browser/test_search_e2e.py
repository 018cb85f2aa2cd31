"""The service search page with JavaScript, in headless Chromium: in-place updates and history."""

from tests.fixtures.search import SEARCH_FUNCTIONAL_TESTING

import pytest

pytestmark = pytest.mark.e2e


class TestSearchPageWithJavaScript:
    layer = SEARCH_FUNCTIONAL_TESTING

    @pytest.fixture(autouse=True)
    def _page(self, search_functional, chromium):
        self.url = f"{search_functional['portal'].absolute_url()}/thu-tuc"
        self.page = chromium.new_page(viewport={"width": 1280, "height": 900})

    def open(self):
        self.page.goto(self.url)
        # A full page load would drop this marker: its survival proves an in-place update.
        self.page.evaluate("window.dnSamePage = true")

    def count(self):
        return " ".join(self.page.inner_text("[data-dn-count]").split())

    def assert_same_page(self):
        assert self.page.evaluate("window.dnSamePage") is True

    def test_a_facet_updates_results_url_and_announcement(self):
        self.open()
        self.page.check("#dn-f-sector-ho-tich")
        self.page.wait_for_url("**/thu-tuc?sector=ho-tich")
        self.page.wait_for_function("document.querySelector('[data-dn-count]').innerText.includes('10 thủ tục')")
        self.assert_same_page()
        assert self.page.inner_text("#dn-search-live") == "Tìm thấy 10 thủ tục, hiển thị 1–10."
        # Focus stays on the box just ticked (now a fresh element with the same id).
        assert self.page.evaluate("document.activeElement.id") == "dn-f-sector-ho-tich"
        assert self.page.is_checked("#dn-f-sector-ho-tich")

    def test_back_button_restores_the_previous_search(self):
        self.open()
        self.page.check("#dn-f-sector-ho-tich")
        self.page.wait_for_url("**/thu-tuc?sector=ho-tich")
        self.page.check("#dn-f-level-ward")
        self.page.wait_for_url("**/thu-tuc?sector=ho-tich&level=ward")
        self.page.go_back()
        self.page.wait_for_function("!document.querySelector('#dn-f-level-ward').checked")
        assert self.page.url.endswith("/thu-tuc?sector=ho-tich")
        assert self.count().startswith("Tìm thấy 10 thủ tục")
        self.page.go_back()
        self.page.wait_for_function("!document.querySelector('#dn-f-sector-ho-tich').checked")
        assert self.count().startswith("Tìm thấy 47 thủ tục")
        self.assert_same_page()

    def test_text_search_and_chip_removal_in_place(self):
        self.open()
        self.page.fill("#dn-search-q", "khai sinh")
        self.page.press("#dn-search-q", "Enter")
        self.page.wait_for_url("**/thu-tuc?q=khai+sinh")
        assert self.page.inner_text(".dn-card h3") == "Thủ tục đăng ký khai sinh"
        assert self.page.evaluate("document.activeElement.id") == "dn-results-heading"
        self.page.click("a.dn-chip")
        self.page.wait_for_url(self.url)
        self.page.wait_for_function("document.querySelector('#dn-search-q').value === ''")
        self.assert_same_page()

    def test_sort_choice_in_place(self):
        self.open()
        self.page.select_option("#dn-sort", "days")
        self.page.wait_for_url("**/thu-tuc?sort_on=days")
        first = self.page.inner_text(".dn-card .dn-card-facts")
        assert "Giải quyết ngay trong ngày" in first
        self.assert_same_page()

    def test_phone_layout(self):
        self.page.set_viewport_size({"width": 375, "height": 800})
        self.page.goto(self.url)
        assert self.page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
        # Results first on a phone: the filters start folded.
        assert self.page.evaluate("document.getElementById('dn-filters').open") is False
        self.page.click("#dn-filters > summary")
        assert self.page.is_visible("#dn-f-sector-ho-tich")
