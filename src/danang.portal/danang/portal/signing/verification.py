"""What the portal tells anyone about a signed file or a verification code (the page and the
REST endpoint say the same): who signed, for which unit, when, whether the file was changed
after signing, whether it is the very file recorded for the dossier. Never who applied or
anything else personal: a file or a code is all the asker needs to hold.

The verdicts (``verdict``):

- ``genuine``: the signature is intact, covers the whole file, its certificate chains to a CA
  the portal publishes and is not revoked, and the file is the one recorded at signing;
- ``changed``: the file was altered after signing (a signed byte, or something appended);
- ``untrusted``: intact, but not signed with a certificate of the portal's CAs;
- ``revoked``: signed with a certificate revoked since;
- ``unrecorded``: a valid signature of the portal's CA, but not a file the portal recorded;
- ``unsigned``: a PDF without a signature; ``not_pdf``: not a PDF at all;
- for a code: ``recorded`` (the record exists) or ``unknown``.
"""

from danang.portal import _
from danang.portal import clock
from danang.portal.signing import documents
from danang.portal.signing import vault

# Bigger uploads are refused before reading them whole (a result is a few MB).
MAX_BYTES = 20 * 1024 * 1024

VERDICTS = {
    "genuine": _("signature_genuine", default="Văn bản hợp lệ: chữ ký số đúng, văn bản không bị thay đổi "
                 "sau khi ký và khớp với bản đã lưu của hồ sơ."),
    "changed": _("signature_changed", default="Văn bản đã bị thay đổi sau khi ký: không dùng được làm bản "
                 "chính thức."),
    "untrusted": _("signature_untrusted", default="Chữ ký không do chứng thư số của các cơ quan thành phố Đà "
                   "Nẵng tạo ra."),
    "revoked": _("signature_revoked", default="Chứng thư số dùng để ký văn bản này đã bị thu hồi."),
    "unrecorded": _("signature_unrecorded", default="Chữ ký số hợp lệ nhưng cổng không lưu văn bản nào "
                    "khớp với tệp này."),
    "unsigned": _("signature_unsigned", default="Tệp PDF này không có chữ ký số."),
    "not_pdf": _("signature_not_pdf", default="Tệp tải lên không phải tệp PDF."),
    "too_big": _("signature_too_big", default="Tệp quá lớn để kiểm tra (tối đa 20 MB)."),
    "recorded": _("signature_recorded", default="Mã kiểm tra hợp lệ: văn bản dưới đây đã được ký số trên "
                  "Cổng dịch vụ công. Tải tệp lên để kiểm tra tệp bạn có đúng là văn bản này."),
    "unknown": _("signature_unknown_code", default="Không có văn bản nào mang mã kiểm tra này."),
}


def _moment(value):
    return clock.local(value).strftime("%H:%M:%S %d/%m/%Y") if value is not None else ""


def _recorded(record):
    """The record's public facts: what it is and who signed it when, and the file's hash."""
    return {
        "title": record["title"],
        "signer": record["signer"],
        "unit": record["unit"],
        "signed_at": record["signed_at"],
        "signed_at_text": _moment(record["signed_at"]),
        "sha256": record["sha256"],
        "test_certificate": bool(record.get("test")),
    }


def _answer(verdict, **facts):
    return {"verdict": verdict, "message": VERDICTS[verdict], **facts}


def check_file(data):
    """The verdict on a file's bytes, with the signature's and the record's facts."""
    if len(data) > MAX_BYTES:
        return _answer("too_big")
    from danang.portal.signing import pdf  # pyHanko: imported when needed (documents.sign)

    try:
        found = pdf.validate(data, vault.trusted_certificates(), [crl] if (crl := vault.crl()) else ())
    except pdf.NotAPDF:
        return _answer("not_pdf")
    if found is None:
        return _answer("unsigned")
    _dossier, record = documents.find(sha256=documents.digest(data))
    signature = {
        "signer": found["signer"],
        "unit": found["unit"],
        "signed_at": found["signed_at"],
        "signed_at_text": _moment(found["signed_at"]),
        "timestamped": found["timestamped"],
        "intact": found["intact"] and found["whole_file"],
        "trusted": found["trusted"],
    }
    if not found["intact"] or not found["whole_file"]:
        verdict = "changed"
    elif found["revoked"]:
        verdict = "revoked"
    elif not found["trusted"]:
        verdict = "untrusted"
    elif record is None:
        verdict = "unrecorded"
    else:
        verdict = "genuine"
    return _answer(verdict, signature=signature, matches_record=record is not None,
                   record=_recorded(record) if record is not None else None)


def check_code(code):
    """The verdict on a verification code (the QR code's): the record's public facts."""
    _dossier, record = documents.find(code=code) if documents.normalized(code) else (None, None)
    if record is None:
        return _answer("unknown")
    return _answer("recorded", record=_recorded(record))
