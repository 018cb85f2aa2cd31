"""Search in citizens' own words (catalogue/interpretation.py and the engine), one class per kind:
synonyms, whole sentences, spelling variants, typos and suggestions, ranking of variants."""

from danang.portal.catalogue.criteria import criteria_from_form
from danang.portal.catalogue.search import search
from danang.portal.catalogue.settings import PREFIX
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from tests.fixtures.search import SEARCH_INTEGRATION_TESTING

import pytest

PASSPORTS = (
    ("1.900311.MAU", "Cấp hộ chiếu phổ thông (mẫu)"),
    ("1.900312.MAU", "Cấp hộ chiếu phổ thông cho công dân dưới 14 tuổi (mẫu)"),
    ("1.900313.MAU", "Cấp lại hộ chiếu phổ thông bị mất (mẫu)"),
    ("1.900314.MAU", "Cấp mới thẻ đăng ký lần đầu (mẫu)"),
    ("1.900315.MAU", "Cấp mới thẻ đăng ký bị mất (mẫu)"),
    ("1.900316.MAU", "Công bố mỹ phẩm sản xuất trong nước (mẫu)"),
)


def _run(text, **form):
    return search(criteria_from_form({"q": text, **form}, default_size=100))


def _codes(results):
    return [brain.code for brain in results.brains(0, 100)]


class CitizenWordsTest:
    layer = SEARCH_INTEGRATION_TESTING

    @pytest.fixture(autouse=True)
    def _site(self, search_integration):
        self.portal = search_integration["portal"]
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        login(self.portal, TEST_USER_NAME)
        for code, title in PASSPORTS:
            obj = api.content.create(
                container=self.portal["thu-tuc"],
                type="Service",
                code=code,
                title=title,
                sector="ho-tich",
                levels=["city"],
                agency="SXD",
                online_level=2,
                processing_time=5,
                audiences=["citizen"],
            )
            api.content.transition(obj=obj, to_state="published")
        logout()
        yield


class TestSynonyms(CitizenWordsTest):
    def test_an_everyday_name_finds_the_official_one_and_says_so(self):
        results = _run("báo tử lưu động")
        assert _codes(results)[0] == "1.000419"  # "Đăng ký khai tử lưu động"
        assert results.interpretation.shown == "khai tử lưu động"
        assert results.interpretation.replacements == (("báo tử", "khai tử"),)

    def test_without_diacritics_too(self):
        assert _codes(_run("khac dau"))[0] == "2.001800"  # "Đăng ký mẫu con dấu mới"

    def test_the_typed_words_still_match(self):
        # "hộ khẩu" is also searched as "đăng ký thường trú"; a name with "con dấu" stays found.
        assert "2.001800" in _codes(_run("con dấu"))

    def test_two_way_synonyms(self):
        assert _run("công chứng").interpretation.shown == "chứng thực"
        assert _run("chứng thực").interpretation.shown == "công chứng"

    def test_editors_rules_apply_at_once(self):
        assert not _run("xyzkethon").total
        api.portal.set_registry_record(f"{PREFIX}.synonyms", ["xyzkethon => kết hôn có yếu tố nước ngoài  # thử"])
        results = _run("xyzkethon")
        assert _codes(results)[0] == "2.000806"
        assert results.interpretation.shown == "kết hôn có yếu tố nước ngoài"
        # The shipped rules were replaced: "báo tử" is a word like any other now.
        assert not _run("báo tử").total


class TestSentences(CitizenWordsTest):
    def test_words_without_meaning_are_not_required(self):
        results = _run("tôi muốn làm giấy khai sinh cho con thì làm thế nào")
        assert _codes(results)[0] == "1.001193"
        assert {"tôi", "muốn", "thì"} <= set(results.interpretation.ignored)

    def test_stop_words_alone_are_searched(self):
        # A query made only of stop words means those words (not "everything").
        results = _run("xin")
        assert results.interpretation.clauses
        assert results.total < _run("").total

    def test_most_words_follow_when_all_find_little(self):
        results = _run("hộ chiếu phổ thông dưới 14 tuổi khai sinh")
        codes = _codes(results)
        assert results.partial and results.strict_total == 0
        assert codes[0] == "1.900312.MAU"  # 6 of the 7 words

    def test_a_word_the_catalogue_does_not_know_is_not_dropped(self):
        results = _run("giấy phép zzqxyw")
        assert results.total == 0


class TestVariants(CitizenWordsTest):
    @pytest.mark.parametrize("typed", ["đăng kí khai sinh", "dang ki khai sinh", "ĐĂNG KÝ KHAI SINH"])
    def test_i_and_y(self, typed):
        assert _codes(_run(typed)) == _codes(_run("đăng ký khai sinh"))

    def test_mi_and_my(self):
        assert _codes(_run("mĩ phẩm")) == _codes(_run("mỹ phẩm")) == ["1.900316.MAU"]


class TestTypos(CitizenWordsTest):
    @pytest.mark.parametrize(
        "typed,shown",
        [
            ("khai sinhh", "khai sinh"),  # extra letter
            ("hộ chiêú phổ thôgn", "hộ chiêú phổ thong"),  # swapped letters
            ("hộ chiếu phổ thng", "hộ chiếu phổ thong"),  # missing letter
        ],
    )
    def test_one_letter_in_a_word_is_corrected(self, typed, shown):
        results = _run(typed)
        assert results.total
        assert results.interpretation.shown == shown

    def test_no_result_suggests_the_closest_words(self):
        results = _run("đăng ký khai ssinhh")
        assert results.total == 0
        assert results.suggestion == "đăng ký khai sinh"
        assert _codes(_run(results.suggestion))[0] == "1.001193"

    def test_no_suggestion_for_nonsense(self):
        assert _run("zzqxyw").suggestion is None


class TestRanking(CitizenWordsTest):
    def test_the_name_with_the_words_first(self):
        # Every word is in the name of the first; the others only mention them.
        assert _codes(_run("giấy phép xây dựng"))[0] == "1.009130"

    def test_the_shorter_matching_name_first(self):
        assert _codes(_run("hộ chiếu phổ thông"))[0] == "1.900311.MAU"

    def test_under_14_prefers_its_variant(self):
        assert _codes(_run("làm hộ chiếu cho con dưới 14 tuổi"))[0] == "1.900312.MAU"

    def test_lost_prefers_its_variant(self):
        assert _codes(_run("hộ chiếu bị mất"))[0] == "1.900313.MAU"
        assert _codes(_run("cấp mới thẻ bị mất"))[0] == "1.900315.MAU"

    def test_first_time_prefers_its_variant(self):
        assert _codes(_run("thẻ đăng ký lần đầu"))[0] == "1.900314.MAU"
