"""The public verification of signed files, on the page and through the REST endpoint as an app
calls it; the slip and e-receipts are signed once and served byte for byte as signed."""

from danang.portal import outbox
from danang.portal.acknowledgement.pdf import signed_pdf as signed_slip
from danang.portal.acknowledgement.slip import slip_for
from danang.portal.ereceipt.issue import issue_receipt
from danang.portal.ereceipt.pdf import signed_pdf as signed_ereceipt
from danang.portal.ereceipt.sheet import sheet_for
from danang.portal.ereceipt.store import receipts_of
from danang.portal.signing import documents
from plone.testing.zope import Browser
from tests.fixtures.driving import drive
from tests.fixtures.pdfs import one_page_pdf

import base64
import io
import pytest
import requests
import transaction

PERSONAL = ("Nguyễn Văn Thử", "0905", "Lê Lợi")


@pytest.fixture
def portal(functional):
    return functional["portal"]


@pytest.fixture
def signed(portal, make_dossier, installed, payment):
    """An approved dossier: its signed result, e-receipt and slip (signed after the commit)."""
    dossier = drive(portal, make_dossier(), "finished")
    issue_receipt(dossier, payment())
    transaction.commit()
    assert outbox.OUTBOX.wait_sent(60)
    transaction.begin()
    return dossier


@pytest.fixture
def anonymous(functional):
    browser = Browser(functional["app"])
    browser.handleErrors = False
    browser.raiseHttpErrors = False
    return browser


def upload(browser, portal, data):
    browser.open(f"{portal.absolute_url()}/@@kiem-tra-chu-ky")
    browser.getControl(name="file").add_file(io.BytesIO(data), "application/pdf", "van-ban.pdf")
    browser.getForm(action="kiem-tra-chu-ky").submit()
    return browser.contents


def verdict(page):
    return page.split('data-verdict="', 1)[1].split('"', 1)[0] if 'data-verdict="' in page else None


def test_the_page_tells_genuine_tampered_and_unknown_files(signed, portal, anonymous):
    result = signed.files("result")[0].file.data
    page = upload(anonymous, portal, result)
    assert verdict(page) == "genuine"
    assert "Sở Xây dựng" in page and "Không bị thay đổi sau khi ký" in page
    assert "Đúng bản đã lưu khi ký" in page
    for text in PERSONAL + (signed.dossier_code,):
        assert text not in page, text

    tampered = bytearray(result)
    tampered[200] ^= 0x01
    assert verdict(upload(anonymous, portal, bytes(tampered))) == "changed"
    assert verdict(upload(anonymous, portal, result + b"\n% appended\n")) == "changed"
    assert verdict(upload(anonymous, portal, one_page_pdf("Unsigned"))) == "unsigned"
    assert verdict(upload(anonymous, portal, b"GIF89a not a pdf")) == "not_pdf"

    # The QR code's link: the record, nothing personal.
    record = signed.signatures[-1]
    anonymous.open(documents.verification_url(record["code"]))
    assert verdict(anonymous.contents) == "recorded" and record["sha256"] in anonymous.contents
    for text in PERSONAL + (signed.dossier_code,):
        assert text not in anonymous.contents, text
    anonymous.open(documents.verification_url("AAAABBBBCCCCDDDD"))
    assert verdict(anonymous.contents) == "unknown"


def test_the_rest_endpoint_answers_apps(signed, functional):
    portal = functional["portal"]
    base = f"http://{functional['host']}:{functional['port']}/{portal.getId()}"
    headers = {"Accept": "application/json"}
    result = signed.files("result")[0].file.data
    answer = requests.post(f"{base}/@signature-verification", headers=headers, timeout=30,
                           json={"file": base64.b64encode(result).decode("ascii")})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["verdict"] == "genuine" and body["matches_record"] is True
    assert body["signature"]["unit"].startswith("Sở Xây dựng") and body["signature"]["intact"] is True
    assert signed.dossier_code not in answer.text and "Nguyễn" not in answer.text

    changed = bytearray(result)
    changed[300] ^= 0x01
    answer = requests.post(f"{base}/@signature-verification", headers=headers, timeout=30,
                           json={"file": {"data": base64.b64encode(bytes(changed)).decode(), "encoding": "base64"}})
    assert answer.json()["verdict"] == "changed"

    answer = requests.post(f"{base}/@signature-verification", headers=headers, json={"file": "%%%"}, timeout=30)
    assert answer.status_code == 400 and answer.json()["error"]["errors"][0]["field"] == "file"

    record = signed.signatures[0]
    answer = requests.get(f"{base}/@signature-verification", params={"code": record["code"]},
                          headers={**headers, "Accept-Language": "en"}, timeout=30)
    assert answer.status_code == 200 and answer.json()["verdict"] == "recorded"
    assert answer.json()["record"]["sha256"] == record["sha256"]
    assert answer.headers["Content-Language"] == "en"

    ca = requests.get(f"{base}/@@signing-ca.pem", timeout=30)
    assert ca.text.startswith("-----BEGIN CERTIFICATE-----")
    assert requests.get(f"{base}/@@signing-crl", timeout=30).headers["Content-Type"] == "application/pkix-crl"


def test_slip_and_ereceipt_are_signed_once_and_kept(signed):
    kinds = [record["kind"] for record in signed.signatures]
    assert kinds == ["result", "ereceipt", "receipt"]
    slip = slip_for(signed)
    first = signed_slip(signed, slip)
    assert signed_slip(signed, slip) == first  # served as kept, never signed again
    _dossier, record = documents.find(sha256=documents.digest(first))
    assert record["kind"] == "receipt"
    [receipt] = receipts_of(signed)
    sheet = sheet_for(receipt)
    assert signed_ereceipt(signed, receipt, sheet) == signed_ereceipt(signed, receipt, sheet)
