"""POST /plone/@dossier-status: the public look-up contract and its failures; GET is refused.
The throttle's policy is tested in tests/lookup/test_throttle.py.

Against the functional layer's real WSGI server; the dossier is created by create_dossier (the
same code as the e-form and the REST submission).
"""

from danang.portal.lookup import query as lookup_query
from danang.portal.lookup.throttle import BACKOFF
from tests.fixtures import accounts as testing

import pytest
import requests
import statistics
import time
import transaction

PERSONAL = ("Nguyễn Thị Hoà", "Hoà", "12 Lê Duẩn", "hoa.nguyen@example.com", "048190001234", "0905123456")


@pytest.fixture(autouse=True)
def _fresh_throttle():
    BACKOFF.reset()
    yield
    BACKOFF.reset()


@pytest.fixture
def site(functional):
    portal = functional["portal"]
    service = testing.add_catalogue(portal)
    dossier = testing.submit_as(service)
    transaction.commit()
    return {"portal": portal, "dossier": dossier, "code": dossier.dossier_code, "url": testing.site_url(functional)}


def status(site, headers=None, **params):
    return requests.post(
        f"{site['url']}/@dossier-status",
        json=params,
        headers={"Accept": "application/json", **(headers or {})},
        timeout=30,
    )


@pytest.mark.parametrize("phone", ["0905 123 456", "0905123456", "+84 905 123 456", "0905.123.456"])
def test_code_and_phone_answer_the_status_and_nothing_personal(site, phone):
    response = status(site, code=site["code"], phone=phone)
    assert response.status_code == 200, response.text
    data = response.json()
    assert set(data) == {"@id", "code", "status", "unit", "received", "due", "history"}
    assert data["@id"].endswith("/@dossier-status")
    assert data["code"] == site["code"]
    assert data["status"] == {"code": 1, "title": "Mới đăng ký"}
    assert data["unit"] == "UBND quận Hải Châu"
    dossier = site["dossier"]
    assert data["received"] == dossier.received.isoformat()
    assert data["received"].endswith("+07:00")
    assert data["due"] == dossier.due.isoformat()
    assert [set(entry) for entry in data["history"]] == [{"status", "time", "comment"}]
    assert data["history"][0]["status"] == {"code": 1, "title": "Mới đăng ký"}
    assert data["history"][0]["time"] == data["received"]
    for personal in PERSONAL:
        assert personal not in response.text
    assert "no-store" in response.headers["Cache-Control"]


def test_code_and_id_number_answer_the_status(site):
    response = status(site, code=site["code"], id_number="0481 9000 1234")
    assert response.status_code == 200
    assert response.json()["code"] == site["code"]


def test_both_factors_must_match_when_both_are_given(site):
    assert status(site, code=site["code"], phone="0905123456", id_number="048190001234").status_code == 200
    assert status(site, code=site["code"], phone="0905123456", id_number="048190009999").status_code == 404


def test_later_statuses_and_comments_are_in_the_history(site):
    dossier = site["dossier"]
    from danang.portal.dossier.history import record_status

    record_status(dossier, "received", comment="Hồ sơ hợp lệ")
    transaction.commit()
    history = status(site, code=site["code"], phone="0905123456").json()["history"]
    assert [entry["status"]["code"] for entry in history] == [1, 2]
    assert history[1]["status"]["title"] == "Được tiếp nhận"
    assert history[1]["comment"] == "Hồ sơ hợp lệ"


def test_english_titles_and_messages_on_request(site):
    response = status(site, headers={"Accept-Language": "en"}, code=site["code"], phone="0905123456")
    assert response.headers["Content-Language"] == "en"
    assert response.json()["status"]["title"] == "Newly submitted"
    response = status(site, headers={"Accept-Language": "en"}, code=site["code"], phone="0935000000")
    assert response.json()["error"]["message"].startswith("No dossier")


def test_wrong_phone_and_unknown_code_say_not_found_the_same_way(site):
    unit, day, _sequence = site["code"].rsplit("-", 2)
    wrong_phone = status(site, code=site["code"], phone="0935000000")
    unknown_code = status(site, code=f"{unit}-{day}-9999", phone="0905123456")
    unknown_unit = status(site, code=f"X99-{day}-0001", phone="0935000000")
    wrong_id = status(site, code=site["code"], id_number="048190000000")
    for response in (wrong_phone, unknown_code, unknown_unit, wrong_id):
        assert response.status_code == 404
        assert response.content == wrong_phone.content
        assert response.headers["Content-Type"] == wrong_phone.headers["Content-Type"]
    error = wrong_phone.json()["error"]
    assert error["type"] == "NotFound"
    assert error["message"].startswith("Không tìm thấy hồ sơ")
    assert set(wrong_phone.json()) == {"error"}


def test_not_found_takes_the_same_time_whether_the_code_exists_or_not(site):
    """In process (the network would drown the difference): the same single catalog query."""
    unit, day, _sequence = site["code"].rsplit("-", 2)
    wrong_phone = lookup_query.LookupQuery(code=site["code"], phone="0935000000")
    unknown_code = lookup_query.LookupQuery(code=f"{unit}-{day}-9999", phone="0905123456")

    def timing(query):
        start = time.perf_counter()
        assert lookup_query.find_dossier(query) is None
        return time.perf_counter() - start

    samples = {"wrong_phone": [], "unknown_code": []}
    for _round in range(60):
        samples["wrong_phone"].append(timing(wrong_phone))
        samples["unknown_code"].append(timing(unknown_code))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    assert abs(medians["wrong_phone"] - medians["unknown_code"]) < max(0.002, 0.5 * max(medians.values())), medians


@pytest.mark.parametrize(
    "params, field",
    [
        ({"phone": "0905123456"}, "code"),
        ({"code": "", "phone": "0905123456"}, "code"),
        ({"code": "not a code", "phone": "0905123456"}, "code"),
        ({"code": "H17.492-2503-0001", "phone": "0905123456"}, "code"),
        ({"code": "A" * 60 + "-250303-0001", "phone": "0905123456"}, "code"),
        ({"code": "H17.492-250303-0001"}, "phone"),
        ({"code": "H17.492-250303-0001", "phone": "090-abc"}, "phone"),
        ({"code": "H17.492-250303-0001", "id_number": "12#4"}, "id_number"),
    ],
)
def test_missing_or_malformed_parameters_are_400_with_a_clear_message(site, params, field):
    response = status(site, **params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "BadRequest"
    assert error["message"]
    assert field in [item["field"] for item in error["errors"]]


def test_a_repeated_field_is_400(site):
    response = status(site, code=[site["code"], site["code"]], phone="0905123456")
    assert response.status_code == 400
    assert response.json()["error"]["errors"][0]["field"] == "code"


@pytest.mark.parametrize("body", ["not json", "[1, 2]", '"text"'])
def test_a_body_that_is_not_a_json_object_is_400(site, body):
    response = requests.post(f"{site['url']}/@dossier-status", data=body,
                             headers={"Accept": "application/json", "Content-Type": "application/json"}, timeout=30)
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "Nội dung yêu cầu phải là một đối tượng JSON hợp lệ."


def test_get_is_refused_with_a_clear_message_and_never_looks_up(site):
    response = requests.get(f"{site['url']}/@dossier-status", params={"code": site["code"], "phone": "0905123456"},
                            headers={"Accept": "application/json"}, timeout=30)
    assert response.status_code == 405
    assert response.headers["Allow"] == "POST"
    error = response.json()["error"]
    assert error["type"] == "MethodNotAllowed"
    assert "POST" in error["message"] and "JSON" in error["message"]
    assert "0905123456" not in response.text and site["code"] not in response.text
    english = requests.get(f"{site['url']}/@dossier-status", params={"code": site["code"]},
                           headers={"Accept": "application/json", "Accept-Language": "en"}, timeout=30)
    assert english.json()["error"]["message"].startswith("Dossier look-ups are sent by POST")


def test_also_under_plus_plus_api_without_an_accept_header(site):
    response = requests.post(f"{site['url']}/++api++/@dossier-status",
                             json={"code": site["code"], "phone": "0905123456"}, timeout=30)
    assert response.status_code == 200
    assert response.json()["code"] == site["code"]


def test_the_code_may_be_typed_in_lower_case(site):
    response = status(site, code=site["code"].lower(), phone="0905123456")
    assert response.status_code == 200, response.text
    assert response.json()["code"] == site["code"]
