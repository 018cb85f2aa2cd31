"""Validation of the codes that identify services, agencies and sectors."""

from danang.portal import _
from plone import api
from plone.uuid.interfaces import IUUID
from zope.schema import ValidationError

import re

# National procedure code (1.009130, 2.000806) with an optional local suffix (1.009130.H17).
SERVICE_CODE = re.compile(r"^[12]\.\d{6}(?:[.\-][0-9A-Za-z]+)*$")
# Agency and sector codes appear in URLs, dossier codes and REST parameters: keep them plain ASCII.
SHORT_CODE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._\-]{0,39}$")
# A shipped unit code not yet confirmed as the official one (docs/numbering.md, "Unit codes").
PLACEHOLDER_PREFIX = "TAM."


def is_placeholder_unit_code(code):
    """True for a unit code that still waits for the official code (``TAM.SXD``)."""
    return (code or "").strip().upper().startswith(PLACEHOLDER_PREFIX)


def public_unit_code(code):
    """The unit code as it starts a dossier code: a placeholder without its ``TAM.`` mark, which
    is for administrators (``TAM.SXD`` -> ``SXD``), an official code unchanged."""
    code = (code or "").strip()
    return code[len(PLACEHOLDER_PREFIX):] if is_placeholder_unit_code(code) else code


# ValidationError (a subclass of Invalid): z3c.form shows its class docstring, the translated
# message, next to the field; a plain Invalid would show its first argument, the bad value.
class InvalidServiceCode(ValidationError):
    __doc__ = _(
        "error_service_code",
        default="Mã thủ tục phải có dạng 1.009130 hoặc 2.000806 (một chữ số 1 hoặc 2, dấu chấm, "
        "sáu chữ số), có thể thêm hậu tố địa phương.",
    )


class InvalidShortCode(ValidationError):
    __doc__ = _(
        "error_short_code",
        default="Mã chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới "
        "(tối đa 40 ký tự).",
    )


def check_service_code(value):
    if not SERVICE_CODE.match(value or ""):
        raise InvalidServiceCode(value)
    return True


def check_short_code(value):
    if not SHORT_CODE.match(value or ""):
        raise InvalidShortCode(value)
    return True


def find_by_code(portal_type, code):
    """Brains of every item of this type carrying this code, whatever the current user may see."""
    catalog = api.portal.get_tool("portal_catalog")
    return catalog.unrestrictedSearchResults(portal_type=portal_type, code=code)


def code_taken(portal_type, code, context=None):
    """True when another item of this type already has the code (the item being edited excluded).

    In an add form the context is the container, whose UID no item of the type carries.
    """
    own_uid = IUUID(context, None) if context is not None else None
    return any(brain.UID != own_uid for brain in find_by_code(portal_type, code))
