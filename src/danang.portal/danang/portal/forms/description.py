"""An e-form's fields as data, for REST clients (the ``fields`` of a GET of ``nop-ho-so``).

An app that submits a dossier (``POST @dossiers``, docs/api-dossiers.md) needs what the form
asks: every field's name, the part of the submission it goes in (``applicant``, ``answers`` or
``files``), its type, whether it is required, its choices, and for uploads the paper it stands
for, the accepted types and the size limit (uploads/settings.py). All of it is read from the
form's own schema, the one the form and ``POST @dossiers`` validate with, so it cannot disagree
with them.
"""

from danang.portal.dossier.applicant import APPLICANT_FIELDS
from danang.portal.forms.generation import generation_info
from danang.portal.forms.parsed import form_schema
from danang.portal.uploads.checks import service_rules
from danang.portal.uploads.checks import submission_service
from danang.portal.uploads.filetypes import media_type
from plone.namedfile.interfaces import INamedField
from zope.i18n import translate
from zope.schema import getFieldsInOrder
from zope.schema.interfaces import IBool
from zope.schema.interfaces import IChoice
from zope.schema.interfaces import ICollection
from zope.schema.interfaces import IDate
from zope.schema.interfaces import IDatetime
from zope.schema.interfaces import IFloat
from zope.schema.interfaces import IInt
from zope.schema.interfaces import IText
from zope.schema.interfaces import ITextLine
from zope.schema.interfaces import IVocabularyTokenized

# (interface, JSON type of the value), the first that a field provides.
TYPES = (
    (INamedField, "file"),
    (IBool, "boolean"),
    (IDatetime, "datetime"),
    (IDate, "date"),
    (IChoice, "choice"),
    (ICollection, "list"),
    (IInt, "integer"),
    (IFloat, "number"),
    (ITextLine, "string"),
    (IText, "text"),
)


def field_type(field):
    for interface, name in TYPES:
        if interface.providedBy(field):
            return name
    return "string"


def choices(field, language):
    """[{"value", "title"}] of a choice field's vocabulary (a list's items' vocabulary), or None."""
    if ICollection.providedBy(field) and field.value_type is not None:
        field = field.value_type
    vocabulary = getattr(field, "vocabulary", None)
    if not IChoice.providedBy(field) or vocabulary is None or not IVocabularyTokenized.providedBy(vocabulary):
        return None
    return [{"value": term.token, "title": translate(term.title or term.token, target_language=language)}
            for term in vocabulary]


def describe(form, language):
    """The form's fields in order (see the module), JSON-ready, titles in ``language``."""
    schema = form_schema(form)
    service = submission_service(form)
    kinds, max_size = service_rules(service) if service is not None else ((), None)
    components = (generation_info(form) or {}).get("components", {})
    described = []
    for name, field in getFieldsInOrder(schema):
        field = field.bind(form)
        kind = field_type(field)
        item = {
            "name": name,
            "part": "files" if kind == "file" else ("applicant" if name in APPLICANT_FIELDS else "answers"),
            "type": kind,
            "title": translate(field.title, target_language=language),
            "description": translate(field.description, target_language=language) if field.description else None,
            "required": bool(field.required),
        }
        if kind == "list" and field.value_type is not None:
            item["items"] = field_type(field.value_type)
        options = choices(field, language)
        if options is not None:
            item["choices"] = options
        if getattr(field, "max_length", None):
            item["max_length"] = field.max_length
        if kind == "file":
            item["component"] = (components.get(name) or {}).get("name") or item["title"]
            item["accepted_types"] = [media_type(kind_) for kind_ in kinds]
            item["max_size"] = max_size
        described.append(item)
    return described
