"""The canonical public URL (public_url.py): its validation, its Site Setup page, and the addresses
built from it whatever the request's ``Host`` says."""

from danang.portal import deployment
from danang.portal import public_url
from danang.portal import settings
from danang.portal.acknowledgement.slip import lookup_url
from danang.portal.ereceipt.access import verification_page_url
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser

import pytest
import transaction

CANONICAL = "https://dichvucong.danang.example"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("https://dichvucong.danang.gov.vn", "https://dichvucong.danang.gov.vn"),
        (" HTTPS://DichVuCong.DaNang.gov.vn/ ", "https://dichvucong.danang.gov.vn"),
        ("http://127.0.0.1:8080/danang/", "http://127.0.0.1:8080/danang"),
        ("https://[::1]:8443", "https://[::1]:8443"),
    ],
)
def test_a_public_url_is_scheme_host_and_a_plain_path(value, expected):
    assert public_url.normalised(value) == expected


@pytest.mark.parametrize(
    "value",
    ["", "dichvucong.danang.gov.vn", "ftp://dichvucong.danang.gov.vn", "https://", "https://a.vn/?x=1",
     "https://a.vn/#top", "https://admin:pw@a.vn", "https://a.vn/danang/../x", "https://a.vn/a b",
     "https://a.vn:99999", "https://a.vn/;jsessionid=1", "javascript:alert(1)", "https://a.vn//evil.example"],
)
def test_anything_else_is_refused(value):
    with pytest.raises(public_url.InvalidPublicURL):
        public_url.normalised(value)


def forge_host(request, host):
    request.environ["HTTP_HOST"] = host
    request.other["SERVER_URL"] = f"http://{host}"
    request._resetURLS()


def test_addresses_that_leave_the_request_ignore_its_host(portal, zope_conf):
    request = portal.REQUEST
    forge_host(request, "evil.example")
    page = portal.absolute_url()
    assert page.startswith("http://evil.example")  # what the page itself may use
    # Nothing configured (a test, a script): mails follow the request, with a warning; a server
    # call has no address at all.
    assert public_url.for_mail("tra-cuu-ho-so") == f"{page}/tra-cuu-ho-so"
    with pytest.raises(public_url.NoServerAddress):
        public_url.for_server("@@thanh-toan-ipn/sandbox")
    # Development: the instance's own address from zope.conf, with the site's path.
    zope_conf(instance_url="http://0.0.0.0:8080")
    assert deployment.instance_url() == "http://127.0.0.1:8080"
    assert public_url.for_server("@@thanh-toan-ipn/sandbox") == "http://127.0.0.1:8080/plone/@@thanh-toan-ipn/sandbox"
    assert lookup_url() == "http://127.0.0.1:8080/plone/tra-cuu-ho-so"
    assert public_url.for_visitor("@@ket-qua-thanh-toan/vnpay") == f"{page}/@@ket-qua-thanh-toan/vnpay"
    # The canonical address wins for all of them.
    api.portal.set_registry_record("danang.portal.site.public_url", CANONICAL)
    assert public_url.for_server("@@thanh-toan-ipn/vnpay") == f"{CANONICAL}/@@thanh-toan-ipn/vnpay"
    assert public_url.for_visitor("@@x", {"a": "1 2"}) == f"{CANONICAL}/@@x?a=1+2"
    assert lookup_url() == f"{CANONICAL}/tra-cuu-ho-so"
    assert verification_page_url() == f"{CANONICAL}/@@xac-minh-bien-lai"


def test_a_broken_record_reads_as_unset(portal):
    api.portal.set_registry_record("danang.portal.site.public_url", "https://a.vn/?x")
    assert public_url.canonical() is None


def test_the_site_setup_page_validates_and_normalises(functional, zope_conf):
    browser = Browser(functional["app"])
    browser.handleErrors = False
    browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    browser.open(f"{functional['portal'].absolute_url()}/@@danang-public-address-controlpanel")
    assert "Địa chỉ công khai của cổng" in browser.contents
    assert "không được đánh dấu là máy chủ chính thức" in browser.contents
    control = browser.getControl(name="form.widgets.public_url")
    control.value = "https://dichvucong.danang.example/?next=//evil.example"
    browser.getControl(name="form.buttons.save").click()
    assert "Địa chỉ công khai phải có dạng https://tên-miền" in browser.contents
    transaction.begin()
    assert public_url.canonical() is None
    browser.getControl(name="form.widgets.public_url").value = "HTTPS://DichVuCong.DaNang.example/"
    browser.getControl(name="form.buttons.save").click()
    transaction.begin()
    assert api.portal.get_registry_record("danang.portal.site.public_url") == CANONICAL
    zope_conf(production="on")
    settings.write(public_url.IPublicAddressSettings, public_url.PREFIX, "public_url", None)
    transaction.commit()
    browser.reload()
    assert "Máy chủ chính thức cần địa chỉ công khai" in browser.contents


def test_the_site_setup_page_is_listed(portal):
    configlets = [c.getId() for c in api.portal.get_tool("portal_controlpanel").listActions()]
    assert "danang-public-address" in configlets
