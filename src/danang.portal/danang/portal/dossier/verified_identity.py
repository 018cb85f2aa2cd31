"""The applicant details a national electronic identity proved (VNeID sign-in, vneid/).

Kept on the member, apart from the profile, in the property ``verified_identity`` (JSON, written by
``store_verified`` at each sign-in only). The e-forms pre-fill them read-only (forms/prefill.py,
forms/view.py), and the submission service refuses an online submission by that account for
itself that changes them (submission/service.py, ``changed_fields``): a client may post anything.
"""

from danang.portal import _
from danang.portal.dossier import applicant
from DateTime import DateTime
from datetime import date
from datetime import datetime

import json
import logging

logger = logging.getLogger(__name__)

PROPERTY = "verified_identity"
# Verified member details → the applicant's keys (create_dossier's applicant dict, the e-form).
APPLICANT_KEYS = {"fullname": "name", "id_number": "id_number", "birth_date": "birth_date"}
CHANGED = _(
    "error_verified_field_changed",
    default="Thông tin này đã được xác thực qua VNeID nên không sửa được; hồ sơ dùng đúng thông tin "
    "đã xác thực.",
)


def as_date(value):
    """A ``date`` from a date, datetime, Zope DateTime or ISO text; None otherwise."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, DateTime):
        return value.asdatetime().date()
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def store_verified(member, details):
    """Record ``details`` ({member property: value}, dates as ``date``) as verified on ``member``,
    and copy them to the profile's own properties (the look-up and "Thông tin cá nhân" show them)."""
    stored = {key: value.isoformat() if isinstance(value, date) else value for key, value in details.items()}
    profile = {key: value for key, value in details.items() if key in APPLICANT_KEYS}
    if "birth_date" in profile:
        profile["birth_date"] = DateTime(profile["birth_date"].isoformat())
    member.setMemberProperties({PROPERTY: json.dumps(stored, ensure_ascii=False), **profile})


def verified_member_details(member):
    """{member property: value} of what ``member``'s electronic identity proved (dates as ``date``)."""
    try:
        raw = member.getProperty(PROPERTY, "") or ""
        stored = json.loads(raw) if raw else {}
    except (ValueError, TypeError):
        logger.exception("Unreadable verified identity of %s", member.getId())
        return {}
    if not isinstance(stored, dict):
        return {}
    if "birth_date" in stored:
        stored["birth_date"] = as_date(stored["birth_date"])
    return {key: value for key, value in stored.items() if value not in (None, "")}


def verified_fields(member):
    """{applicant key: value} that ``member``'s electronic identity proved."""
    details = verified_member_details(member)
    return {key: details[prop] for prop, key in APPLICANT_KEYS.items() if prop in details}


def _same(key, submitted, verified):
    if key == "birth_date":
        return as_date(submitted) == verified
    if key == "id_number":
        return applicant.normalize_id_number(submitted or "") == verified
    return " ".join(str(submitted or "").split()) == verified


def changed_fields(applicant_details, member):
    """The applicant keys whose value in ``applicant_details`` differs from what ``member``'s
    identity proved (a key left out is not a change)."""
    verified = verified_fields(member)
    return [key for key, value in verified.items()
            if key in applicant_details and not _same(key, applicant_details[key], value)]
