"""Check data records against the content types' own schemas before anything is written.

Each value is converted (CSV cells are text) and validated by the Dexterity field itself, bound to
the site, so the loader accepts exactly what the edit forms accept. Choices among sectors and
agencies are checked against the codes of the files being loaded plus those already in the site,
because the catalog-backed vocabularies cannot see records that are not written yet.
"""

from collective.z3cform.datagridfield.row import DictRow
from danang.portal import _
from plone.app.dexterity.behaviors.metadata import IBasic
from plone.dexterity.interfaces import IDexterityFTI
from plone.schema.email import InvalidEmail
from types import SimpleNamespace
from zope.component import getUtility
from zope.i18nmessageid import Message
from zope.interface import Invalid
from zope.schema import Bool
from zope.schema import Choice
from zope.schema import Float
from zope.schema import getFieldsInOrder
from zope.schema import Int
from zope.schema.interfaces import ConstraintNotSatisfied
from zope.schema.interfaces import ICollection
from zope.schema.interfaces import InvalidURI
from zope.schema.interfaces import RequiredMissing
from zope.schema.interfaces import TooBig
from zope.schema.interfaces import TooLong
from zope.schema.interfaces import TooShort
from zope.schema.interfaces import TooSmall
from zope.schema.interfaces import ValidationError
from zope.schema.interfaces import WrongType
from zope.schema.vocabulary import getVocabularyRegistry

import re

# Vocabularies backed by the catalog: checked against codes known to the load (files + site).
REFERENCE_VOCABULARIES = {
    "danang.portal.Sectors": _(
        "data_error_unknown_sector",
        default="Lĩnh vực “${value}” không có trong tệp lĩnh vực đang nạp và chưa có trên cổng.",
    ),
    "danang.portal.Agencies": _(
        "data_error_unknown_agency",
        default="Cơ quan “${value}” không có trong tệp cơ quan đang nạp và chưa có trên cổng.",
    ),
}
REQUIRED = _("data_error_required", default="Bắt buộc, không được để trống.")
TRUE_WORDS = {"true", "1", "yes", "có", "x"}
FALSE_WORDS = {"false", "0", "no", "không"}
INTEGER = re.compile(r"^-?\d+$")
LIST_SEPARATOR = "|"
_MISSING = object()


class Problem(Exception):
    """A value that does not fit; path names the field, or the row and column inside a field."""

    def __init__(self, message, path=None, title=None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.title = title


def fields_of(portal_type):
    """The fields a data record may carry: title, description and the type's own schema."""
    schema = getUtility(IDexterityFTI, name=portal_type).lookupSchema()
    fields = {"title": IBasic["title"], "description": IBasic["description"]}
    fields.update(getFieldsInOrder(schema))
    return schema, fields


class RecordChecker:
    """Converts and validates the records of one content type."""

    def __init__(self, context, portal_type, references, extra_keys=()):
        self.context = context
        self.schema, fields = fields_of(portal_type)
        self.fields = {name: self._bind(field) for name, field in fields.items()}
        self.references = references  # {vocabulary name: set of codes}
        self.extra_keys = set(extra_keys)
        self._rows = {}

    # -- public --------------------------------------------------------------------------------

    def check(self, entry):
        """(values, issues): the converted values of the entry's known fields, and its problems."""
        values, issues = {}, []
        for key in entry.values:
            if key not in self.fields and key not in self.extra_keys:
                issues.append(
                    entry.issue(
                        key,
                        _(
                            "data_error_unknown_field",
                            default="Không có trường này trong lược đồ; khóa hoặc cột chỉ để ghi chú phải "
                            "bắt đầu bằng dấu gạch dưới (_).",
                        ),
                    )
                )
        for name, field in self.fields.items():
            raw = entry.values.get(name, _MISSING)
            if raw is _MISSING:
                # Absent keys keep the item's value; a new item gets the field's default, if any.
                if field.required and field.default is None:
                    issues.append(entry.issue(name, REQUIRED, field.title))
                continue
            try:
                values[name] = self.value(field, raw, entry.from_text, name)
            except Problem as problem:
                title = problem.title or field.title
                issues.append(entry.issue(problem.path or name, problem.message, title))
        if not issues:
            issues.extend(self._invariants(entry, values))
        return values, issues

    def value(self, field, raw, from_text, path):
        if _is_missing(raw, from_text):
            if field.required:
                raise Problem(REQUIRED, path, field.title)
            return _default(field)
        value = self._convert(field, raw, from_text, path)
        self._validate(field, value, path)
        return value

    # -- binding -------------------------------------------------------------------------------

    def _bind(self, field):
        bound = field.bind(self.context)
        # Resolve named vocabularies once, not on every validation.
        name = getattr(bound, "vocabularyName", None)
        if isinstance(bound, Choice) and name and name not in REFERENCE_VOCABULARIES:
            bound.vocabulary = getVocabularyRegistry().get(self.context, name)
        if ICollection.providedBy(bound) and bound.value_type is not None:
            bound.value_type = self._bind(bound.value_type)
        return bound

    def _row_fields(self, row_field):
        schema = row_field.schema
        if schema not in self._rows:
            self._rows[schema] = [(name, self._bind(field)) for name, field in getFieldsInOrder(schema)]
        return self._rows[schema]

    # -- conversion ----------------------------------------------------------------------------

    def _convert(self, field, raw, from_text, path):
        if isinstance(field, DictRow):
            return self._row(field, raw, from_text, path)
        if ICollection.providedBy(field):
            if from_text and isinstance(raw, str):
                raw = [part.strip() for part in raw.split(LIST_SEPARATOR) if part.strip()]
            if not isinstance(raw, (list, tuple)):
                raise Problem(_wrong_type("list"), path, field.title)
            return [
                self.value(field.value_type, item, from_text, f"{path}[{index}]")
                for index, item in enumerate(raw)
            ]
        if isinstance(field, Bool):
            if isinstance(raw, bool):
                return raw
            if isinstance(raw, str) and raw.strip().lower() in TRUE_WORDS | FALSE_WORDS:
                return raw.strip().lower() in TRUE_WORDS
            raise Problem(_wrong_type("bool", raw), path, field.title)
        if isinstance(field, Int):
            if isinstance(raw, int) and not isinstance(raw, bool):
                return raw
            if isinstance(raw, str) and INTEGER.match(raw.strip()):
                return int(raw.strip())
            raise Problem(_wrong_type("int", raw), path, field.title)
        if isinstance(field, Float):
            if isinstance(raw, (int, float)) and not isinstance(raw, bool):
                return float(raw)
            if isinstance(raw, str):
                try:
                    return float(raw.strip().replace(",", "."))
                except ValueError:
                    pass
            raise Problem(_wrong_type("float", raw), path, field.title)
        if isinstance(field, Choice):
            return self._choice(field, raw, path)
        if not isinstance(raw, str):
            raise Problem(_wrong_type("text", raw), path, field.title)
        return raw.strip() if from_text or "\n" not in raw else raw

    def _choice(self, field, raw, path):
        if field.vocabularyName in REFERENCE_VOCABULARIES:
            if not isinstance(raw, str):
                raise Problem(_wrong_type("text", raw), path, field.title)
            return raw.strip()
        vocabulary = field.vocabulary
        if raw in vocabulary:
            return raw
        # Tokens are the text form of values: "3" for online level 3.
        try:
            return vocabulary.getTermByToken(str(raw).strip()).value
        except LookupError:
            raise Problem(_not_in_vocabulary(raw, vocabulary), path, field.title) from None

    def _row(self, field, raw, from_text, path):
        if not isinstance(raw, dict):
            raise Problem(_wrong_type("object"), path, field.title)
        subfields = self._row_fields(field)
        names = {name for name, _field in subfields}
        for key in raw:
            if key not in names:
                raise Problem(
                    _(
                        "data_error_unknown_column",
                        default="Dòng dữ liệu có khóa “${key}” không thuộc lược đồ; khóa hợp lệ: ${allowed}.",
                        mapping={"key": key, "allowed": ", ".join(sorted(names))},
                    ),
                    f"{path}.{key}",
                    field.title,
                )
        row = {}
        for name, subfield in subfields:
            value = raw.get(name, _MISSING)
            if value is _MISSING:
                if subfield.required:
                    raise Problem(REQUIRED, f"{path}.{name}", subfield.title)
                row[name] = _default(subfield)
            else:
                row[name] = self.value(subfield, value, from_text, f"{path}.{name}")
        return row

    # -- validation ----------------------------------------------------------------------------

    def _validate(self, field, value, path):
        if isinstance(field, Choice) and field.vocabularyName in REFERENCE_VOCABULARIES:
            if value not in self.references.get(field.vocabularyName, ()):
                raise Problem(
                    Message(REFERENCE_VOCABULARIES[field.vocabularyName], mapping={"value": value}),
                    path,
                    field.title,
                )
            return
        if isinstance(field, DictRow):
            return  # each cell was validated by its own field
        if ICollection.providedBy(field):
            # Items were validated one by one (their errors name the item); check the length here.
            if field.min_length and len(value) < field.min_length:
                message = _(
                    "data_error_too_few", default="Cần ít nhất ${min} giá trị.", mapping={"min": field.min_length}
                )
                raise Problem(message, path, field.title)
            if field.max_length is not None and len(value) > field.max_length:
                message = _(
                    "data_error_too_many", default="Nhiều nhất ${max} giá trị.", mapping={"max": field.max_length}
                )
                raise Problem(message, path, field.title)
            return
        try:
            field.validate(value)
        except (ValidationError, Invalid) as error:
            raise Problem(message_of(error, field, value), path, field.title) from None

    def _invariants(self, entry, values):
        data = SimpleNamespace(**dict.fromkeys(self.fields))
        for name, value in values.items():
            setattr(data, name, value)
        errors = []
        try:
            self.schema.validateInvariants(data, errors)
        except Invalid:
            pass
        return [entry.issue(None, message_of(error, None, None)) for error in errors]


def _is_missing(raw, from_text):
    return raw is None or (from_text and isinstance(raw, str) and not raw.strip())


def _default(field):
    default = field.default
    return list(default) if isinstance(default, list) else default


TYPE_WORDS = {
    "list": _("data_type_list", default="một danh sách"),
    "bool": _("data_type_bool", default="true hoặc false"),
    "int": _("data_type_int", default="một số nguyên"),
    "float": _("data_type_float", default="một số"),
    "text": _("data_type_text", default="một chuỗi ký tự"),
    "object": _("data_type_object", default="một đối tượng (khóa: giá trị)"),
}


def _wrong_type(kind, value=_MISSING):
    if value is _MISSING:
        return _(
            "data_error_type", default="Sai kiểu dữ liệu: cần ${expected}.", mapping={"expected": TYPE_WORDS[kind]}
        )
    return _(
        "data_error_type_value",
        default="Giá trị “${value}” sai kiểu dữ liệu: cần ${expected}.",
        mapping={"value": value, "expected": TYPE_WORDS[kind]},
    )


def _not_in_vocabulary(value, vocabulary):
    tokens = [term.token for term in vocabulary]
    allowed = ", ".join(tokens[:15]) + (", …" if len(tokens) > 15 else "")
    return _(
        "data_error_not_in_vocabulary",
        default="Giá trị “${value}” không thuộc danh mục; giá trị hợp lệ: ${allowed}.",
        mapping={"value": value, "allowed": allowed},
    )


def message_of(error, field, value):
    """A Vietnamese message for a zope.schema or constraint error."""
    if isinstance(error, RequiredMissing):
        return REQUIRED
    if isinstance(error, TooSmall):
        return _(
            "data_error_too_small",
            default="Giá trị ${value} nhỏ hơn mức tối thiểu ${min}.",
            mapping={"value": value, "min": getattr(field, "min", None)},
        )
    if isinstance(error, TooBig):
        return _(
            "data_error_too_big",
            default="Giá trị ${value} lớn hơn mức tối đa ${max}.",
            mapping={"value": value, "max": getattr(field, "max", None)},
        )
    if isinstance(error, TooShort):
        return _(
            "data_error_too_short",
            default="Quá ngắn: cần ít nhất ${min} ký tự.",
            mapping={"min": getattr(field, "min_length", None)},
        )
    if isinstance(error, TooLong):
        return _(
            "data_error_too_long",
            default="Quá dài: tối đa ${max} ký tự.",
            mapping={"max": getattr(field, "max_length", None)},
        )
    if isinstance(error, InvalidEmail):
        return _(
            "data_error_email", default="Địa chỉ thư điện tử “${value}” không hợp lệ.", mapping={"value": value}
        )
    if isinstance(error, InvalidURI):
        return _("data_error_uri", default="Địa chỉ web “${value}” không hợp lệ.", mapping={"value": value})
    if isinstance(error, WrongType):
        return _wrong_type("text", value)
    if isinstance(error, ConstraintNotSatisfied):
        if isinstance(field, Choice) and field.vocabulary is not None:
            return _not_in_vocabulary(value, field.vocabulary)
        return _(
            "data_error_constraint",
            default="Giá trị “${value}” không hợp lệ (ví dụ: chứa ký tự xuống dòng).",
            mapping={"value": value},
        )
    doc = type(error).__doc__
    if isinstance(doc, Message):
        return doc  # our own constraint errors (codes) carry their message as docstring
    if error.args and isinstance(error.args[0], Message):
        return error.args[0]  # invariants raise Invalid(message)
    if isinstance(error, ValidationError):
        return error.doc()
    return str(error)
