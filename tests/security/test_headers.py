"""Security headers on every answer, the session cookie's flags over HTTPS, no banners, and a
Content-Security-Policy the portal's pages work with (checked in headless Chromium)."""

from danang.portal.security.wsgi import DropBanners
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import TEST_USER_PASSWORD
from Products.SiteAccess.VirtualHostMonster import manage_addVirtualHostMonster
from webtest.http import StopableWSGIServer
from ZPublisher.WSGIPublisher import publish_module

import configparser
import os
import pytest
import requests
import transaction

TIMEOUT = 30
INSTANCE_INI = os.path.join(os.path.dirname(__file__), "..", "..", "instance", "zope.ini.in")


@pytest.fixture
def site(dossier_site):
    return {**dossier_site, "server": dossier_site["origin"]}


def assert_security_headers(response):
    headers = response.headers
    csp = headers["Content-Security-Policy"]
    for directive in ("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "base-uri 'self'"):
        assert directive in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"]


@pytest.mark.parametrize(
    "path, accept",
    [("", None), ("/thu-tuc", None), ("/login", None), ("/tra-cuu-ho-so", None), ("/khong-co-trang-nay", None),
     ("/@search?portal_type=Service", "application/json"), ("/@dossier-status", "application/json"),
     ("/++resource++plone-logo.svg", None), ("/ho-so", None)],
)
def test_every_answer_has_the_security_headers(site, path, accept):
    headers = {"Accept": accept} if accept else {}
    response = requests.get(site["url"] + path, headers=headers, allow_redirects=False, timeout=TIMEOUT)
    assert_security_headers(response)


def test_a_page_keeps_its_stricter_referrer_policy(site):
    response = requests.get(f"{site['url']}/tra-cuu-ho-so", timeout=TIMEOUT)
    assert response.headers["Referrer-Policy"] == "no-referrer"
    response = requests.get(site["url"], timeout=TIMEOUT)
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_forms_may_go_to_the_payment_gateway_only(site):
    csp = requests.get(site["url"], timeout=TIMEOUT).headers["Content-Security-Policy"]
    form_action = [part for part in csp.split(";") if part.strip().startswith("form-action")][0]
    assert form_action.split()[1] == "'self'"
    assert len(form_action.split()) <= 3


def login_cookie(site, base):
    session = requests.Session()
    response = session.post(
        f"{base}/login",
        data={"__ac_name": TEST_USER_NAME, "__ac_password": TEST_USER_PASSWORD, "buttons.login": "Đăng nhập"},
        allow_redirects=False, timeout=TIMEOUT,
    )
    assert response.status_code == 302, response.text[:300]
    return [value for name, value in response.raw.headers.items() if name.lower() == "set-cookie" and "__ac=" in value]


def test_session_cookie_is_secure_over_https(site, functional):
    # Behind the HTTPS proxy, Zope's virtual host monster tells the public scheme.
    app = functional["app"]
    if "virtual_hosting" not in app.objectIds():
        manage_addVirtualHostMonster(app, "virtual_hosting")
        transaction.commit()
    base = f"{site['server']}/VirtualHostBase/https/dichvucong.danang.gov.vn:443/plone/VirtualHostRoot"
    cookies = login_cookie(site, base)
    assert cookies
    flags = [part.strip().lower() for part in cookies[0].split(";")]
    assert "secure" in flags and "httponly" in flags and "samesite=lax" in flags


def test_session_cookie_over_plain_http_is_httponly_and_lax(site):
    cookies = login_cookie(site, site["url"])
    flags = [part.strip().lower() for part in cookies[0].split(";")]
    assert "httponly" in flags and "samesite=lax" in flags
    assert "secure" not in flags


def test_no_banners_through_the_instance_pipeline(functional):
    ini = configparser.ConfigParser(interpolation=None)
    ini.read(INSTANCE_INI)
    assert ini["server:main"]["ident"] == ""
    assert ini["pipeline:main"]["pipeline"].split()[0] == "banners"
    assert ini["filter:banners"]["use"] == "call:danang.portal.security.wsgi:filter_factory"
    # The same WSGI app, filter and waitress setting as the instance, on a real server.
    server = StopableWSGIServer.create(DropBanners(publish_module), host="127.0.0.1", ident="")
    try:
        response = requests.get(f"http://127.0.0.1:{server.effective_port}/plone", timeout=TIMEOUT)
        assert response.status_code == 200
        assert "X-Powered-By" not in response.headers
        assert "Server" not in response.headers
        assert_security_headers(response)
    finally:
        server.shutdown()


CSP_ERROR_WORDS = ("Content Security Policy", "Content-Security-Policy")


def violations(page, url):
    found = []
    page.on("console", lambda message: found.append(message.text)
            if any(word in message.text for word in CSP_ERROR_WORDS) else None)
    page.goto(url, wait_until="load")
    # Scripts run after load (patterns, bundles loaded late): let them report.
    page.wait_for_timeout(500)
    return found


@pytest.mark.e2e
def test_the_portals_pages_raise_no_csp_error_in_chromium(site, chromium):
    service_url = site["service"].absolute_url().replace("http://nohost/plone", site["url"])
    context = chromium.new_context()
    page = context.new_page()
    paths = ["", "/thu-tuc", "/co-quan", "/tra-cuu-ho-so", "/login"]
    for url in [site["url"] + path for path in paths] + [service_url, f"{service_url}/nop-ho-so"]:
        assert violations(page, url) == [], url
    page.goto(site["url"] + "/login")
    page.fill("#__ac_name", SITE_OWNER_NAME)
    page.fill("#__ac_password", SITE_OWNER_PASSWORD)
    page.click("button[name='buttons.login']")
    page.wait_for_load_state()
    for url in (f"{service_url}/edit", f"{site['url']}/@@overview-controlpanel", f"{site['url']}/folder_contents",
                f"{service_url}/nop-ho-so/fields"):
        assert violations(page, url) == [], url
