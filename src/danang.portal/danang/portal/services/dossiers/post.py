"""``POST /@dossiers``: submit a dossier through the REST API (agents' and partners' apps).

Authenticated (Basic auth, or the JWT token of plone.restapi's ``@login``); anonymous callers get
401. The JSON body names the service (its procedure code or UID) and carries what the service's
e-form asks: the applicant, the other answers and one file per dossier component (base64). It is
checked by the e-form's own rules (payload.py, the "Tạo hồ sơ" action's uploads and answers),
then submitted through the submission service like the e-form's (submission/service.py), which
creates the dossier and e-mails the receipt. Contract: docs/api-dossiers.md.
"""

from danang.portal import _
from danang.portal.acknowledgement.access import receipt_url
from danang.portal.dossier import idempotency
from danang.portal.dossier.status import status_of_state
from danang.portal.forms.action import applicant_data
from danang.portal.forms.action import collection_place
from danang.portal.forms.action import dossier_action
from danang.portal.forms.generation import submission_forms
from danang.portal.publisher import write_turn
from danang.portal.services.base import PortalService
from danang.portal.services.dossiers.payload import field_path
from danang.portal.services.dossiers.payload import read_submission
from danang.portal.services.errors import APIError
from danang.portal.services.errors import NOT_A_JSON_OBJECT
from danang.portal.submission.errors import FORBIDDEN
from danang.portal.submission.errors import SubmissionRefused
from danang.portal.submission.service import already_submitted
from danang.portal.submission.service import Submission
from danang.portal.submission.service import submit
from danang.portal.submission.service import validate
from danang.portal.submission.service import who_submits
from plone import api
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError


def find_service(reference):
    """The Service with this procedure code or UID that the caller may see, or None."""
    if not isinstance(reference, str) or not reference.strip():
        return None
    catalog = api.portal.get_tool("portal_catalog")
    reference = reference.strip()
    for query in ({"code": reference}, {"UID": reference}):
        for brain in catalog.searchResults(portal_type="Service", **query):
            return brain.getObject()
    return None


def online_form(service):
    """The service's e-form that creates dossiers, if the caller may use it."""
    for form in submission_forms(service):
        if dossier_action(form) is not None and api.user.has_permission("View", obj=form):
            return form
    return None


# Top-level keys of the body naming where the dossier is received and the result collected.
PLACES = ("desk", "collect_at")


class DossiersPost(PortalService):
    # A machine client has no CSRF token: authentication is by credentials on each request.
    machine_writes = True

    def answer(self):
        # Nothing is written before: the submission may start from the latest state.
        write_turn.take(fresh=True)
        return self.submit()

    def submit(self):
        try:
            agent = who_submits()
        except SubmissionRefused as refused:
            raise APIError(403, refused.message)
        key = self.idempotency_key()
        earlier = already_submitted(Submission(None, {}, submitter=agent, idempotency_key=key))
        if earlier is not None:
            # A resent submission (same key): the dossier its first try created, not a second one.
            self.request.response.setHeader("Idempotent-Replayed", "true")
            return self.created(earlier, agent, status=200)
        payload = self.payload()
        service = find_service(payload.get("service"))
        if service is None:
            message = _(
                "error_api_service",
                default="Không tìm thấy thủ tục hành chính: ghi mã thủ tục (ví dụ 1.009130) hoặc UID vào \"service\".",
            )
            raise APIError(400, message, [("service", message)])
        form = online_form(service)
        if form is None:
            message = _(
                "error_api_not_online",
                default="Thủ tục này chưa nhận hồ sơ trực tuyến; vui lòng nộp trực tiếp hoặc qua bưu chính.",
            )
            raise APIError(400, message, [("service", message)])

        fields, errors = read_submission(form, payload, self.request)
        places = self.places(payload, fields, errors)
        action = dossier_action(form)
        if not errors:
            files, upload_errors = action.collect_uploads(form, service, fields)
            for name, message in upload_errors.items():
                errors.add(f"files.{name}", message)
        submission = Submission(
            service,
            applicant_data(fields),
            channel="online",
            unit=fields.get("receiving_unit") or None,
            submitter=agent,
            idempotency_key=key,
            desk=places.get("desk"),
            collect_at=collection_place({**fields, **places}),
        )
        if not errors:
            for error in validate(submission):
                errors.add(self._path(error.field, fields), error.message)
        if errors:
            raise APIError(400, self._invalid(), errors.items)
        submission.answers = action.collect_answers(form, fields)
        submission.files = files
        try:
            dossier = submit(submission)
        except SubmissionRefused as refused:
            raise self._refusal(refused, fields)
        return self.created(dossier, agent)

    def payload(self):
        """The submission in this endpoint's shape (docs/api-dossiers.md); other intakes that
        arrive in another format (national/intake.py) translate theirs here."""
        try:
            return json_body(self.request)
        except DeserializationError:
            raise APIError(400, NOT_A_JSON_OBJECT) from None

    def places(self, payload, fields, errors):
        """{"desk", "collect_at"}: the one-stop desks (agency codes) where the dossier is received
        and the result collected, from the body's top level (or the form's answers of the same
        name); whether they may be is the submission service's check (dossier/receiving.py)."""
        places = {}
        for name in PLACES:
            value = payload.get(name, fields.get(name))
            if value is not None and not isinstance(value, str):
                errors.add(name, _(
                    "error_api_desk_code",
                    default="\"${name}\" phải là mã của một bộ phận một cửa (chuỗi), ví dụ \"UBND-20242\".",
                    mapping={"name": name},
                ))
                continue
            places[name] = (value or "").strip() or None
        return places

    def _path(self, name, fields):
        """The payload's path of a field of the submission service."""
        if name == "unit":
            return field_path("receiving_unit") if "receiving_unit" in fields else "service"
        if name and name.startswith("applicant."):
            return field_path(name[len("applicant."):])
        return name or "service"

    def _refusal(self, refused, fields):
        if refused.kind == FORBIDDEN:
            return APIError(403, refused.message)
        errors = refused.field_errors()
        if not errors:
            return APIError(400, refused.message)
        return APIError(400, self._invalid(), [(self._path(e.field, fields), e.message) for e in errors])

    def _invalid(self):
        return _(
            "error_api_invalid_submission",
            default="Hồ sơ chưa được nộp: có thông tin chưa hợp lệ (xem từng trường trong \"errors\").",
        )

    def idempotency_key(self):
        """The client's ``Idempotency-Key`` header (dossier/idempotency.py), None when not sent."""
        header = self.request.getHeader("Idempotency-Key")
        if not header:
            return None
        try:
            return idempotency.checked_key(header)
        except idempotency.InvalidIdempotencyKey as error:
            raise APIError(400, error.message, [("Idempotency-Key", error.message)])

    def created(self, dossier, agent, status=201):
        self.request.response.setStatus(status)
        self.request.response.setHeader("Location", dossier.absolute_url())
        status = status_of_state(api.content.get_state(dossier, default=None))
        return {
            "@id": dossier.absolute_url(),
            "code": dossier.dossier_code,
            "status": {"code": status.code, "title": status.title} if status else None,
            "service": {"code": dossier.service_code, "title": dossier.service_title},
            "received": dossier.received,
            "due": dossier.due,
            "receipt_url": receipt_url(dossier, signed=True),
            "receipt_pdf_url": receipt_url(dossier, signed=True, view="receipt.pdf"),
            "agent": agent,
        }
