"""The search engine (catalogue/search.py) on a small published catalogue, as an anonymous visitor.

Results and facet counts are checked against a brute-force evaluation over the service objects,
for every single facet value, for random combinations, and for the text cases of the issue.
"""

from collections import Counter
from danang.portal.catalogue.criteria import criteria_from_form
from danang.portal.catalogue.criteria import InvalidCriteria
from danang.portal.catalogue.facets import FACETS
from danang.portal.catalogue.performers import performing_agencies
from danang.portal.catalogue.performers import performing_units
from danang.portal.catalogue.search import search
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from Products.CMFPlone.CatalogTool import sortable_title
from tests.fixtures.search import PRIVATE
from tests.fixtures.search import REPEALED
from tests.fixtures.search import SEARCH_INTEGRATION_TESTING

import pytest
import random
import unicodedata


def _days(obj):
    time = float(obj.processing_time or 0)
    return time / 8 if obj.processing_unit == "hours" else time


def _record(obj):
    """What a visitor filters on, computed from the object, not from the catalog."""
    paid = any(int(row.get("amount") or 0) for row in obj.fees or [])
    return {
        "code": obj.code,
        "title": obj.title,
        "days": _days(obj),
        "sector": {obj.sector},
        "agency": set(performing_agencies(obj)),
        "level": set(obj.levels),
        "unit": set(performing_units(obj)),
        "online_level": {obj.online_level},
        "online_mode": {"full" if obj.online_level >= 4 else "partial"},
        "audience": set(obj.audiences),
        "fee": {"paid" if paid else "free"},
    }


def _visible_records(portal):
    return [
        _record(obj)
        for obj in portal["thu-tuc"].objectValues()
        if obj.portal_type == "Service" and obj.in_force and api.content.get_state(obj) == "published"
    ]


def _matches(record, filters, max_days, skip=None):
    if max_days is not None and record["days"] > max_days:
        return False
    return all(record[name] & set(values) for name, values in filters.items() if name != skip)


def _brute_codes(records, filters, max_days=None):
    return {record["code"] for record in records if _matches(record, filters, max_days)}


def _brute_counts(records, facet, filters, max_days=None):
    counts = Counter()
    for record in records:
        if _matches(record, filters, max_days, skip=facet):
            counts.update(record[facet])
    return counts


def _form(filters, max_days=None):
    form = {name: [str(value) for value in values] for name, values in filters.items()}
    if max_days is not None:
        form["max_days"] = str(max_days)
    return form


def _run(form):
    return search(criteria_from_form(form, default_size=100))


def _codes(results):
    return [brain.code for brain in results.brains(0, 1000)]


class SearchTest:
    layer = SEARCH_INTEGRATION_TESTING

    @pytest.fixture(autouse=True)
    def _anonymous(self, search_integration):
        self.portal = search_integration["portal"]
        logout()
        yield


class TestFacetCounts(SearchTest):
    def _check(self, records, filters, max_days=None):
        results = _run(_form(filters, max_days))
        assert set(_codes(results)) == _brute_codes(records, filters, max_days)
        assert results.total == len(_brute_codes(records, filters, max_days))
        for facet in FACETS:
            expected = _brute_counts(records, facet.name, filters, max_days)
            shown = {item.value: item.count for item in results.facets[facet.name]}
            # Every value with a match is listed, with the brute-force count.
            assert {value: count for value, count in shown.items() if count} == {
                value: count for value, count in expected.items() if count
            }, facet.name

    def test_empty_query_lists_the_visible_catalogue(self):
        records = _visible_records(self.portal)
        results = _run({})
        assert results.total == len(records) == 47
        self._check(records, {})

    def test_every_single_facet_value(self):
        records = _visible_records(self.portal)
        for facet in FACETS:
            for value in {value for record in records for value in record[facet.name]}:
                self._check(records, {facet.name: [value]})

    def test_or_within_a_facet_and_across_facets(self):
        records = _visible_records(self.portal)
        filters = {"sector": ["ho-tich", "con-dau"], "online_level": [3, 4]}
        self._check(records, filters)
        one = _brute_codes(records, {"sector": ["ho-tich"]}) | _brute_codes(records, {"sector": ["con-dau"]})
        assert _brute_codes(records, {"sector": ["ho-tich", "con-dau"]}) == one
        assert _brute_codes(records, filters) < one

    def test_random_combinations(self):
        records = _visible_records(self.portal)
        choices = {facet.name: sorted({v for r in records for v in r[facet.name]}, key=str) for facet in FACETS}
        rng = random.Random(42)
        for _ in range(40):
            names = rng.sample(sorted(choices), rng.randint(1, 3))
            filters = {name: rng.sample(choices[name], rng.randint(1, min(2, len(choices[name])))) for name in names}
            max_days = rng.choice([None, None, 0, 1, 5, 15])
            self._check(records, filters, max_days)

    def test_max_days_counts_hours_as_working_days(self):
        # 8 working hours (the Hoà Khánh sample) is one day.
        assert "1.900102.MAU" in _codes(_run({"max_days": "1"}))
        assert "1.900102.MAU" not in _codes(_run({"max_days": "0.5"}))
        records = _visible_records(self.portal)
        for days in (0, 1, 3, 15, 30):
            assert set(_codes(_run({"max_days": str(days)}))) == _brute_codes(records, {}, days)

    def test_unit_lists_what_that_unit_performs(self):
        ward = set(_codes(_run({"unit": "20198"})))
        # Ward-level birth registration: every ward performs it; restricted sample only here.
        assert {"1.001193", "1.000419", "1.900102.MAU"} <= ward
        assert "1.900102.MAU" not in _codes(_run({"unit": "20236"}))
        # District-level construction permit: performed by districts, not wards.
        assert "1.009130" in _codes(_run({"unit": "492"}))
        assert "1.009130" not in ward

    def test_selected_values_stay_listed_even_without_matches(self):
        results = _run({"sector": "y-te", "online_level": "4", "q": "khai sinh"})
        sector = {item.token: item for item in results.facets["sector"]}
        assert sector["y-te"].selected and sector["y-te"].count == 0
        assert results.total == 0


class TestVisibility(SearchTest):
    def test_repealed_and_private_services_are_not_found(self):
        codes = set(_codes(_run({})))
        assert REPEALED["code"] not in codes
        assert PRIVATE["code"] not in codes
        assert not _run({"q": "nước ngầm"}).total
        assert not _run({"q": "tạm thời"}).total

    def test_counts_only_count_what_the_visitor_may_see(self):
        counts = {item.token: item.count for item in _run({}).facets["sector"]}
        assert "dat-dai" in counts  # generated services only: the private one is not counted
        records = _visible_records(self.portal)
        assert counts["dat-dai"] == sum(1 for record in records if "dat-dai" in record["sector"])

    def test_editors_see_what_they_may_see(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        login(self.portal, TEST_USER_NAME)
        assert PRIVATE["code"] in _codes(_run({}))
        assert REPEALED["code"] not in _codes(_run({}))  # repealed stays out of the search

    def test_new_content_is_found_in_the_same_transaction(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        login(self.portal, TEST_USER_NAME)
        before = _run({}).total
        obj = api.content.create(
            container=self.portal["thu-tuc"],
            type="Service",
            code="1.900199.MAU",
            title="Thủ tục vừa thêm (mẫu)",
            sector="y-te",
            levels=["city"],
            agency="SXD",
            online_level=2,
            processing_time=1,
            audiences=["citizen"],
        )
        api.content.transition(obj=obj, to_state="published")
        assert _run({}).total == before + 1
        assert _codes(_run({"q": "vừa thêm"})) == ["1.900199.MAU"]


class TestText(SearchTest):
    def test_without_diacritics_finds_with(self):
        assert _codes(_run({"q": "giay phep xay dung"}))[0] == "1.009130"

    def test_case_and_diacritics_do_not_matter(self):
        expected = _codes(_run({"q": "giấy phép xây dựng"}))
        assert expected
        for typed in ("GIẤY PHÉP XÂY DỰNG", "Giay Phep Xay Dung", unicodedata.normalize("NFD", "giấy phép xây dựng")):
            assert _codes(_run({"q": typed})) == expected

    def test_d_and_dd_match(self):
        assert _codes(_run({"q": "dang ky khai sinh"})) == _codes(_run({"q": "đăng ký khai sinh"}))
        assert "1.001193" in _codes(_run({"q": "DANG KY KHAI SINH"}))

    def test_hoa_spellings_are_equal(self):
        expected = ["1.900102.MAU"]
        for typed in ("Hòa Khánh", "Hoà Khánh", "hoa khanh", unicodedata.normalize("NFD", "Hòa Khánh")):
            assert _codes(_run({"q": typed})) == expected

    def test_multi_syllable_words(self):
        codes = _codes(_run({"q": "khai sinh"}))
        assert codes[0] == "1.001193"
        assert "1.000419" not in codes  # "khai tử", no "sinh"

    def test_exact_phrase(self):
        # Both words of "kết hôn" appear elsewhere apart; the phrase finds only the marriage.
        assert _codes(_run({"q": '"kết hôn"'})) == ["2.000806"]
        assert _codes(_run({"q": '"hôn kết"'})) == []
        loose = set(_codes(_run({"q": "xây dựng giấy phép"})))
        phrase = set(_codes(_run({"q": '"xây dựng giấy phép"'})))
        assert phrase < loose

    def test_code_finds_its_service_first(self):
        assert _codes(_run({"q": "1.009130"})) == ["1.009130"]
        assert _codes(_run({"q": "2.000806"}))[0] == "2.000806"
        assert _codes(_run({"q": "1.900102.mau"}))[0] == "1.900102.MAU"

    def test_titles_rank_above_body_matches(self):
        codes = _codes(_run({"q": "giấy phép xây dựng"}))
        # 1.900101.MAU has the phrase only in its result; 1.009130 has it in its name.
        assert codes.index("1.009130") < codes.index("1.900101.MAU")
        # The body phrase still beats names that only share some words.
        for code in codes[codes.index("1.900101.MAU") + 1 :]:
            assert "xây dựng" not in _title(self.portal, code).lower() or "giấy phép" not in _title(self.portal, code).lower()

    def test_prefix(self):
        assert "1.001193" in _codes(_run({"q": "khai si*"}))

    def test_text_combines_with_facets(self):
        assert _codes(_run({"q": "đăng ký", "sector": "con-dau"})) == ["2.001800"]
        assert _codes(_run({"q": "đăng ký", "sector": "con-dau", "fee": "free"})) == []

    def test_unknown_words_find_nothing(self):
        results = _run({"q": "xyzzy"})
        assert results.total == 0
        assert all(item.count == 0 for items in results.facets.values() for item in items)


def _title(portal, code):
    return next(obj.title for obj in portal["thu-tuc"].objectValues() if obj.code == code)


class TestSortingAndBatching(SearchTest):
    def test_name_order_without_text(self):
        by_code = {obj.code: obj for obj in self.portal["thu-tuc"].objectValues()}
        keys = [sortable_title(by_code[code])() for code in _codes(_run({}))]
        assert keys == sorted(keys)
        assert keys[-1] > keys[0]

    def test_days_order_both_ways(self):
        records = {record["code"]: record["days"] for record in _visible_records(self.portal)}
        up = [records[code] for code in _codes(_run({"sort_on": "days"}))]
        down = [records[code] for code in _codes(_run({"sort_on": "days", "sort_order": "descending"}))]
        assert up == sorted(up)
        assert down == sorted(down, reverse=True)

    def test_relevance_is_the_default_with_text(self):
        assert criteria_from_form({"q": "giấy phép"}).sort_on == "relevance"
        # Without text, the default is name order.
        assert _codes(_run({})) == _codes(_run({"sort_on": "name"}))
        # Sorting a text search by name is possible too.
        named = _codes(_run({"q": "giấy phép", "sort_on": "name"}))
        assert sorted(named) == sorted(_codes(_run({"q": "giấy phép"})))

    def test_batches_slice_the_same_order(self):
        everything = _codes(_run({"sort_on": "name"}))
        pages = []
        for start in range(0, len(everything), 10):
            results = search(criteria_from_form({"b_start": str(start), "b_size": "10"}))
            assert results.total == len(everything)
            pages.extend(brain.code for brain in results.brains())
        assert pages == everything
        beyond = search(criteria_from_form({"b_start": "5000"}))
        assert list(beyond.brains()) == [] and beyond.total == len(everything)


class TestCriteriaErrors(SearchTest):
    """Bad parameters are refused with a message naming the parameter."""

    @pytest.mark.parametrize(
        "form,parameter,msgid",
        [
            ({"level": "country"}, "level", "error_unknown_value"),
            ({"online_level": "5"}, "online_level", "error_unknown_value"),
            ({"audience": ["citizen", "alien"]}, "audience", "error_unknown_value"),
            ({"fee": "cheap"}, "fee", "error_unknown_value"),
            ({"b_size": "0"}, "b_size", "error_bad_batch_size"),
            ({"b_size": "-5"}, "b_size", "error_bad_batch_size"),
            ({"b_size": "1000000"}, "b_size", "error_bad_batch_size"),
            ({"b_size": "ten"}, "b_size", "error_bad_batch_size"),
            ({"b_start": "-1"}, "b_start", "error_bad_batch_start"),
            ({"max_days": "abc"}, "max_days", "error_bad_max_days"),
            ({"max_days": "-1"}, "max_days", "error_bad_max_days"),
            ({"max_days": "nan"}, "max_days", "error_bad_max_days"),
            ({"max_days": "inf"}, "max_days", "error_bad_max_days"),
            ({"sort_on": "price"}, "sort_on", "error_bad_sort"),
            ({"sort_order": "sideways"}, "sort_order", "error_bad_sort_order"),
            ({"q": "abc\x00"}, "q", "error_text_malformed"),
            ({"q": "???"}, "q", "error_text_no_words"),
            ({"q": "a" * 500}, "q", "error_text_too_long"),
            ({"q": ["một", "hai"]}, "q", "error_repeated_parameter"),
        ],
    )
    def test_refused(self, form, parameter, msgid):
        with pytest.raises(InvalidCriteria) as raised:
            criteria_from_form(form, max_size=100)
        assert raised.value.parameter == parameter
        assert raised.value.message == msgid

    def test_empty_values_and_repeats_are_harmless(self):
        criteria = criteria_from_form({"level": ["", "ward", "ward"], "q": ["", "khai sinh"], "b_size": "5"})
        assert criteria.selected("level") == ("ward",)
        assert criteria.text == "khai sinh"
        assert criteria.b_size == 5

    def test_tokens_become_index_values(self):
        criteria = criteria_from_form({"online_level": ["3", "4"], "max_days": "7,5"})
        assert criteria.selected("online_level") == (3, 4)
        assert criteria.max_days == 7.5

    def test_unknown_sector_agency_unit(self):
        for name, token in (("sector", "khong-co"), ("agency", "XYZ"), ("unit", "99999")):
            with pytest.raises(InvalidCriteria) as raised:
                criteria_from_form({name: token})
            assert raised.value.parameter == name


class TestCountingStrategies(SearchTest):
    """count_values picks one of two ways to count by cost; both must agree, on every index."""

    def test_by_value_and_by_document_agree(self):
        from BTrees.IIBTree import IISet
        from danang.portal.catalogue.facets import _count_by_document
        from danang.portal.catalogue.facets import _count_by_value
        from danang.portal.catalogue.facets import count_values
        from danang.portal.catalogue.search import visible_services

        catalog = api.portal.get_tool("portal_catalog")
        visible = list(visible_services(catalog))
        rng = random.Random(7)
        for facet in FACETS:
            index = catalog._catalog.getIndex(facet.index)
            values = [term.value for term in facet.terms(self.portal)]
            for size in (0, 1, 5, len(visible) // 2, len(visible)):
                docids = IISet(rng.sample(visible, size))
                by_value = _count_by_value(index, values, docids)
                assert _count_by_document(index, values, docids) == by_value, facet.name
                # Whatever the size of the universe makes it choose, the answer is the same.
                assert count_values(index, values, docids, 1) == by_value
                assert count_values(index, values, docids, 10**7) == by_value
