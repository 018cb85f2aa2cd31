"""plone.restapi's @search and @querystring on the portal: Vietnamese folding for services, the
catalogue's indexes as querystring fields (services/search/query.py, registry/querystring.xml)."""

import requests
import unicodedata

TIMEOUT = 30
JSON = {"Accept": "application/json"}


def found(url, **params):
    answer = requests.get(f"{url}/@search", params={"portal_type": "Service", **params}, headers=JSON,
                          timeout=TIMEOUT)
    assert answer.status_code == 200, answer.text[:300]
    return [item["@id"].rsplit("/", 1)[-1] for item in answer.json()["items"]]


def test_searchable_text_of_services_folds_vietnamese(api_site):
    url = api_site["url"]
    typed = "giấy phép xây dựng"
    for text in (typed, "giay phep xay dung", unicodedata.normalize("NFD", typed), "GIẤY PHÉP XÂY DỰNG"):
        assert found(url, SearchableText=text) == ["1.009130"], text
    # The whole record, as the portal's search: the code too.
    assert found(url, SearchableText="1.009130") == ["1.009130"]
    assert found(url, SearchableText="khai sinh") == []
    portal = requests.get(f"{url}/@services", params={"q": "giay phep xay dung"}, headers=JSON, timeout=TIMEOUT)
    assert portal.json()["items_total"] == 1


def test_the_catalogue_indexes_are_querystring_fields(api_site):
    url = api_site["url"]
    indexes = requests.get(f"{url}/@querystring", headers=JSON, timeout=TIMEOUT).json()["indexes"]
    for name in ("sector", "agency", "levels", "online_level", "code", "service_text"):
        assert indexes[name]["enabled"], name
    assert "UBND-492" in indexes["agency"]["values"]

    def search(*criteria):
        query = [{"i": "portal_type", "o": "plone.app.querystring.operation.selection.any", "v": ["Service"]},
                 *({"i": i, "o": f"plone.app.querystring.operation.{o}", "v": v} for i, o, v in criteria)]
        answer = requests.post(f"{url}/@querystring-search", json={"query": query}, headers=JSON, timeout=TIMEOUT,
                               auth=("admin", "secret"))
        assert answer.status_code == 200, answer.text[:300]
        return answer.json()["items_total"]

    assert search(("sector", "selection.any", ["hoat-dong-xay-dung"])) == 1
    assert search(("sector", "selection.any", ["ho-tich"])) == 0
    assert search(("levels", "selection.any", ["district"]), ("online_level", "int.is", "3")) == 1
    assert search(("code", "string.is", "1.009130")) == 1
    assert search(("service_text", "string.contains", "giay phep")) == 1
