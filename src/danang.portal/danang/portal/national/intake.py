"""Dossiers submitted on the national portal: who may send them, and what becomes of them.

The national portal POSTs the dossier to ``@national-dossiers`` (services/national_dossiers),
signed with the inbound secret (signatures.py). Here: the signature, its freshness and its nonce
are checked (a replayed request is refused), the body is checked against the national format
(mapping.INBOUND_SCHEMA) and translated to the portal's own submission (``POST @dossiers``
format); the endpoint then submits it through the same checks and submission service as every
intake, and ``keep_national_code`` stores the national code beside ours.
"""

from danang.portal import _
from danang.portal import clock
from danang.portal import settings
from danang.portal.national import mapping
from danang.portal.national import nonces
from danang.portal.national import outbox
from danang.portal.national import signatures
from danang.portal.national.settings import INationalSettings
from danang.portal.national.settings import PREFIX
from plone import api

import json

REFUSALS = {
    "missing": _(
        "error_national_signature_missing",
        default="Yêu cầu chưa được ký: cần đủ các tiêu đề X-DVCQG-Timestamp, X-DVCQG-Nonce và "
        "X-DVCQG-Signature.",
    ),
    "stale": _(
        "error_national_signature_stale",
        default="Yêu cầu bị từ chối: dấu thời gian X-DVCQG-Timestamp lệch quá thời gian cho phép.",
    ),
    "forged": _("error_national_signature_forged", default="Yêu cầu bị từ chối: chữ ký không đúng."),
    "replayed": _(
        "error_national_signature_replayed",
        default="Yêu cầu bị từ chối: mã dùng một lần (X-DVCQG-Nonce) đã được dùng.",
    ),
}
NOT_JSON = _("error_national_body", default="Nội dung yêu cầu phải là một hồ sơ JSON theo định dạng của Cổng DVC quốc gia.")
INVALID = _(
    "error_national_invalid",
    default="Hồ sơ chưa được tiếp nhận: thiếu hoặc sai thông tin theo định dạng của Cổng DVC quốc gia "
    "(xem từng trường trong \"errors\").",
)
NATIONAL_KEY_PREFIX = "dvcqg:"


class InboundRefused(Exception):
    def __init__(self, status, message, errors=()):
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = list(errors)


def check_signature(request, path):
    """The nonce of a request signed with the inbound secret and fresh; InboundRefused (401)
    otherwise. Writes nothing: ``use_nonce`` then records it."""
    values = settings.read_all(INationalSettings, PREFIX)
    try:
        _moment, nonce = signatures.verify(
            values["inbound_secret"] or "",
            "POST",
            path,
            request.get("BODY") or b"",
            request.getHeader,
            clock.now().timestamp(),
            values["replay_window"],
        )
    except signatures.SignatureRefused as refused:
        raise InboundRefused(401, REFUSALS[refused.reason]) from None
    return nonce


def use_nonce(nonce):
    """Record the request's nonce, in the transaction that creates the dossier (a refused request
    records nothing, and may be corrected and signed again); InboundRefused (401) when seen."""
    window = settings.read(INationalSettings, PREFIX, "replay_window")
    if not nonces.use(api.portal.get(), nonce, clock.now().timestamp(), keep=2 * window):
        raise InboundRefused(401, REFUSALS["replayed"])


def read(body):
    """The inbound dossier (dict) of a request body; InboundRefused 400 when not in the format."""
    try:
        payload = json.loads(body)
    except ValueError:
        raise InboundRefused(400, NOT_JSON) from None
    if not isinstance(payload, dict):
        raise InboundRefused(400, NOT_JSON)
    errors = mapping.inbound_errors(payload)
    if errors:
        raise InboundRefused(400, INVALID, errors)
    return payload


def idempotency_key(payload):
    """A national dossier sent twice makes one dossier (dossier/idempotency.py)."""
    return NATIONAL_KEY_PREFIX + payload["MaHoSoQG"]


def keep_national_code(dossier, national_code):
    """Store the national code beside ours (catalog index ``national_code``), also in the creation
    record the outbox has not sent yet."""
    dossier.national_code = national_code
    dossier.reindexObject(idxs=["national_code"])
    box = outbox.outbox_of(api.portal.get())
    event = box.events.get(getattr(dossier, "national_creation_event", None) or "")
    if event is not None and event.state == outbox.PENDING:
        message = dict(event.message)
        message["data"] = [{**message["data"][0], "MaHoSoQG": national_code}]
        event.message = message


def find(national_code):
    """The dossier of a national code, or None."""
    for brain in api.portal.get_tool("portal_catalog").unrestrictedSearchResults(national_code=national_code):
        return brain._unrestrictedGetObject()
    return None
