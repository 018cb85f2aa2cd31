"""The editors' search tuning: the Site Setup panel of synonyms and stop words, the page of
failed searches; and, on the search page, "Kết quả cho …" and "Có phải bạn muốn tìm …"."""

from danang.portal.catalogue.failed import failed_searches
from danang.portal.catalogue.settings import PREFIX
from lxml import html
from plone import api
from plone.app.testing import setRoles
from plone.testing.zope import Browser
from tests.fixtures.search import SEARCH_FUNCTIONAL_TESTING

import pytest
import transaction

PASSWORD = "Mat-khau-bien-tap-1"


def _text(page, xpath):
    return " ".join(page.xpath(f"string({xpath})").split())


class TuningTest:
    layer = SEARCH_FUNCTIONAL_TESTING

    @pytest.fixture(autouse=True)
    def _site(self, search_functional):
        self.portal = search_functional["portal"]
        self.app = search_functional["app"]
        self.url = self.portal.absolute_url()
        for userid, roles in (("bientap", ["Editor"]), ("dan", ["Member"])):
            self.portal.acl_users.userFolderAddUser(userid, PASSWORD, [], [])
            setRoles(self.portal, userid, roles)
        transaction.commit()
        yield

    def browser(self, user=None):
        browser = Browser(self.app)
        browser.handleErrors = False
        browser.raiseHttpErrors = False
        if user:
            browser.addHeader("Authorization", f"Basic {user}:{PASSWORD}")
        return browser

    def open(self, browser, url):
        browser.open(url)
        return html.fromstring(browser.contents)


class TestSearchPage(TuningTest):
    def test_results_for_the_official_words(self):
        page = self.open(self.browser(), f"{self.url}/thu-tuc?q=b%C3%A1o+t%E1%BB%AD+l%C6%B0u+%C4%91%E1%BB%99ng")
        assert _text(page, "//*[@id='dn-understood']") == "Kết quả cho: khai tử lưu động"
        assert _text(page, "(//li[@class='dn-card']//h3)[1]") == "Đăng ký khai tử lưu động"

    def test_results_for_in_english(self):
        page = self.open(self.browser(), f"{self.url}/thu-tuc?q=khac+dau&set_language=en")
        assert _text(page, "//*[@id='dn-understood']") == "Results for: con dấu"

    def test_suggestion_when_nothing_is_found_and_the_failure_is_counted(self):
        browser = self.browser()
        page = self.open(browser, f"{self.url}/thu-tuc?q=khai+ssinhh")
        assert _text(page, "//*[@id='dn-suggestion']") == "Có phải bạn muốn tìm: khai sinh"
        (link,) = page.xpath("//*[@id='dn-suggestion']/a/@href")
        assert link.endswith("q=khai+sinh")
        page = self.open(browser, link)
        assert page.xpath("//li[@class='dn-card']")
        transaction.begin()
        assert [item[1] for item in failed_searches().items()] == ["khai ssinhh"]

    def test_a_filter_that_empties_the_result_is_not_a_failed_search(self):
        self.open(self.browser(), f"{self.url}/thu-tuc?q=khai+sinh&fee=paid&sector=con-dau")
        transaction.begin()
        assert failed_searches() is None or not failed_searches().items()


class TestControlPanel(TuningTest):
    def test_editors_change_the_synonyms(self):
        browser = self.browser("bientap")
        page = self.open(browser, f"{self.url}/@@danang-search-controlpanel")
        assert browser.headers["status"].startswith("200")
        assert "sổ đỏ" in browser.getControl(name="form.widgets.synonyms").value
        browser.getControl(name="form.widgets.synonyms").value = "xyzkethon => kết hôn  # thử"
        browser.getControl(name="form.buttons.save").click()
        transaction.begin()
        assert api.portal.get_registry_record(f"{PREFIX}.synonyms") == ["xyzkethon => kết hôn  # thử"]
        page = self.open(self.browser(), f"{self.url}/thu-tuc?q=xyzkethon")
        assert _text(page, "//*[@id='dn-understood']") == "Kết quả cho: kết hôn"

    def test_a_line_that_is_not_a_rule_is_refused_with_its_number(self):
        browser = self.browser("bientap")
        browser.open(f"{self.url}/@@danang-search-controlpanel")
        browser.getControl(name="form.widgets.synonyms").value = "sổ đỏ => giấy chứng nhận\nchỉ một từ"
        browser.getControl(name="form.buttons.save").click()
        page = html.fromstring(browser.contents)
        assert "Dòng 2: cần “cách gọi => tên chính thức”" in _text(page, "//*[@id='content']")
        transaction.begin()
        assert any(line.startswith("sổ đỏ, sổ hồng") for line in api.portal.get_registry_record(f"{PREFIX}.synonyms"))

    def test_add_link_prefills_a_rule(self):
        browser = self.browser("bientap")
        browser.open(f"{self.url}/@@danang-search-controlpanel?add=s%E1%BB%95+x%C3%A1m")
        assert browser.getControl(name="form.widgets.synonyms").value.rstrip().endswith("sổ xám =>")

    @pytest.mark.parametrize("user", [None, "dan"])
    def test_anonymous_and_members_may_not(self, user):
        for view in ("@@danang-search-controlpanel", "@@failed-searches"):
            browser = self.browser(user)
            browser.handleErrors = True
            browser.open(f"{self.url}/{view}")
            # Plone answers with its login or "insufficient privileges" page, never the view.
            assert "form.widgets.synonyms" not in browser.contents
            assert "dn-failed" not in browser.contents
            assert "login" in browser.url or "insufficient" in browser.contents.lower()


class TestFailedSearchesPage(TuningTest):
    def test_editors_see_counts_and_add_a_synonym(self):
        anonymous = self.browser()
        for _ in range(3):
            anonymous.open(f"{self.url}/thu-tuc?q=s%E1%BB%95+x%C3%A1m")
        api_client = self.browser()
        api_client.addHeader("Accept", "application/json")
        api_client.open(f"{self.url}/@services?q=zzqxyw")
        browser = self.browser("bientap")
        page = self.open(browser, f"{self.url}/@@failed-searches")
        rows = [[_text(cell, ".") for cell in row.xpath("./td")[:2]] for row in page.xpath("//table[@id='dn-failed-table']/tbody/tr")]
        assert rows == [["sổ xám", "3"], ["zzqxyw", "1"]]
        assert "Tổng số lần: 4" in _text(page, "//*[@class='dn-failed-searches']")
        browser.getLink("Thêm từ đồng nghĩa", index=0).click()
        assert browser.getControl(name="form.widgets.synonyms").value.rstrip().endswith("sổ xám =>")

    def test_forget_one(self):
        self.browser().open(f"{self.url}/thu-tuc?q=zzqxyw")
        browser = self.browser("bientap")
        browser.open(f"{self.url}/@@failed-searches")
        browser.getControl("Đã xử lý, xóa").click()
        page = html.fromstring(browser.contents)
        assert page.xpath("//*[@id='dn-failed-none']")
