"""HEAD answers like GET without a body, on one keep-alive connection (publisher/head.py)."""

import http.client

TIMEOUT = 30

PATHS = (
    ("", "text/html"),
    ("/thu-tuc", "text/html"),
    ("/@services", "application/json"),
    ("/++api++/@search?portal_type=Service", "*/*"),
    ("/@vocabularies/danang.portal.Sectors", "application/json"),
    ("/khong-co-trang-nay", "application/json"),
)


def test_head_answers_like_get_without_a_body(api_site):
    connection = http.client.HTTPConnection(api_site["host"], api_site["port"], timeout=TIMEOUT)
    try:
        for path, accept in PATHS:
            url = f"/{api_site['portal'].getId()}{path}"
            headers = {"Accept": accept}
            connection.request("GET", url, headers=headers)
            get = connection.getresponse()
            body = get.read()
            # HEAD, then GET again on the same connection: the HEAD leaves nothing to misread.
            connection.request("HEAD", url, headers=headers)
            head = connection.getresponse()
            assert head.read() == b"", path
            connection.request("GET", url, headers=headers)
            again = connection.getresponse()
            assert again.read() == body, path
            assert head.status == get.status == again.status, path
            assert head.getheader("Content-Type") == get.getheader("Content-Type"), path
            assert head.getheader("Content-Length") == get.getheader("Content-Length") == str(len(body)), path
    finally:
        connection.close()
