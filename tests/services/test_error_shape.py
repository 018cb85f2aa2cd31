"""One error body on every REST call of the portal, in the caller's language (services/errors.py)."""

from tests.fixtures import accounts as testing

import pytest
import requests

TIMEOUT = 30
JSON = {"Accept": "application/json"}

# path, method, status, type, field
REFUSALS = (
    ("/khong-co-trang-nay", "GET", 404, "NotFound", None),
    ("/++api++/khong-co/@services", "GET", 404, "NotFound", None),
    ("/@worklist", "GET", 401, "Unauthorized", None),
    ("/@agent-dossiers", "GET", 401, "Unauthorized", None),
    ("/@services?b_size=10&b_size=10", "GET", 400, "BadRequest", "b_size"),
    ("/@search?b_size=10&b_size=10", "GET", 400, "BadRequest", "b_size"),
    ("/@search?b_size=abc", "GET", 400, "BadRequest", "b_size"),
    ("/@search?b_start=x", "GET", 400, "BadRequest", "b_start"),
    ("/@services?b_size=nhiều", "GET", 400, "BadRequest", "b_size"),
    ("/@dossiers", "POST", 401, "Unauthorized", None),
    ("/@dossier-status", "POST", 400, "BadRequest", None),
    ("/@dossier-status", "GET", 405, "MethodNotAllowed", None),
)


def assert_error_body(response, status, kind, field):
    assert response.status_code == status, response.text[:300]
    assert response.headers["Content-Type"].startswith("application/json")
    assert "no-store" in response.headers["Cache-Control"]
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"type", "message", "errors"}
    assert error["type"] == kind
    assert error["message"] and "Traceback" not in response.text
    assert all(set(item) == {"field", "message"} for item in error["errors"])
    assert [item["field"] for item in error["errors"]] == ([field] if field else [])
    return error


def test_every_refusal_has_the_one_body_in_the_callers_language(functional):
    url = testing.site_url(functional)
    session = requests.Session()
    for path, method, status, kind, field in REFUSALS:
        vietnamese = session.request(method, url + path, headers=JSON, data=b"[]", timeout=TIMEOUT,
                                     allow_redirects=False)
        error = assert_error_body(vietnamese, status, kind, field)
        assert vietnamese.headers["Content-Language"] == "vi", path
        english = session.request(method, url + path, headers={**JSON, "Accept-Language": "en"}, data=b"[]",
                                  timeout=TIMEOUT, allow_redirects=False)
        in_english = assert_error_body(english, status, kind, field)
        assert english.headers["Content-Language"] == "en", path
        if method == "GET" and status != 405:
            assert in_english["message"] != error["message"], path


def test_messages_say_what_to_do(functional):
    url = testing.site_url(functional)
    repeated = requests.get(f"{url}/@search?b_size=10&b_size=10", headers=JSON, timeout=TIMEOUT).json()["error"]
    assert repeated["message"] == "Tham số b_size chỉ được có một giá trị số nguyên."
    english = requests.get(f"{url}/@services?b_size=10&b_size=10", headers={**JSON, "Accept-Language": "en"},
                           timeout=TIMEOUT).json()["error"]
    assert "b_size" in english["message"] and "one whole number value" in english["message"]
    anonymous = requests.get(f"{url}/@worklist", headers=JSON, timeout=TIMEOUT).json()["error"]
    assert "@login" in anonymous["message"]
    missing = requests.get(f"{url}/khong-co-trang-nay", headers=JSON, timeout=TIMEOUT).json()["error"]
    assert missing["message"] == f"Không tìm thấy địa chỉ {url}/khong-co-trang-nay."


@pytest.mark.parametrize("path", ["/@search?b_size=5&b_start=10", "/@vocabularies/danang.portal.Units?b_size=-1"])
def test_readable_batching_still_works(functional, path):
    response = requests.get(testing.site_url(functional) + path, headers=JSON, timeout=TIMEOUT)
    assert response.status_code == 200, response.text[:300]


def test_an_error_a_standard_service_returns_has_the_same_keys(functional):
    # plone.restapi's @workflow returns its refusal (an unknown transition) instead of raising it.
    from plone.app.testing import SITE_OWNER_NAME
    from plone.app.testing import SITE_OWNER_PASSWORD

    url = testing.site_url(functional)
    response = requests.post(f"{url}/thong-tin/@workflow/khong-co-chuyen-trang-thai-nay", headers=JSON,
                             auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD), timeout=TIMEOUT)
    assert response.status_code == 400, response.text[:300]
    error = response.json()["error"]
    assert set(error) == {"type", "message", "errors"} and error["errors"] == []
    assert response.headers["Cache-Control"] == "private, no-store"
