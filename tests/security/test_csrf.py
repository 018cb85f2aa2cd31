"""Cross-site writes through the REST API with the session cookie are refused; tokens, Basic
auth and the portal's own pages keep working.

The attacker's page makes the citizen's browser send a ``text/plain`` (or form) POST, with the
portal's ``__ac`` cookie, from another origin: that request needs no CORS preflight.
"""

from plone import api
from security_http import form_login
from tests.fixtures import accounts as testing

import json
import pytest
import requests
import transaction

EVIL = "https://evil.example"
TIMEOUT = 30


@pytest.fixture
def site(dossier_site):
    url = dossier_site["url"]
    browser, answer = form_login(url, testing.CITIZEN["username"], testing.CITIZEN["password"])
    assert "__ac" in browser.cookies, answer.text[:300]
    return {**dossier_site, "api": f"{url}/++api++", "browser": browser}


def state(site):
    transaction.begin()
    return api.content.get_state(site["portal"].unrestrictedTraverse(site["path"]))


def forged(site, target, body="{}", content_type="text/plain", origin=EVIL):
    headers = {"Content-Type": content_type, "Accept": "application/json"}
    if origin:
        headers["Origin"] = origin
    return site["browser"].post(target, data=body, headers=headers, allow_redirects=False, timeout=TIMEOUT)


def assert_refused(response):
    assert response.status_code == 403, response.text[:500]
    assert "application/json" in response.headers["Content-Type"]
    assert "Traceback" not in response.text


def test_cross_origin_text_plain_withdraw_is_refused(site):
    before = state(site)
    response = forged(site, f"{site['api']}/{site['path']}/@workflow/withdraw", body='{"comment": "x"}')
    assert_refused(response)
    assert "JSON" in response.json()["error"]["message"]
    assert state(site) == before


def test_cross_origin_json_withdraw_is_refused(site):
    before = state(site)
    response = forged(site, f"{site['api']}/{site['path']}/@workflow/withdraw", content_type="application/json")
    assert_refused(response)
    assert "không xuất phát từ trang của cổng" in response.json()["error"]["message"]
    assert state(site) == before


def test_withdraw_without_origin_or_referer_is_refused(site):
    before = state(site)
    response = forged(site, f"{site['api']}/{site['path']}/@workflow/withdraw", content_type="application/json", origin=None)
    assert_refused(response)
    assert state(site) == before


def test_cross_origin_submission_and_payment_are_refused(site):
    before = state(site)
    response = forged(site, f"{site['api']}/@dossiers", body=json.dumps({"service": "1.009130"}))
    assert_refused(response)
    response = forged(site, f"{site['url']}/{site['path']}/@payment", content_type="application/x-www-form-urlencoded",
                      body="a=b")
    # A REST request by its Accept header, with a form body: refused.
    assert_refused(response)
    response = forged(site, f"{site['api']}/{site['path']}/@payment")
    assert_refused(response)
    assert state(site) == before


def test_english_message_when_asked(site):
    response = site["browser"].post(
        f"{site['api']}/{site['path']}/@workflow/withdraw", data="{}",
        headers={"Content-Type": "text/plain", "Origin": EVIL, "Accept-Language": "en"}, timeout=TIMEOUT,
    )
    assert response.status_code == 403 and "JSON body" in response.json()["error"]["message"]


def test_same_origin_json_write_with_the_cookie_works(site):
    before = state(site)
    response = forged(site, f"{site['api']}/{site['path']}/@workflow/withdraw", content_type="application/json",
                      origin=site["origin"], body='{"comment": "Tôi rút hồ sơ"}')
    assert response.status_code == 200, response.text[:500]
    assert state(site) != before


def test_same_origin_by_referer_works(site):
    response = site["browser"].post(
        f"{site['api']}/{site['path']}/@workflow/withdraw", data='{"comment": "x"}',
        headers={"Content-Type": "application/json", "Accept": "application/json",
                 "Referer": f"{site['url']}/{site['path']}"}, timeout=TIMEOUT,
    )
    assert response.status_code == 200, response.text[:500]


def test_basic_auth_from_anywhere_is_not_a_forgery(site):
    response = requests.post(
        f"{site['api']}/{site['path']}/@workflow/withdraw", data='{"comment": "x"}',
        auth=(testing.CITIZEN["username"], testing.CITIZEN["password"]),
        headers={"Content-Type": "application/json", "Accept": "application/json", "Origin": EVIL}, timeout=TIMEOUT,
    )
    assert response.status_code == 200, response.text[:500]


def test_a_token_from_anywhere_is_not_a_forgery(site):
    token = requests.post(f"{site['url']}/@login", json=dict(login=testing.CITIZEN["username"],
                          password=testing.CITIZEN["password"]), headers={"Accept": "application/json"},
                          timeout=TIMEOUT).json()["token"]
    response = requests.post(
        f"{site['api']}/{site['path']}/@workflow/withdraw", data='{"comment": "x"}',
        headers={"Content-Type": "application/json", "Accept": "application/json", "Origin": EVIL,
                 "Authorization": f"Bearer {token}"}, timeout=TIMEOUT,
    )
    assert response.status_code == 200, response.text[:500]
