"""Signing and validating PDF files with pyHanko: PAdES signatures, the visible signature block.

A signature is an incremental update: the signed file starts with the original bytes unchanged,
and the signature covers the whole file (docs/signing.md). The block on the last page says who
signed, for which unit and when, and carries the QR code of the document's verification page.
"""

from asn1crypto import pem as asn1_pem
from asn1crypto import x509 as asn1_x509
from concurrent.futures import ThreadPoolExecutor
from danang.portal.signing.block import block_pdf
from danang.portal.signing.block import BlockPage
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields
from pyhanko.sign import signers
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko.sign.timestamps import TimestampRequestError
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.pdf_embedded import async_validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.errors import PathBuildingError
from pyhanko_certvalidator.errors import PathValidationError

import asyncio
import functools
import io

FIELD = "DanangPortalSignature"
# The block (block.py, 90 × 30 mm) at the bottom right of the last page, in points.
BLOCK_WIDTH, BLOCK_HEIGHT, MARGIN = 255, 85, 28


def run_coroutine(make):
    """Run pyHanko's coroutine ``make()`` to its end. pyHanko's plain functions call
    ``asyncio.run``, which fails in a thread that already runs an event loop (a browser driver
    in the tests): there, a short-lived worker thread runs it with a loop of its own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(lambda: asyncio.run(make())).result()


class NotAPDF(ValueError):
    """The bytes are not a PDF that can be read."""


class TimestampUnavailable(IOError):
    """The time-stamp authority gave no token: unreachable, an error status, not a reply."""


def reader(data):
    if not data.startswith(b"%PDF-"):
        raise NotAPDF("no PDF header")
    try:
        result = PdfFileReader(io.BytesIO(data), strict=False)
        result.root  # noqa: B018 - reading the catalogue fails on a broken file
        return result
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as error:
        raise NotAPDF(str(error)) from error


def _box(writer):
    node = writer.find_page_for_modification(-1)[0].get_object()
    # The media box may be inherited from the page tree; A4 when nobody says.
    while "/MediaBox" not in node and "/Parent" in node:
        node = node["/Parent"].get_object()
    box = node.get("/MediaBox", (0, 0, 595, 842))
    x0, y0, x1, _y1 = (float(value) for value in box)
    right = x1 - MARGIN
    left = max(x0 + MARGIN, right - BLOCK_WIDTH)
    return (int(left), int(y0 + MARGIN), int(right), int(y0 + MARGIN + BLOCK_HEIGHT))


@functools.lru_cache(maxsize=32)
def _signer(pkcs12_data, passphrase):
    # Opening a PKCS#12 runs its key derivation (tens of milliseconds, more for a provider's
    # file): once per identity and process. The key is in this process's memory either way.
    return signers.SimpleSigner.load_pkcs12_data(pkcs12_data, (), passphrase=passphrase)


def sign(data, pkcs12_data, passphrase, *, lines, url, reason, tsa_url=None):
    """The signed PDF (bytes) of ``data``: a PAdES signature (B-T with ``tsa_url``, else B-B)
    with a visible block of ``lines`` and the QR code of ``url``. NotAPDF when ``data`` is not
    a readable PDF; TimestampUnavailable when ``tsa_url`` gives no time-stamp token (never a B-B
    signature instead: docs/signing.md)."""
    reader(data)
    signer = _signer(pkcs12_data, passphrase)
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    spec = fields.SigFieldSpec(FIELD, on_page=-1, box=_box(writer))
    style = StaticStampStyle(background=BlockPage(block_pdf(lines, url)), border_width=0)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location="Đà Nẵng",
    )
    pdf_signer = signers.PdfSigner(
        meta,
        signer,
        timestamper=HTTPTimeStamper(tsa_url) if tsa_url else None,
        stamp_style=style,
        new_field_spec=spec,
    )
    # Room for the signature set aside outright: pyHanko would otherwise sign once more only to
    # measure it. 16 KB holds a signature with a chain of a few RSA-4096 certificates; a
    # time-stamp token adds its own chain.
    reserved = 32768 if tsa_url else 16384
    try:
        output = run_coroutine(lambda: pdf_signer.async_sign_pdf(writer, bytes_reserved=reserved))
    except TimestampRequestError as error:
        raise TimestampUnavailable(f"{tsa_url}: {error}; {error.__cause__ or ''}") from error
    return output.getvalue()


def _certificate(pem):
    if asn1_pem.detect(pem):
        _type, _headers, pem = asn1_pem.unarmor(pem)
    return asn1_x509.Certificate.load(pem)


def _name_part(name, key):
    return name.native.get(key, "") if name is not None else ""


def validate(data, trusted_pems, crls=()):
    """What the file's last signature says: None when it has none, else a dict with ``signer``,
    ``unit``, ``signed_at`` (the time-stamp's when there is a trusted one), ``timestamped``
    (a valid time-stamp whose TSA chains to ``trusted_pems``, as pyHanko counts one), ``intact``
    (the signed bytes are unchanged), ``whole_file`` (nothing was added after signing),
    ``trusted`` (its certificate chains to one of ``trusted_pems`` and is not on ``crls``),
    ``revoked`` and ``valid`` (all of these). NotAPDF when ``data`` is not a PDF."""
    signatures = reader(data).embedded_signatures
    if not signatures:
        return None
    signature = signatures[-1]
    context = ValidationContext(
        trust_roots=[_certificate(pem) for pem in trusted_pems],
        crls=list(crls),
        allow_fetching=False,
        revocation_mode="soft-fail",
    )
    try:
        status = run_coroutine(lambda: async_validate_pdf_signature(signature, context))
    except (SignatureValidationError, PathBuildingError, PathValidationError, ValueError):
        return {"signer": "", "unit": "", "signed_at": None, "timestamped": False, "intact": False,
                "whole_file": False, "trusted": False, "revoked": False, "valid": False}
    subject = status.signing_cert.subject if status.signing_cert is not None else None
    timestamp = status.timestamp_validity
    # A token from a TSA nobody trusts proves no time: the signer's own claim is shown instead.
    if timestamp is not None and not (timestamp.intact and timestamp.valid and timestamp.trusted):
        timestamp = None
    signed_at = timestamp.timestamp if timestamp is not None else status.signer_reported_dt
    whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    revoked = bool(getattr(status, "revoked", False))
    return {
        "signer": _name_part(subject, "common_name"),
        "unit": _name_part(subject, "organization_name"),
        "signed_at": signed_at,
        "timestamped": timestamp is not None,
        "intact": bool(status.intact and status.valid),
        "whole_file": whole_file,
        "trusted": bool(status.trusted) and not revoked,
        "revoked": revoked,
        "valid": bool(status.intact and status.valid and status.trusted and whole_file and not revoked),
    }
