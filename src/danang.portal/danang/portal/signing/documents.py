"""The signed documents of a dossier: sign one now, keep its record, find it again.

Each signature leaves a record on the dossier (``signatures``): its verification code, what it
is, the SHA-256 of the signed file, who signed for which unit and when. The record is what the
verification page compares an uploaded file with. The codes and hashes are indexed
(``signed_documents``, docs/signing.md), so a file or a scanned code finds its dossier.

A signed file is never rewritten: the receipt slip and the e-receipts are kept as signed
(``file`` of the record) and served as kept; the result replaces the official's upload once, on
approval (approval.py).
"""

from danang.portal import _
from danang.portal import clock
from danang.portal import settings
from danang.portal.dossier.content import IDossier
from danang.portal.dossier.numbering import agency_by_code
from danang.portal.signing import settings as signing_settings
from danang.portal.signing import vault
from danang.portal.signing.errors import SigningRefused
from persistent.list import PersistentList
from persistent.mapping import PersistentMapping
from plone import api
from plone.indexer import indexer
from plone.namedfile.file import NamedBlobFile

import base64
import hashlib
import logging
import secrets
import time

logger = logging.getLogger(__name__)

RECORDS = "signatures"
INDEX = "signed_documents"
VERIFY_VIEW = "kiem-tra-chu-ky"

NOT_PDF = _(
    "error_signing_not_pdf",
    default="Không thể ký số tệp \"${filename}\": chỉ ký được tệp PDF. Vui lòng chuyển kết quả sang "
    "PDF rồi đính kèm lại (cổng không có bộ chuyển đổi định dạng).",
)


TSA_UNAVAILABLE = _(
    "error_signing_tsa_unavailable",
    default="Chưa ký số được văn bản: máy chủ cấp dấu thời gian (TSA) không phản hồi. Vui lòng thử "
    "lại sau; nếu lỗi kéo dài, báo quản trị viên kiểm tra địa chỉ TSA trong Cấu hình > Chữ ký số.",
)


def digest(data):
    return hashlib.sha256(data).hexdigest()


def new_code():
    """16 base32 characters (80 bits): the QR code's key to the record, never guessed."""
    return base64.b32encode(secrets.token_bytes(10)).decode("ascii")


def normalized(code):
    return "".join(str(code or "").split()).replace("-", "").upper()


def verification_url(code):
    return f"{api.portal.get().absolute_url()}/@@{VERIFY_VIEW}?ma={code}"


def unit_title(code):
    agency = agency_by_code(code)
    return agency.Title() if agency is not None else (code or "")


def _vi(message):
    return api.portal.translate(message, lang="vi")


def _block(facts, unit, moment, code):
    """The lines of the visible signature block (Vietnamese, as the documents are)."""
    lines = [
        _vi(_("signature_block_signed", default="Ký số bởi: ${signer}", mapping={"signer": facts["subject"]})),
        _vi(_("signature_block_unit", default="Đơn vị: ${unit}", mapping={"unit": unit})),
        _vi(_("signature_block_time", default="Thời gian ký: ${time}",
              mapping={"time": clock.local(moment).strftime("%H:%M:%S %d/%m/%Y")})),
    ]
    if facts.get("test"):
        lines.append(_vi(_("signature_block_test", default="CHỨNG THƯ THỬ NGHIỆM / TEST CERTIFICATE")))
    lines.append(_vi(_("signature_block_verify", default="Mã kiểm tra: ${code} (quét mã QR)",
                       mapping={"code": code})))
    return lines


def sign(dossier, data, kind, title, filename, unit_code=None, key=None, keep=True):
    """Sign ``data`` (PDF bytes) for the dossier's unit (or ``unit_code``) now; record it on the
    dossier and return (signed bytes, record). ``keep``: store the signed file in the record
    (False when the caller stores it, as the result file does). SigningRefused when the unit
    cannot sign or ``data`` is not a PDF."""
    # pyHanko takes about a second to import: loaded by the first signature, not at Zope's start
    # (the slip's and e-receipts' modules import this one).
    from danang.portal.signing import pdf

    unit_code = unit_code or getattr(dossier, "current_unit", None) or dossier.receiving_unit
    unit = unit_title(unit_code)
    pkcs12_data, passphrase, facts = vault.key_material(unit_code, unit)
    code, moment = new_code(), clock.now()
    tsa_url = settings.read(signing_settings.ISigningSettings, signing_settings.PREFIX, "tsa_url")
    try:
        signed = pdf.sign(
            data, pkcs12_data, passphrase,
            lines=_block(facts, unit, moment, code),
            url=verification_url(code),
            reason=_vi(title),
            tsa_url=tsa_url,
        )
    except pdf.NotAPDF:
        raise SigningRefused(_(NOT_PDF, default=NOT_PDF.default, mapping={"filename": filename}))
    except pdf.TimestampUnavailable as error:
        # A configured TSA that fails is refused, never signed B-B in its place: the signature
        # level must not depend on the TSA's mood (docs/signing.md, "The signature").
        logger.warning("%s of %s not signed, no time-stamp: %s", kind, dossier.getId(), error)
        raise SigningRefused(TSA_UNAVAILABLE)
    record = PersistentMapping(
        code=code, kind=kind, key=key, title=title, filename=filename, sha256=digest(signed),
        signer=facts["subject"], unit=unit, unit_code=unit_code, signed_at=moment,
        serial=facts["serial"], test=bool(facts.get("test")),
    )
    if keep:
        record["file"] = NamedBlobFile(data=signed, filename=filename, contentType="application/pdf")
    records = getattr(dossier, RECORDS, None)
    if records is None:
        records = dossier.signatures = PersistentList()
    records.append(record)
    _reindex(dossier)
    return signed, record


def _reindex(dossier):
    dossier.reindexObject(idxs=[INDEX])


def index_terms(dossier):
    """What ``signed_documents`` indexes (its indexer, signing/configure.zcml): each record's
    code and hash, and ``unsigned:<kind>`` for each kind still to be signed. Computed, not
    stored on the dossier, so that a signature made after the submission (the slip) leaves the
    dossier's own record alone (docs/throughput.md)."""
    return tuple(
        term for item in getattr(dossier, RECORDS, None) or ()
        for term in (f"code:{item['code']}", f"sha256:{item['sha256']}")
    ) + tuple(f"{UNSIGNED}{kind}" for kind in sorted(getattr(dossier, UNSIGNED_MARKS, None) or {}))


@indexer(IDossier)
def signed_documents(dossier):
    return index_terms(dossier)


# A document to be signed after the commit (acknowledgement/signed_slip.py): a mark on the dossier
# (kind → time.time() of the mark) and the index term ``unsigned:<kind>``, so that a document the
# process did not get to sign (a crash) is found again. The marks and the records are objects of
# their own, made with the first mark: signing later writes them, not the dossier.
UNSIGNED_MARKS = "unsigned_documents"
UNSIGNED = "unsigned:"


def mark_unsigned(dossier, kind):
    marks = getattr(dossier, UNSIGNED_MARKS, None)
    if marks is None:
        marks = PersistentMapping()
        setattr(dossier, UNSIGNED_MARKS, marks)
    if getattr(dossier, RECORDS, None) is None:
        dossier.signatures = PersistentList()
    marks[kind] = time.time()
    _reindex(dossier)


def clear_unsigned(dossier, kind):
    marks = getattr(dossier, UNSIGNED_MARKS, None)
    if marks is not None and marks.pop(kind, None) is not None:
        _reindex(dossier)


def unsigned_since(dossier, kind):
    """The time.time() at which this kind was marked to be signed, or None."""
    return (getattr(dossier, UNSIGNED_MARKS, None) or {}).get(kind)


def awaiting_signature(kind):
    """The dossiers marked to have a document of this kind signed (unrestricted)."""
    catalog = api.portal.get_tool("portal_catalog")
    if INDEX not in catalog.indexes():
        return []
    return [brain._unrestrictedGetObject() for brain in catalog.unrestrictedSearchResults(**{INDEX: f"{UNSIGNED}{kind}"})]


def kept(dossier, kind, key):
    """The kept record of this document (``kind``, ``key``), or None."""
    for record in getattr(dossier, RECORDS, None) or ():
        if record["kind"] == kind and record.get("key") == key and record.get("file") is not None:
            return record
    return None


def signed_copy(dossier, kind, key, render, title, filename, unit_code=None):
    """The signed PDF of a document the portal renders: the kept copy when this ``key`` (what
    the document says) was signed before, else ``render()`` signed now and kept."""
    record = kept(dossier, kind, key)
    if record is not None:
        return record["file"].data
    signed, _record = sign(dossier, render(), kind, title, filename, unit_code=unit_code, key=key)
    return signed


def find(sha256=None, code=None):
    """(dossier, record) of a signed file's hash or of a verification code, or (None, None)."""
    term = f"sha256:{sha256}" if sha256 else f"code:{normalized(code)}"
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(**{INDEX: term}):
        dossier = brain._unrestrictedGetObject()
        for record in getattr(dossier, RECORDS, None) or ():
            if term in (f"sha256:{record['sha256']}", f"code:{record['code']}"):
                return dossier, record
    return None, None


def signed_or_plain(dossier, kind, key, render, title, filename, unit_code=None):
    """``signed_copy``, or the unsigned ``render()`` when the unit cannot sign now (no
    certificate yet, expired, revoked): a receipt is never withheld for want of a signature;
    the refusal is logged for the administrator (the control panel shows why)."""
    try:
        return signed_copy(dossier, kind, key, render, title, filename, unit_code=unit_code)
    except SigningRefused as refusal:
        logger.warning("%s of %s issued unsigned: %s", kind, dossier.getId(), refusal)
        return render()
