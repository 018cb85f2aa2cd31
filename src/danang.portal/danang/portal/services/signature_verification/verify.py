"""``@signature-verification``: what the public verification page says, for apps.

``POST`` with ``{"file": "<base64 of the PDF>"}`` (or plone.restapi's file shape ``{"file":
{"data": "...", "encoding": "base64"}}``); ``GET ?code=`` with the code of a QR code. Both answer
200 with the verdict (signing/verification.py); a missing or undecodable file answers 400 with
the error body of docs/api-conventions.md. Nothing is stored; nothing personal is answered.
"""

from danang.portal import _
from danang.portal.services.base import PortalService
from danang.portal.services.errors import APIError
from danang.portal.signing import verification
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError

import base64
import binascii

NO_FILE = _(
    "error_api_signature_file",
    default="Thiếu tệp cần kiểm tra: gửi \"file\" là nội dung tệp PDF mã hóa base64.",
)
NO_CODE = _("error_api_signature_code", default="Thiếu mã kiểm tra (tham số \"code\").")


def _file_bytes(payload):
    value = payload.get("file") if isinstance(payload, dict) else None
    if isinstance(value, dict):
        value = value.get("data") if value.get("encoding", "base64") == "base64" else None
    if not isinstance(value, str) or not value:
        return None
    if len(value) > verification.MAX_BYTES * 4 // 3 + 4:
        return b"\0" * (verification.MAX_BYTES + 1)  # answered "too big", not decoded
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


class VerificationPost(PortalService):
    personal = False
    # Stores nothing: a public check that apps call without a CSRF token.
    machine_writes = True

    def answer(self):
        try:
            payload = json_body(self.request)
        except DeserializationError:
            payload = None
        data = _file_bytes(payload)
        if not data:
            raise APIError(400, NO_FILE, [("file", NO_FILE)])
        return verification.check_file(data)


class VerificationGet(PortalService):
    personal = False

    def answer(self):
        code = self.request.form.get("code")
        if not isinstance(code, str) or not code.strip():
            raise APIError(400, NO_CODE, [("code", NO_CODE)])
        return verification.check_code(code)
