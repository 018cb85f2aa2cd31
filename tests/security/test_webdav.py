"""WebDAV methods are off on the site: an existing and a missing dossier answer alike."""

from tests.fixtures import accounts as testing

import pytest
import requests

TIMEOUT = 30


@pytest.fixture
def site(dossier_site):
    return {**dossier_site, "missing": dossier_site["path"].rsplit("-", 1)[0] + "-9999"}


@pytest.mark.parametrize("method", ["PROPFIND", "PROPPATCH", "MKCOL", "LOCK", "UNLOCK", "COPY", "MOVE", "PUT"])
@pytest.mark.parametrize("auth", [None, (testing.OTHER_CITIZEN["username"], testing.OTHER_CITIZEN["password"])])
def test_webdav_answers_405_whether_the_dossier_exists_or_not(site, method, auth):
    answers = []
    for path in (site["path"], site["missing"]):
        response = requests.request(method, f"{site['url']}/{path}", auth=auth, headers={"Depth": "0"},
                                    data="<?xml version='1.0'?><propfind xmlns='DAV:'><allprop/></propfind>",
                                    allow_redirects=False, timeout=TIMEOUT)
        answers.append((response.status_code, response.text))
        assert response.status_code == 405, (path, response.text[:300])
        assert site["dossier"].title not in response.text
        assert testing.CITIZEN["properties"]["fullname"] not in response.text
    assert answers[0] == answers[1]


def test_rest_put_is_not_webdav(site):
    response = requests.put(f"{site['url']}/++api++/{site['path']}", json={},
                            headers={"Accept": "application/json"}, timeout=TIMEOUT)
    assert response.status_code != 405


@pytest.mark.parametrize("method", ["getId", "Title", "absolute_url", "getPhysicalPath"])
def test_a_dossiers_methods_reveal_nothing_to_others(site, method):
    other = (testing.OTHER_CITIZEN["username"], testing.OTHER_CITIZEN["password"])
    for auth in (None, other):
        existing = requests.get(f"{site['url']}/{site['path']}/{method}", auth=auth, allow_redirects=False,
                                timeout=TIMEOUT)
        missing = requests.get(f"{site['url']}/{site['missing']}/{method}", auth=auth, allow_redirects=False,
                               timeout=TIMEOUT)
        assert existing.status_code == missing.status_code == 404, (method, auth, existing.text[:200])
        assert site["dossier"].dossier_code not in existing.text
    owner = (testing.CITIZEN["username"], testing.CITIZEN["password"])
    mine = requests.get(f"{site['url']}/{site['path']}/getId", auth=owner, timeout=TIMEOUT)
    assert mine.status_code == 200
