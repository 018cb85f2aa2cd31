"""gzip for clients that accept it, through the instance pipeline (publisher/compression.py)."""

from danang.portal.publisher.compression import accepts_gzip

import gzip
import json
import pytest
import requests

TIMEOUT = 30


@pytest.mark.parametrize(
    "header, accepted",
    [("gzip, deflate, br", True), ("br;q=1.0, gzip;q=0.8", True), ("gzip;q=0", False), ("identity", False),
     ("*", True), ("", False), ("gzip;q=abc", False)],
)
def test_accepts_gzip(header, accepted):
    assert accepts_gzip({"HTTP_ACCEPT_ENCODING": header}) is accepted


def test_json_and_pages_are_compressed_files_are_not(api_site):
    url = api_site["url"]
    plain = requests.get(f"{url}/@services", headers={"Accept": "application/json", "Accept-Encoding": "identity"},
                         timeout=TIMEOUT)
    assert "Content-Encoding" not in plain.headers
    assert "Accept-Encoding" in plain.headers["Vary"]
    # Decoded by hand, to compare the bytes that travelled.
    raw = requests.get(f"{url}/@services", headers={"Accept": "application/json", "Accept-Encoding": "gzip"},
                       timeout=TIMEOUT, stream=True)
    data = raw.raw.read()
    assert raw.headers["Content-Encoding"] == "gzip"
    assert int(raw.headers["Content-Length"]) == len(data) < len(plain.content)
    assert json.loads(gzip.decompress(data)) == plain.json()
    assert "Accept-Encoding" in raw.headers["Vary"]
    page = requests.get(url, headers={"Accept-Encoding": "gzip"}, timeout=TIMEOUT)
    assert page.headers["Content-Encoding"] == "gzip"
    assert "<html" in page.text
    image = requests.get(f"{url}/++plone++static/plone-toolbarlogo.png", headers={"Accept-Encoding": "gzip"},
                         timeout=TIMEOUT)
    assert image.status_code == 200
    assert "Content-Encoding" not in image.headers
