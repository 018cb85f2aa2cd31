"""Dossier URLs answer a stranger exactly like a missing dossier: same status, body and headers.

An anonymous visitor or another citizen asking for an existing dossier, its views or its files
gets the site's 404, as for a code that does not exist (no redirect to the login that would say
the dossier is there); the owner keeps the pages (officials: tests/desk), security/dossier_privacy.py.
"""

from tests.fixtures import accounts as testing

import pytest
import requests

TIMEOUT = 30
OTHER = (testing.OTHER_CITIZEN["username"], testing.OTHER_CITIZEN["password"])
OWNER = (testing.CITIZEN["username"], testing.CITIZEN["password"])
# Headers that differ between any two answers.
VARYING = {"date", "x-request-id"}
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture
def site(dossier_site):
    return {**dossier_site, "missing": dossier_site["path"].rsplit("-", 1)[0] + "-9999"}


def answer(site, method, path, auth=None, **kwargs):
    response = requests.request(method, f"{site['url']}/{path}", auth=auth, allow_redirects=False,
                                timeout=TIMEOUT, **kwargs)
    headers = {name.lower(): value for name, value in response.headers.items() if name.lower() not in VARYING}
    # The page names the URL asked for: compare it with the code put back.
    body = response.text.replace(site["missing"], site["path"])
    return response.status_code, headers, body


CASES = [
    ("GET", "", BROWSER), ("GET", "/view", BROWSER), ("GET", "/@@dossier-actions", BROWSER),
    ("GET", "/nonexistent-file", BROWSER), ("GET", "", "*/*"), ("HEAD", "", BROWSER),
    ("POST", "", BROWSER), ("POST", "/@@dossier-actions", BROWSER),
]


@pytest.mark.parametrize(("method", "suffix", "accept"), CASES)
@pytest.mark.parametrize("auth", [None, OTHER], ids=["anonymous", "other-citizen"])
def test_an_existing_dossier_answers_like_a_missing_one(site, method, suffix, accept, auth):
    existing = answer(site, method, site["path"] + suffix, auth=auth, headers={"Accept": accept})
    missing = answer(site, method, site["missing"] + suffix, auth=auth, headers={"Accept": accept})
    assert existing[0] == 404, (suffix, existing[0])
    assert "location" not in existing[1]
    assert existing == missing
    assert site["dossier"].title not in existing[2]


def test_rest_calls_answer_like_a_missing_dossier(site):
    for auth in (None, OTHER):
        existing = answer(site, "GET", "++api++/" + site["path"], auth=auth)
        missing = answer(site, "GET", "++api++/" + site["missing"], auth=auth)
        assert existing[0] == 404
        assert existing == missing


def test_the_owner_keeps_the_page_and_the_rest_answer(site):
    mine = requests.get(f"{site['url']}/{site['path']}", auth=OWNER, timeout=TIMEOUT)
    assert mine.status_code == 200
    assert site["dossier"].dossier_code in mine.text
    api = requests.get(f"{site['url']}/++api++/{site['path']}", auth=OWNER, timeout=TIMEOUT)
    assert api.status_code == 200


def test_the_not_found_page_offers_the_login(site):
    status, _headers, body = answer(site, "GET", site["path"], headers={"Accept": BROWSER})
    assert status == 404
    assert "/login" in body


def test_a_login_elsewhere_still_redirects_to_the_login_form(site):
    response = requests.get(f"{site['url']}/@@overview-controlpanel", allow_redirects=False, timeout=TIMEOUT)
    assert response.status_code in (302, 303)
    assert "login" in response.headers["Location"]
