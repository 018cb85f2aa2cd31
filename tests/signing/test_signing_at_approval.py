"""The result is signed when the leader approves it; what cannot be signed is refused."""

from asn1crypto import pem
from asn1crypto import x509
from danang.portal import clock
from danang.portal.acknowledgement.signed_slip import being_signed
from danang.portal.signing import documents
from danang.portal.signing import vault
from danang.portal.signing.pdf import run_coroutine
from datetime import timedelta
from plone.app.testing import logout
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation.pdf_embedded import async_validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from tests.fixtures.driving import drive
from tests.fixtures.driving import RESULT
from tests.fixtures.driving import step
from tests.fixtures.workflow_people import as_user
from zope.i18n import translate

import io
import pytest
import struct
import zlib


def ca_certificate():
    _type, _headers, der = pem.unarmor(vault.test_ca()[1])
    return x509.Certificate.load(der)


def validate(data):
    """pyHanko's own validator, against the test CA alone."""
    signature = PdfFileReader(io.BytesIO(data)).embedded_signatures[-1]
    context = ValidationContext(trust_roots=[ca_certificate()])
    return run_coroutine(lambda: async_validate_pdf_signature(signature, context))


def test_approval_signs_the_result(portal, make_dossier):
    dossier = drive(portal, make_dossier(), "finished")
    [result] = dossier.files("result")
    signed = result.file.data
    assert signed.startswith(RESULT["data"]) and result.file.contentType == "application/pdf"
    status = validate(signed)
    assert status.bottom_line and status.intact and status.trusted
    assert "Sở Xây dựng" in status.signing_cert.subject.native["organization_name"]
    assert "TEST" in status.signing_cert.subject.native["organizational_unit_name"]
    # The result; the receipt slip of the acceptance is signed after the commit (signed_slip.py).
    assert [item["kind"] for item in dossier.signatures] == ["result"] and being_signed(dossier)
    record = dossier.signatures[-1]
    assert record["unit_code"] == "SXD" and record["key"] == result.getId()
    assert f"sha256:{record['sha256']}" in documents.index_terms(dossier)

    # A byte changed in the signed part is caught.
    tampered = bytearray(signed)
    tampered[len(RESULT["data"]) // 2] ^= 0x01
    assert not validate(bytes(tampered)).intact


def refusal(portal, dossier):
    as_user(portal, "sxd-leader")
    try:
        with pytest.raises(Exception) as error:
            step(portal, dossier, "finish")
    finally:
        logout()
    return translate(error.value.message, target_language="vi")


def _png():
    """A one-pixel PNG image."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
            + chunk(b"IEND", b""))


PNG = _png()


def test_a_result_that_is_not_a_pdf_is_refused(portal, make_dossier, monkeypatch):
    # A scan as an image: an allowed upload (uploads/), but not a PDF that can be signed.
    monkeypatch.setitem(RESULT, "data", PNG)
    monkeypatch.setitem(RESULT, "filename", "giay-phep.png")
    monkeypatch.setitem(RESULT, "content_type", "image/png")
    dossier = drive(portal, make_dossier(), "processing")
    step(portal, dossier, "upload_result")
    assert "chỉ ký được tệp PDF" in refusal(portal, dossier)
    assert dossier.files("result")[0].file.data == PNG


def test_an_expired_certificate_signs_nothing_new(portal, make_dossier):
    vault.issue_test_identity("SXD", "Sở Xây dựng", days=-1)
    dossier = drive(portal, make_dossier(), "processing")
    step(portal, dossier, "upload_result")
    assert "đã hết hạn" in refusal(portal, dossier)


def test_a_revoked_certificate_signs_nothing_new(portal, make_dossier):
    vault.issue_test_identity("SXD", "Sở Xây dựng")
    serial = vault.revoke("SXD")
    dossier = drive(portal, make_dossier(), "processing")
    step(portal, dossier, "upload_result")
    assert "đã bị thu hồi" in refusal(portal, dossier)
    # The CRL the portal publishes lists it.
    from cryptography import x509 as pyca

    assert pyca.load_der_x509_crl(vault.crl()).get_revoked_certificate_by_serial_number(int(serial))


def test_expiry_is_warned_ahead(portal, frozen):
    facts = vault.issue_test_identity("SXD", "Sở Xây dựng")
    assert vault.status(facts) == "valid"
    frozen(facts["not_after"] - timedelta(days=10))
    assert vault.status(facts) == "expiring"
    frozen(facts["not_after"] + timedelta(seconds=1))
    assert vault.status(facts) == "expired"
    assert clock.now() > facts["not_after"]
