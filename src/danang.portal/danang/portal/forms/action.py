"""EasyForm action "Tạo hồ sơ": each valid submission becomes a Dossier, then the receipt,
through the submission service (submission/service.py); the action reads the form's fields,
answers and uploads and shows the service's refusals beside the form's fields.

Registered like EasyForm's own actions: an ``ActionFactory`` utility (editors can add it to any
form) and a supermodel ``BaseHandler`` utility, both named by the action's dotted path, which is
also its type in ``actions_model``.
"""

from collective.easyform.actions import Action
from collective.easyform.actions import ActionFactory
from collective.easyform.api import get_context
from collective.easyform.config import FORM_ERROR_MARKER
from collective.easyform.interfaces import IAction
from danang.portal import _
from danang.portal.acknowledgement.access import receipt_url
from danang.portal.dossier import applicant as checks
from danang.portal.dossier import idempotency
from danang.portal.forms.generation import generation_info
from danang.portal.forms.parsed import form_actions
from danang.portal.forms.parsed import form_schema
from danang.portal.forms.view import TOKEN
from danang.portal.publisher import write_turn
from danang.portal.submission.errors import SubmissionRefused
from danang.portal.submission.service import already_submitted
from danang.portal.submission.service import Submission
from danang.portal.submission.service import submit
from danang.portal.submission.service import validate
from danang.portal.submission.service import who_submits
from danang.portal.uploads.checks import missing_upload_message
from danang.portal.uploads.checks import prepared_upload
from danang.portal.uploads.checks import submission_service
from danang.portal.uploads.checks import UploadError
from datetime import date
from datetime import datetime
from plone.app.textfield.value import RichTextValue
from plone.namedfile.interfaces import INamed
from plone.namedfile.interfaces import INamedField
from plone.supermodel.exportimport import BaseHandler
from zope.interface import implementer
from zope.schema import getFieldsInOrder
from zope.schema.interfaces import IChoice

# Form fields that are not answers to the service's questions.
_NOT_ANSWERS = set(checks.APPLICANT_FIELDS) | {"commitment", "desk", "collect_at"}
# The answer of "Hình thức nhận kết quả" (forms/model.py) that asks for a desk to collect at.
IN_PERSON = "in_person"


def collection_place(fields):
    """The desk chosen to collect the result at, when it is collected in person (else None)."""
    if fields.get("result_delivery", IN_PERSON) != IN_PERSON:
        return None
    return fields.get("collect_at") or None


class ICreateDossier(IAction):
    """Creates a Dossier from the submission and shows its receipt."""


def _answer_value(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, RichTextValue):
        return value.raw
    if isinstance(value, (set, frozenset, tuple, list)):
        return [_answer_value(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _display(field, value, context):
    """The label a Choice value shows in the form, for officers reading the answers."""
    if not IChoice.providedBy(field) or value is None:
        return None
    try:
        return field.bind(context).vocabulary.getTerm(value).title
    except (LookupError, AttributeError):
        return None


def applicant_data(fields):
    birth_date = fields.get("birth_date")
    return {
        "name": " ".join((fields.get("name") or "").split()),
        "id_number": checks.normalize_id_number(fields.get("id_number")),
        "birth_date": birth_date,
        "address": (fields.get("address") or "").strip(),
        "district": fields.get("district"),
        "ward": fields.get("ward"),
        "phone": checks.normalize_phone(fields.get("phone")),
        "email": (fields.get("email") or "").strip(),
    }


def dossier_action(form):
    """The form's "Tạo hồ sơ" action, or None when the form creates no dossier."""
    for _name, action in getFieldsInOrder(form_actions(form)):
        if ICreateDossier.providedBy(action):
            return action
    return None


@implementer(ICreateDossier)
class CreateDossier(Action):
    __doc__ = ICreateDossier.__doc__

    def _runs_first(self, form):
        names = [name for name, _action in getFieldsInOrder(form_actions(form))]
        return bool(names) and names[0] == self.__name__

    def collect_uploads(self, form, service, fields):
        """(files for create_dossier, errors by field name)."""
        components = (generation_info(form) or {}).get("components", {})
        files, errors = [], {}
        for name, field in getFieldsInOrder(form_schema(form)):
            if not INamedField.providedBy(field):
                continue
            component = components.get(name, {})
            value = fields.get(name)
            case = component.get("case")
            if case and fields.get("case") != case:
                continue  # a paper of another case is not part of this dossier
            if not INamed.providedBy(value):
                # A component of one case is required only when that case was chosen.
                if case and component.get("required"):
                    errors[name] = missing_upload_message(field.title)
                continue
            try:
                upload = prepared_upload(value, service)
            except UploadError as error:
                errors[name] = error.message
                continue
            upload["component"] = component.get("name") or field.title
            files.append(upload)
        return files, errors

    def collect_answers(self, form, fields):
        answers = {}
        for name, field in getFieldsInOrder(form_schema(form)):
            if name in _NOT_ANSWERS or INamedField.providedBy(field) or name not in fields:
                continue
            value = fields[name]
            answers[name] = {
                "label": field.title,
                "value": _answer_value(value),
                "display": _display(field, value, form),
            }
        return answers

    def onSuccess(self, fields, request):
        form = get_context(self)
        # As the form's first action, nothing has written yet: the submission may start from the
        # latest state. After another action (an editor's "save data"), it keeps what that wrote.
        write_turn.take(fresh=self._runs_first(form))
        service = submission_service(form)
        if service is None:
            return {FORM_ERROR_MARKER: _(
                "error_form_outside_service",
                default="Biểu mẫu này không thuộc thủ tục hành chính nào nên không tạo được hồ sơ.",
            )}
        # The submission service (submission/service.py) checks who submits and creates; this
        # action only reads the form and shows the service's refusals beside its fields.
        try:
            submission = Submission(
                service,
                applicant_data(fields),
                channel="online",
                unit=fields.get("receiving_unit") or None,
                submitter=who_submits(),
                idempotency_key=_token(request),
                desk=fields.get("desk") or None,
                collect_at=collection_place(fields),
            )
            earlier = already_submitted(submission)
            if earlier is not None:
                # The same form sent again: the dossier it created the first time.
                request.response.redirect(receipt_url(earlier, signed=True))
                return None
            errors = validate(submission)
            if errors:
                raise SubmissionRefused(errors[0].message, errors)
            files, errors = self.collect_uploads(form, service, fields)
            if errors:
                return errors
            submission.answers = self.collect_answers(form, fields)
            submission.files = files
            dossier = submit(submission)
        except SubmissionRefused as refused:
            return form_errors(refused, fields)
        request.response.redirect(receipt_url(dossier, signed=True))
        return None


def _token(request):
    """The form's submission token (forms/view.py), None when missing or not a valid key."""
    try:
        return idempotency.checked_key(request.form.get(TOKEN))
    except (idempotency.InvalidIdempotencyKey, TypeError):
        return None


def form_field(name):
    """The e-form's field for a field of the submission service (applicant keys are the form's
    own names; the receiving unit is "Nơi nộp hồ sơ")."""
    if name == "unit":
        return "receiving_unit"
    if name and name.startswith("applicant."):
        return name[len("applicant."):]
    return name


def form_errors(refused, fields):
    """EasyForm's errors dict for a refused submission (above the form when no field fits)."""
    errors = {}
    for error in refused.errors or [None]:
        name = form_field(getattr(error, "field", None))
        key = name if name in fields else FORM_ERROR_MARKER
        errors.setdefault(key, error.message if error is not None else refused.message)
    return errors


CreateDossierAction = ActionFactory(
    CreateDossier,
    _("label_create_dossier_action", default="Tạo hồ sơ"),
    "danang.portal.AddCreateDossierAction",
)
CreateDossierHandler = BaseHandler(CreateDossier)
