"""Public answers carry validators and a short public max-age and answer 304; personal answers
and every error are private, no-store (services/base.py, services/errors.py)."""

from plone.app.testing import TEST_USER_NAME
from plone.app.testing import TEST_USER_PASSWORD

import requests

TIMEOUT = 30
JSON = {"Accept": "application/json"}


def test_public_answers_are_validated_and_answer_304(api_site):
    session = requests.Session()
    for path in ("/@services?level=district", "/@statistics"):
        url = api_site["url"] + path
        first = session.get(url, headers=JSON, timeout=TIMEOUT)
        assert first.status_code == 200
        assert first.headers["Cache-Control"].startswith("public, max-age=60, s-maxage=")
        etag = first.headers["ETag"]
        assert etag.startswith('W/"')
        assert "Accept-Language" in first.headers["Vary"]
        again = session.get(url, headers={**JSON, "If-None-Match": etag}, timeout=TIMEOUT)
        assert again.status_code == 304
        assert again.content == b""
        assert again.headers["ETag"] == etag
        # Compressed, the same validator holds (the filter keeps a weak ETag as it is).
        gzipped = session.get(url, headers={**JSON, "Accept-Encoding": "gzip", "If-None-Match": etag},
                              timeout=TIMEOUT)
        assert gzipped.status_code == 304
        # Another language is another representation.
        english = session.get(url, headers={**JSON, "Accept-Language": "en", "If-None-Match": etag},
                              timeout=TIMEOUT)
        assert english.status_code == 200 and english.headers["ETag"] != etag
    services = session.get(f"{api_site['url']}/@services", headers=JSON, timeout=TIMEOUT)
    modified = services.headers["Last-Modified"]
    assert modified.endswith("GMT")
    assert session.get(f"{api_site['url']}/@services", headers={**JSON, "If-Modified-Since": modified},
                       timeout=TIMEOUT).status_code == 304
    assert session.get(f"{api_site['url']}/@services",
                       headers={**JSON, "If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"},
                       timeout=TIMEOUT).status_code == 200


def test_personal_answers_and_errors_are_not_kept(api_site):
    url = api_site["url"]
    anonymous = requests.get(f"{url}/@worklist", headers=JSON, timeout=TIMEOUT)
    assert anonymous.status_code == 401
    assert anonymous.headers["Cache-Control"] == "private, no-store, max-age=0"
    worklist = requests.get(f"{url}/@worklist", headers=JSON, auth=(TEST_USER_NAME, TEST_USER_PASSWORD),
                            timeout=TIMEOUT)
    assert worklist.headers["Cache-Control"] == "private, no-store, max-age=0"
    assert "ETag" not in worklist.headers
    refused = requests.get(f"{url}/@services?b_size=0", headers=JSON, timeout=TIMEOUT)
    assert refused.status_code == 400
    assert refused.headers["Cache-Control"] == "private, no-store, max-age=0"
    assert "ETag" not in refused.headers
