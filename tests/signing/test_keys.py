"""An administrator uploads an agency's PKCS#12 in Site Setup; its key and passphrase never come
back: not on the page, not in a REST answer, not in a GenericSetup export, not in the log."""

from danang.portal import clock
from danang.portal.signing import testca
from danang.portal.signing import vault
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.registry.interfaces import IRegistry
from plone.testing.zope import Browser
from zope.component import getUtility

import base64
import io
import logging
import pytest
import requests
import tarfile
import transaction

PASSPHRASE = "Mat-khau-bi-mat-42"


@pytest.fixture
def portal(functional):
    return functional["portal"]


@pytest.fixture
def admin(functional, services):
    transaction.commit()
    browser = Browser(functional["app"])
    browser.handleErrors = False
    browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    return browser


@pytest.fixture
def certificate():
    """A PKCS#12 as a certificate provider hands it over (here from a CA of its own)."""
    key, ca = testca.new_ca(clock.now())
    return testca.agency_pkcs12(key, ca, "Sở Xây dựng", PASSPHRASE.encode(), clock.now(), None)


def upload(admin, portal, data, passphrase):
    admin.open(f"{portal.absolute_url()}/@@danang-signing-controlpanel")
    admin.getControl(name="signing-upload.widgets.agency:list").value = ["SXD"]
    admin.getControl(name="signing-upload.widgets.certificate").add_file(io.BytesIO(data), "application/x-pkcs12", "sxd.p12")
    admin.getControl(name="signing-upload.widgets.passphrase").value = passphrase
    admin.getControl(name="signing-upload.buttons.upload").click()
    return admin.contents


def test_the_key_is_kept_and_never_shown(admin, portal, functional, certificate, caplog):
    caplog.set_level(logging.DEBUG)
    page = upload(admin, portal, certificate, "wrong")
    assert "mật khẩu không đúng" in page and "wrong" not in page.split("<body", 1)[1]
    page = upload(admin, portal, certificate, PASSPHRASE)
    assert "Đã lưu chứng thư số của Sở Xây dựng" in page
    assert "Còn hiệu lực" in page and PASSPHRASE not in page
    transaction.begin()
    pkcs12_data, passphrase, facts = vault.key_material("SXD", "Sở Xây dựng")
    assert pkcs12_data == certificate and passphrase == PASSPHRASE.encode() and not facts["test"]
    stored = vault._vault()["identities"]["SXD"]
    assert certificate not in stored["pkcs12"] and PASSPHRASE.encode() not in stored["passphrase"]

    secrets = [PASSPHRASE.encode(), certificate[40:200], base64.b64encode(certificate)[40:200]]

    # REST, as anyone calls it; the registry, which the REST API serves to administrators.
    base = f"http://{functional['host']}:{functional['port']}/{portal.getId()}"
    for path in ("", "/@signature-verification?code=X", "/@@signing-ca.pem"):
        answer = requests.get(base + path, headers={"Accept": "application/json"}, timeout=30)
        for secret in secrets:
            assert secret not in answer.content, path
    registry = repr([(name, record.value) for name, record in getUtility(IRegistry).records.items()])
    assert PASSPHRASE not in registry and base64.b64encode(certificate).decode()[40:200] not in registry

    # GenericSetup exports of the steps that write the site's settings and tools.
    with api.env.adopt_roles(["Manager"]):
        for step in ("plone.app.registry", "componentregistry", "controlpanel"):
            result = portal.portal_setup.runExportStep(step)
            with tarfile.open(fileobj=io.BytesIO(result["tarball"])) as tarball:
                for member in tarball.getmembers():
                    content = tarball.extractfile(member).read() if member.isfile() else b""
                    for secret in secrets:
                        assert secret not in content, member.name

    # The log of all of it, signing included.
    vault.issue_test_identity("HC", "Ủy ban nhân dân quận Hải Châu")
    for secret in (PASSPHRASE, certificate[40:200].hex()):
        assert secret not in caplog.text
