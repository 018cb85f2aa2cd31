"""Read a JSON submission into the values the service's e-form would have received, and check
them with the e-form's own validators.

Nothing here re-states a rule of the form: the fields, their types, required flags, lengths and
vocabularies come from the service's EasyForm schema (generated or customised by an editor), and
each value goes through the z3c.form validator the form would use (EasyForm's, which runs the
validators chosen per field, and uploads/checks.py for the files: real type, size, presence).
Messages are those the form shows (forms/messages.py). Only the conversion from JSON to Python
values is this module's own, since the form converts from HTML widgets instead.
"""

from danang.portal import _
from danang.portal.dossier.applicant import APPLICANT_FIELDS
from danang.portal.forms.dossier_action import dossier_action  # noqa: F401 (post.py imports it from here)
from danang.portal.forms.generation import generation_info
from danang.portal.forms.parsed import form_schema
from danang.portal.forms.view import SubmissionForm
from danang.portal.uploads.filenames import safe_filename
from datetime import date
from datetime import datetime
from plone.namedfile.file import NamedBlobFile
from plone.namedfile.interfaces import INamedField
from z3c.form.interfaces import IValidator
from z3c.form.interfaces import IValue
from zope.component import getMultiAdapter
from zope.component import queryMultiAdapter
from zope.interface import Invalid
from zope.schema import getFieldsInOrder
from zope.schema.interfaces import IBool
from zope.schema.interfaces import IChoice
from zope.schema.interfaces import ICollection
from zope.schema.interfaces import IDate
from zope.schema.interfaces import IDatetime
from zope.schema.interfaces import IFloat
from zope.schema.interfaces import IFromUnicode
from zope.schema.interfaces import IInt
from zope.schema.interfaces import IText
from zope.schema.interfaces import ITextLine
from zope.schema.interfaces import ValidationError

import base64
import binascii
import re

# The parts of a submission: the applicant fields, the form's other fields, the uploads.
APPLICANT = "applicant"
ANSWERS = "answers"
FILES = "files"
_DATA_URL = re.compile(r"^data:[^,;]*(;[^,;]*)*;base64,", re.I)


class PayloadErrors:
    """Field-level problems, in the order of the form: (path, message)."""

    def __init__(self):
        self.items = []

    def add(self, path, message):
        if not any(existing == path for existing, _message in self.items):
            self.items.append((path, message))

    def __bool__(self):
        return bool(self.items)


class ConversionError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def field_path(name):
    if name in APPLICANT_FIELDS:
        return f"{APPLICANT}.{name}"
    return f"{ANSWERS}.{name}"


def _invalid_value():
    return _("error_api_invalid_value", default="Giá trị không hợp lệ, vui lòng kiểm tra lại.")


def _choice_value(field, value):
    """A vocabulary term's value from its value or its token (JSON has no Python types)."""
    vocabulary = field.vocabulary
    if vocabulary is None:
        return value
    try:
        if value in vocabulary:
            return value
    except TypeError:
        raise ConversionError(_invalid_value())
    try:
        return vocabulary.getTermByToken(str(value)).value
    except LookupError:
        return value  # the field's own validation says it is not allowed


def convert(field, value):
    """The Python value for a form field of a JSON value (missing values become missing)."""
    if value is None or value == "" or value == []:
        return field.missing_value
    if IBool.providedBy(field):
        if isinstance(value, bool):
            return value
        raise ConversionError(_("error_api_bool", default="Giá trị phải là true hoặc false."))
    if IDatetime.providedBy(field):
        try:
            return datetime.fromisoformat(str(value))
        except ValueError:
            raise ConversionError(
                _("error_api_datetime", default="Thời điểm phải có dạng YYYY-MM-DDTHH:MM, ví dụ 2025-03-03T09:30.")
            )
    if IDate.providedBy(field):
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise ConversionError(
                _("error_api_date", default="Ngày phải có dạng YYYY-MM-DD, ví dụ 1990-05-17.")
            )
    if IChoice.providedBy(field):
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            raise ConversionError(_invalid_value())
        return _choice_value(field, value)
    if ICollection.providedBy(field):
        if not isinstance(value, list):
            raise ConversionError(_("error_api_list", default="Giá trị phải là một danh sách."))
        items = [convert(field.value_type, item) if field.value_type else item for item in value]
        return field._type(items) if isinstance(field._type, type) else items
    if IInt.providedBy(field):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConversionError(_("error_api_int", default="Giá trị phải là một số nguyên."))
        return value
    if IFloat.providedBy(field):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConversionError(_("error_api_number", default="Giá trị phải là một số."))
        return float(value)
    if ITextLine.providedBy(field) or IText.providedBy(field):
        if not isinstance(value, str):
            raise ConversionError(_("error_api_text", default="Giá trị phải là chuỗi ký tự."))
        return value
    if IFromUnicode.providedBy(field) and isinstance(value, str):
        try:
            return field.fromUnicode(value)
        except (ValidationError, ValueError):
            raise ConversionError(_invalid_value())
    return value


def _decode(item):
    data = item.get("data")
    if not isinstance(data, str) or not data:
        raise ConversionError(
            _("error_api_file_data", default="Thiếu nội dung tệp (\"data\", mã hóa base64).")
        )
    data = _DATA_URL.sub("", data.strip(), count=1)
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise ConversionError(
            _("error_api_file_base64", default="Nội dung tệp (\"data\") không phải là chuỗi base64 hợp lệ.")
        )


def _upload_fields(form, schema):
    """{field name: component name} of the form's upload fields."""
    components = (generation_info(form) or {}).get("components", {})
    return {
        name: (components.get(name) or {}).get("name") or str(field.title)
        for name, field in getFieldsInOrder(schema)
        if INamedField.providedBy(field)
    }


def _files(form, schema, files, errors):
    """{field name: NamedBlobFile} from the payload's files."""
    uploads = _upload_fields(form, schema)
    by_component = {component: name for name, component in uploads.items()}
    values = {}
    if not isinstance(files, list):
        errors.add(FILES, _("error_api_files_list", default="\"files\" phải là một danh sách tệp."))
        return values
    for index, item in enumerate(files):
        path = f"{FILES}[{index}]"
        if not isinstance(item, dict):
            errors.add(path, _("error_api_file_object", default="Mỗi tệp là một đối tượng JSON."))
            continue
        name = item.get("field") or by_component.get((item.get("component") or "").strip())
        if name not in uploads:
            errors.add(
                path,
                _(
                    "error_api_file_component",
                    default="Không rõ tệp này thuộc thành phần hồ sơ nào: ghi \"field\" (tên trường "
                    "tải tệp của biểu mẫu) hoặc \"component\" (tên thành phần hồ sơ của thủ tục).",
                ),
            )
            continue
        if name in values:
            errors.add(
                path,
                _(
                    "error_api_file_twice",
                    default="Thành phần hồ sơ \"${component}\" đã có tệp khác trong yêu cầu này.",
                    mapping={"component": uploads[name]},
                ),
            )
            continue
        try:
            data = _decode(item)
        except ConversionError as error:
            errors.add(path, error.message)
            continue
        filename = item.get("filename")
        values[name] = NamedBlobFile(
            data=data,
            contentType=str(item.get("content_type") or "application/octet-stream"),
            # CR/LF and control characters out (a file name cannot hold them: it was a 500).
            filename=safe_filename(str(filename)) if filename else f"{name}.bin",
        )
    return values


def _message(error, request, field, view, form):
    """The text the e-form shows for a validation error (z3c.form's error view rules)."""
    value = queryMultiAdapter((error, request, None, field, view, form), IValue, name="message")
    if value is not None:
        return value.get()
    if isinstance(error, ValidationError):
        return error.doc()
    return error.args[0] if error.args else _invalid_value()


def _mirror_in_request(request, fields):
    """Put the values where the form's widgets would have posted them: some validators read a
    neighbouring field from the request (the ward checks the district chosen beside it)."""
    for name, value in fields.items():
        key = f"form.widgets.{name}"
        if isinstance(value, str):
            request.form[key] = [value] if name in ("district", "ward", "receiving_unit", "case") else value


def read_submission(form, payload, request):
    """(values by form field name, PayloadErrors) of a JSON submission to ``form``.

    ``payload``: {"applicant": {...}, "answers": {...}, "files": [{"field" or "component",
    "filename", "content_type", "data" (base64)}]}.
    """
    schema = form_schema(form)
    # Bound, so that named vocabularies (districts, wards) resolve.
    fields_in_order = [(name, field.bind(form)) for name, field in getFieldsInOrder(schema)]
    names = {name for name, _field in fields_in_order}
    errors = PayloadErrors()
    raw = {}
    for part in (APPLICANT, ANSWERS):
        given = payload.get(part) or {}
        if not isinstance(given, dict):
            errors.add(part, _("error_api_object", default="\"${name}\" phải là một đối tượng JSON.",
                               mapping={"name": part}))
            continue
        for key, value in given.items():
            in_part = (key in APPLICANT_FIELDS) == (part == APPLICANT)
            if key not in names or not in_part or INamedField.providedBy(schema[key]):
                errors.add(
                    f"{part}.{key}",
                    _(
                        "error_api_unknown_field",
                        default="Biểu mẫu nộp hồ sơ của thủ tục này không có trường \"${name}\" ở đây.",
                        mapping={"name": key},
                    ),
                )
                continue
            raw[key] = value
    raw.update(_files(form, schema, payload.get(FILES) or [], errors))

    values = {}
    for name, field in fields_in_order:
        if name not in raw and field.default is not None:
            # The form shows the default chosen (e.g. how to receive the result); a browser posts
            # it unless changed. Expressions (TDefault: the logged-in user's profile) do not
            # apply: an agent's profile is not the applicant's.
            values[name] = field.default
            continue
        try:
            values[name] = convert(field, raw.get(name))
        except ConversionError as error:
            errors.add(field_path(name), error.message)
            values[name] = field.missing_value
    _mirror_in_request(request, values)

    view = SubmissionForm(form, request)  # what the validators are registered for
    for name, field in fields_in_order:
        path = f"{FILES}.{name}" if INamedField.providedBy(field) else field_path(name)
        if any(existing == path for existing, _message in errors.items):
            continue
        validator = getMultiAdapter((form, request, view, field, None), IValidator)
        try:
            validator.validate(values[name])
        except (ValidationError, Invalid) as error:
            errors.add(path, _message(error, request, field, view, form))
    return values, errors
