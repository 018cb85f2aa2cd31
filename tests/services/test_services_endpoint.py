"""REST: GET /plone/@services (the search contract), and plone.restapi's own endpoints for
anonymous callers: @search with the catalogue's indexes, a service's JSON, @vocabularies."""

from danang.portal.catalogue.criteria import MAX_DAYS
from danang.portal.catalogue.criteria import translate_message
from danang.portal.services.services.get import MAX_BATCH_SIZE
from tests.fixtures.search import SEARCH_FUNCTIONAL_TESTING
from zope.i18nmessageid import MessageFactory

import pytest
import requests

FACET_NAMES = {"sector", "agency", "level", "unit", "online_level", "online_mode", "audience", "fee"}


class RelativeSession(requests.Session):
    """requests against the test server, with paths relative to the site."""

    def __init__(self, base_url):
        super().__init__()
        self.base_url = base_url.rstrip("/") + "/"

    def request(self, method, url, **kwargs):
        if not url.startswith("http"):
            url = self.base_url + url.lstrip("/")
        return super().request(method, url, **kwargs)


class RestTest:
    layer = SEARCH_FUNCTIONAL_TESTING

    @pytest.fixture(autouse=True)
    def _session(self, search_functional):
        self.portal = search_functional["portal"]
        self.api = RelativeSession(self.portal.absolute_url())
        self.api.headers.update({"Accept": "application/json"})
        yield
        self.api.close()

    def get(self, path="@services", **params):
        headers = params.pop("headers", {})
        return self.api.get(path, params=params, headers=headers)


class TestServicesSearch(RestTest):
    def test_anonymous_empty_query_lists_the_catalogue(self):
        response = self.get()
        assert response.status_code == 200
        data = response.json()
        assert data["@id"] == f"{self.portal.absolute_url()}/@services"
        assert data["items_total"] == 47
        assert len(data["items"]) == 25  # plone.restapi's default batch
        assert data["batching"]["next"].endswith("b_start=25")
        assert set(data["facets"]) == FACET_NAMES
        for values in data["facets"].values():
            for value in values:
                assert set(value) == {"value", "title", "count", "selected"}
        # Every visible service has exactly one sector: the sector counts add up to the total.
        assert sum(value["count"] for value in data["facets"]["sector"]) == 47

    def test_item_fields(self):
        data = self.get(q="1.009130").json()
        assert data["items_total"] == 1
        item = data["items"][0]
        assert item["@id"].startswith(f"{self.portal.absolute_url()}/thu-tuc/")
        assert item["@type"] == "Service"
        assert item["code"] == "1.009130"
        assert item["title"].startswith("Cấp giấy phép xây dựng")
        assert item["sector"] == {"token": "hoat-dong-xay-dung", "title": "Hoạt động xây dựng"}
        assert {agency["token"] for agency in item["agency"]} == {
            "UBND-490", "UBND-491", "UBND-492", "UBND-493", "UBND-494", "UBND-495", "UBND-497",
        }
        assert item["level"] == [{"token": "district", "title": "Cấp quận, huyện"}]
        assert item["online_level"] == {"token": "3", "title": "Một phần (mức 3)"}
        assert item["online_mode"] == {"token": "partial", "title": "Một phần"}
        assert item["online_submission"] is True
        assert item["days"] == 15.0
        assert item["processing_time"] == {"value": 15, "unit": {"token": "working_days", "title": "ngày làm việc"}}
        assert item["fee"] == {"token": "paid", "title": "Có phí, lệ phí", "total": 75000}
        assert item["audience"][0] == {"token": "citizen", "title": "Công dân Việt Nam"}
        assert item["sample"] is False

    def test_facet_values_have_titles_and_selection(self):
        data = self.get(sector="ho-tich", level="ward").json()
        sectors = {value["value"]: value for value in data["facets"]["sector"]}
        assert sectors["ho-tich"]["title"] == "Hộ tịch" and sectors["ho-tich"]["selected"] is True
        # Excluding its own facet: the other sectors still count ward-level services.
        assert sum(value["count"] for value in data["facets"]["sector"]) > data["items_total"]
        levels = {value["value"]: value["count"] for value in data["facets"]["level"]}
        assert levels["ward"] == data["items_total"]

    def test_repeated_parameters_or_within_and_across(self):
        one = self.get(sector="ho-tich").json()["items_total"]
        other = self.get(sector="con-dau").json()["items_total"]
        both = self.get(sector=["ho-tich", "con-dau"]).json()
        assert both["items_total"] == one + other
        narrowed = self.get(sector=["ho-tich", "con-dau"], online_level="4").json()
        assert 0 < narrowed["items_total"] < both["items_total"]
        assert all(item["online_level"]["token"] == "4" for item in narrowed["items"])
        assert all(item["sector"]["token"] in ("ho-tich", "con-dau") for item in narrowed["items"])

    def test_every_criterion(self):
        checks = {
            "agency": ("CATP", lambda item: "CATP" in {a["token"] for a in item["agency"]}),
            "level": ("city", lambda item: "city" in {lv["token"] for lv in item["level"]}),
            "unit": ("20198", lambda item: item["level"] and item["level"][0]["token"] in ("ward", "district")),
            "online_mode": ("full", lambda item: item["online_level"]["token"] == "4"),
            "audience": ("foreigner", lambda item: "foreigner" in {a["token"] for a in item["audience"]}),
            "fee": ("free", lambda item: item["fee"]["total"] == 0),
            "max_days": ("3", lambda item: item["days"] <= 3),
        }
        for name, (value, holds) in checks.items():
            data = self.get(**{name: value, "b_size": "100"}).json()
            assert 0 < data["items_total"] < 47, name
            assert all(holds(item) for item in data["items"]), name

    def test_text_sort_and_batching(self):
        first = self.get(q="giay phep xay dung").json()
        assert first["items"][0]["code"] == "1.009130"
        by_days = self.get(sort_on="days", b_size="5").json()
        days = [item["days"] for item in by_days["items"]]
        assert days == sorted(days) and len(days) == 5
        page = self.get(sort_on="name", b_start="10", b_size="10").json()
        everything = self.get(sort_on="name", b_size="100").json()
        assert [i["code"] for i in page["items"]] == [i["code"] for i in everything["items"][10:20]]
        assert {"@id", "first", "last", "next", "prev"} <= set(page["batching"])

    def test_invisible_services_stay_invisible(self):
        data = self.get(q="nước ngầm").json()
        assert data["items_total"] == 0
        assert self.get(q="tạm thời").json()["items_total"] == 0


class TestServicesErrors(RestTest):
    @pytest.mark.parametrize(
        "params,parameter,fragment",
        [
            ({"sector": "khong-co"}, "sector", "khong-co"),
            ({"level": "country"}, "level", "Cấp thực hiện"),
            ({"online_level": "9"}, "online_level", "tham số online_level"),
            ({"b_size": "-1"}, "b_size", f"từ 1 đến {MAX_BATCH_SIZE}"),
            ({"b_size": "1000000"}, "b_size", "b_size"),
            ({"b_size": "nhiều"}, "b_size", "b_size"),
            ({"b_start": "-3"}, "b_start", "b_start"),
            ({"max_days": "mười"}, "max_days", f"từ 0 đến {MAX_DAYS}"),
            ({"sort_on": "price"}, "sort_on", "relevance"),
            ({"q": "giấy\x00phép"}, "q", "không hợp lệ"),
            ({"q": "x" * 300}, "q", "200"),
            ({"q": "???"}, "q", "chữ hoặc chữ số"),
        ],
    )
    def test_bad_parameter_is_a_400_in_vietnamese(self, params, parameter, fragment):
        response = self.get(**params)
        assert response.status_code == 400
        assert response.headers["Content-Language"] == "vi"
        error = response.json()["error"]
        assert error["type"] == "BadRequest"
        assert [item["field"] for item in error["errors"]] == [parameter]
        assert fragment in error["message"]
        assert "Traceback" not in response.text

    def test_undecodable_text_is_a_400(self):
        response = self.api.get("@services?q=gi%FF%FEy")
        assert response.status_code == 400
        assert [item["field"] for item in response.json()["error"]["errors"]] == ["q"]

    def test_english_when_the_caller_asks_for_english(self):
        response = self.get(sector="khong-co", headers={"Accept-Language": "en-US,en;q=0.9"})
        assert response.status_code == 400
        assert response.headers["Content-Language"] == "en"
        _ = MessageFactory("danang.portal")
        criterion = _("label_sector", default="Lĩnh vực")
        expected = _(
            "error_unknown_value",
            default="Không có giá trị “${value}” cho tiêu chí “${criterion}” (tham số ${name}).",
            mapping={"value": "khong-co", "criterion": criterion, "name": "sector"},
        )
        message = response.json()["error"]["message"]
        assert message == translate_message(expected, target_language="en")
        assert "khong-co" in message and not message.startswith("Không có giá trị")
        # An explicit language choice wins over the header.
        chosen = self.get(sector="khong-co", set_language="vi", headers={"Accept-Language": "en"})
        assert chosen.headers["Content-Language"] == "vi"

    def test_vietnamese_by_default_and_for_other_languages(self):
        assert self.get(sector="x").headers["Content-Language"] == "vi"
        assert self.get(sector="x", headers={"Accept-Language": "fr"}).headers["Content-Language"] == "vi"


class TestPloneRestApiForAnonymous(RestTest):
    def test_search_with_custom_indexes_and_metadata(self):
        response = self.get(
            "@search",
            portal_type="Service",
            sector="ho-tich",
            **{"levels": "ward", "online_level:int": "4", "metadata_fields": ["code", "sector", "online_level", "processing_days", "fee_kind"]},
        )
        assert response.status_code == 200
        items = response.json()["items"]
        assert items and {item["code"] for item in items} >= {"1.001193"}
        item = next(item for item in items if item["code"] == "1.001193")
        assert item["sector"] == "ho-tich" and item["online_level"] == 4 and item["fee_kind"] == "free"

    def test_search_with_the_vietnamese_text_index(self):
        response = self.get("@search", portal_type="Service", service_text="dang ky khai sinh", metadata_fields="code")
        assert "1.001193" in {item["code"] for item in response.json()["items"]}

    def test_service_json_has_its_structured_fields(self):
        url = self.get(q="1.009130").json()["items"][0]["@id"]
        response = self.api.get(url)
        assert response.status_code == 200
        data = response.json()
        assert data["code"] == "1.009130"
        assert data["sector"] == {"token": "hoat-dong-xay-dung", "title": "Hoạt động xây dựng"}
        assert data["levels"] == [{"token": "district", "title": "Cấp quận, huyện"}]
        assert [(fee["name"], fee["amount"]) for fee in data["fees"]] == [("Lệ phí cấp giấy phép xây dựng", 75000)]
        assert data["steps"][0].startswith("Bước 1")
        assert data["processing_time"] == 15

    @pytest.mark.parametrize(
        "name,token,title",
        [
            ("danang.portal.Sectors", "ho-tich", "Hộ tịch"),
            ("danang.portal.Agencies", "CATP", "Công an thành phố Đà Nẵng"),
            ("danang.portal.Units", "20287", "Phường Hoà Quý (Quận Ngũ Hành Sơn)"),
        ],
    )
    def test_vocabularies(self, name, token, title):
        response = self.get(f"@vocabularies/{name}", b_size="-1")
        assert response.status_code == 200, response.text
        terms = {item["token"]: item["title"] for item in response.json()["items"]}
        assert terms[token] == title


def test_catalogue_vocabularies_are_readable_by_anyone_who_may_view():
    # plone.restapi looks the permission up in this mapping; "View" is granted to Anonymous on a
    # published site (the tests above check the endpoint itself).
    from danang.portal.services.vocabularies import PUBLIC_VOCABULARIES
    from plone.app.content.browser.vocabulary import PERMISSIONS

    for name in ("danang.portal.Sectors", "danang.portal.Agencies", "danang.portal.Units"):
        assert name in PUBLIC_VOCABULARIES and PERMISSIONS[name] == "View"


class TestTextIndexWords(RestTest):
    """The 503 of a word known to the lexicon and absent from an index (catalogue/matching.py)."""

    def test_added_then_removed_word(self):
        import transaction

        service = self.portal["thu-tuc"][
            [brain.getId for brain in self.portal.portal_catalog(portal_type="Service", code="1.009130")][0]
        ]
        original = service.description
        word = "xuonglongvu"
        try:
            service.description = f"{original} {word}"
            service.reindexObject()
            transaction.commit()
            found = self.get(q=word)
            assert found.status_code == 200
            assert [item["code"] for item in found.json()["items"]] == ["1.009130"]
            service.description = original
            service.reindexObject()
            transaction.commit()
            for query in (word, f"xin giấy phép {word}"):
                response = self.get(q=query)
                assert response.status_code == 200, response.text
                assert response.json()["items_total"] == 0
        finally:
            service.description = original
            service.reindexObject()
            transaction.commit()


class TestUnexpectedErrors(RestTest):
    """An unexpected error answers 500 with a plain message and an incident number only."""

    def test_no_internal_exception_in_the_answer(self, monkeypatch):
        from danang.portal.services.services import get

        def broken(*args, **kwargs):
            raise KeyError(216861726)

        monkeypatch.setattr(get, "search", broken)
        response = self.get(q="xin")
        assert response.status_code == 500
        body = response.json()["error"]
        assert body["type"] == "InternalServerError"
        assert "KeyError" not in response.text and "216861726" not in response.text
        assert "traceback" not in body
        assert body["incident"] in body["message"]
        assert body["message"].startswith("Hệ thống gặp lỗi ngoài ý muốn")
        english = self.get(q="xin", headers={"Accept-Language": "en"}).json()["error"]
        assert english["message"].startswith("The system met an unexpected error")

    def test_client_errors_have_the_one_error_body(self):
        response = self.get("khong-co-trang-nay/@services")
        assert response.status_code == 404
        assert response.json()["error"]["type"] == "NotFound"


class TestServicesUnderstanding(RestTest):
    """How the text was understood: synonyms, stop words, suggestion; failed queries counted."""

    def test_synonym_is_shown(self):
        data = self.get(q="báo tử lưu động").json()
        assert data["items"][0]["code"] == "1.000419"
        assert data["understood"] == {
            "text": "khai tử lưu động",
            "message": "Kết quả cho: khai tử lưu động",
            "replacements": [{"typed": "báo tử", "searched": "khai tử"}],
        }
        assert data["suggestion"] is None
        english = self.get(q="báo tử lưu động", headers={"Accept-Language": "en"}).json()
        assert english["understood"]["message"] == "Results for: khai tử lưu động"

    def test_as_typed(self):
        data = self.get(q="khai sinh").json()
        assert data["understood"] is None and data["ignored"] == []

    def test_stop_words_are_listed(self):
        data = self.get(q="làm giấy khai sinh cho con ở đâu").json()
        assert data["items"][0]["code"] == "1.001193"
        assert "ở" in data["ignored"] or "ở đâu" in " ".join(data["ignored"])

    def test_suggestion_when_nothing_is_found(self):
        data = self.get(q="khai ssinhh", sector="ho-tich").json()
        assert data["items_total"] == 0
        assert data["suggestion"]["text"] == "khai sinh"
        assert data["suggestion"]["message"] == "Có phải bạn muốn tìm: khai sinh"
        assert data["suggestion"]["@id"].endswith("@services?sector=ho-tich&q=khai+sinh")
        assert self.api.get(data["suggestion"]["@id"]).json()["items_total"] > 0

    def test_without_text_no_understanding(self):
        data = self.get(sector="ho-tich").json()
        assert data["understood"] is None and data["suggestion"] is None
