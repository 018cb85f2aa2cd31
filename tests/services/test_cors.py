"""CORS for the origins listed in the registry, credentials only for them (services/cors.py)."""

from plone import api
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import TEST_USER_PASSWORD

import requests
import transaction

TIMEOUT = 30
APP = "https://app.danang.gov.vn"
OTHER = "https://evil.example"
RECORD = "danang.portal.api.cors_allowed_origins"


def preflight(url, origin, method="GET", headers="authorization,content-type"):
    return requests.options(url, timeout=TIMEOUT, headers={
        "Origin": origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": headers})


def test_no_origin_is_allowed_on_a_new_site(api_site):
    assert api.portal.get_registry_record(RECORD) == []
    answer = requests.get(f"{api_site['url']}/@services", headers={"Accept": "application/json", "Origin": APP},
                          timeout=TIMEOUT)
    assert answer.status_code == 200
    assert "Access-Control-Allow-Origin" not in answer.headers
    assert "Access-Control-Allow-Origin" not in preflight(f"{api_site['url']}/@services", APP).headers


def test_listed_origins_get_cors_with_credentials_others_nothing(api_site):
    api.portal.set_registry_record(RECORD, [APP + "/"])
    transaction.commit()
    url = f"{api_site['url']}/@services"
    allowed = preflight(url, APP)
    assert allowed.status_code == 200
    assert allowed.headers["Access-Control-Allow-Origin"] == APP
    assert allowed.headers["Access-Control-Allow-Credentials"] == "true"
    assert allowed.headers["Access-Control-Allow-Methods"] == "GET"
    assert {"authorization", "content-type"} <= {
        name.strip().lower() for name in allowed.headers["Access-Control-Allow-Headers"].split(",")}
    assert int(allowed.headers["Access-Control-Max-Age"]) > 0
    post = preflight(f"{api_site['url']}/@dossiers", APP, method="POST")
    assert post.headers["Access-Control-Allow-Methods"] == "POST"
    refused = preflight(url, OTHER)
    assert "Access-Control-Allow-Origin" not in refused.headers
    simple = requests.get(url, headers={"Accept": "application/json", "Origin": APP}, timeout=TIMEOUT)
    assert simple.headers["Access-Control-Allow-Origin"] == APP
    assert simple.headers["Access-Control-Allow-Credentials"] == "true"
    assert "ETag" in simple.headers["Access-Control-Expose-Headers"]
    assert "Origin" in simple.headers["Vary"]
    other = requests.get(url, headers={"Accept": "application/json", "Origin": OTHER}, timeout=TIMEOUT)
    assert "Access-Control-Allow-Origin" not in other.headers
    assert "Origin" in other.headers["Vary"]
    # Errors too: the app can read why it was refused.
    refusal = requests.get(f"{api_site['url']}/@worklist", headers={"Accept": "application/json", "Origin": APP},
                           timeout=TIMEOUT)
    assert refusal.status_code == 401
    assert refusal.headers["Access-Control-Allow-Origin"] == APP
    # A JWT from @login works cross-origin (Authorization is an allowed header).
    token = requests.post(f"{api_site['url']}/@login", json={"login": TEST_USER_NAME, "password": TEST_USER_PASSWORD},
                          headers={"Accept": "application/json", "Origin": APP}, timeout=TIMEOUT)
    assert token.status_code == 200, token.text[:300]
    assert token.headers["Access-Control-Allow-Origin"] == APP


def test_a_star_lets_any_origin_read_without_credentials(api_site):
    api.portal.set_registry_record(RECORD, [APP, "*"])
    transaction.commit()
    url = f"{api_site['url']}/@services"
    other = requests.get(url, headers={"Accept": "application/json", "Origin": OTHER}, timeout=TIMEOUT)
    assert other.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in other.headers
    listed = requests.get(url, headers={"Accept": "application/json", "Origin": APP}, timeout=TIMEOUT)
    assert listed.headers["Access-Control-Allow-Credentials"] == "true"
