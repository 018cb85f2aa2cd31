"""Pre-fill the applicant's details from the logged-in citizen's profile (Circular 22/2019).

The generated forms call this view from each applicant field's default expression (TDefault).
Member properties: ``fullname``, ``email`` (Plone's) and ``id_number``, ``phone``, ``address``,
``district``, ``ward``, ``birth_date`` (the citizen accounts' profile). A value that would not be
valid in the form is left out rather than shown: a default must never break the form.

Details proven by a national electronic identity (VNeID, vneid/) are kept apart, in the member
property ``verified_identity`` (JSON, written by ``store_verified``): they pre-fill the form
whatever the profile says, the form shows them read-only (forms/view.py) and the "Tạo hồ sơ"
action refuses a submission that changes them (forms/action.py, ``changed_verified_fields``).
"""

from danang.portal.agents.directory import standing
from danang.portal.data.units import get_unit
from danang.portal.dossier import applicant
from DateTime import DateTime
from datetime import date
from datetime import datetime
from plone import api
from Products.Five.browser import BrowserView

import json
import logging

logger = logging.getLogger(__name__)

PROPERTIES = {
    "name": "fullname",
    "email": "email",
    "id_number": "id_number",
    "phone": "phone",
    "address": "address",
    "district": "district",
    "ward": "ward",
    "birth_date": "birth_date",
}


def _as_date(value):
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


VERIFIED_PROPERTY = "verified_identity"
# Verified member details → the e-form's applicant fields.
VERIFIED_FIELDS = {"fullname": "name", "id_number": "id_number", "birth_date": "birth_date"}


def store_verified(member, details):
    """Record ``details`` ({member property: value}, dates as ``date``) as verified on ``member``,
    and copy them to the profile's own properties (the look-up and "Thông tin cá nhân" show them)."""
    stored = {key: value.isoformat() if isinstance(value, date) else value for key, value in details.items()}
    profile = {key: value for key, value in details.items() if key in VERIFIED_FIELDS}
    if "birth_date" in profile:
        profile["birth_date"] = DateTime(profile["birth_date"].isoformat())
    member.setMemberProperties({VERIFIED_PROPERTY: json.dumps(stored, ensure_ascii=False), **profile})


def verified_member_details(member):
    """{member property: value} of what ``member``'s electronic identity proved (dates as ``date``)."""
    try:
        raw = member.getProperty(VERIFIED_PROPERTY, "") or ""
        stored = json.loads(raw) if raw else {}
    except (ValueError, TypeError):
        logger.exception("Unreadable verified identity of %s", member.getId())
        return {}
    if not isinstance(stored, dict):
        return {}
    if "birth_date" in stored:
        stored["birth_date"] = _as_date(stored["birth_date"])
    return {key: value for key, value in stored.items() if value not in (None, "")}


def verified_fields(member):
    """{e-form field: value} that ``member``'s electronic identity proved."""
    details = verified_member_details(member)
    return {field: details[prop] for prop, field in VERIFIED_FIELDS.items() if prop in details}


def _same(field, submitted, verified):
    if field == "birth_date":
        return _as_date(submitted) == verified
    if field == "id_number":
        return applicant.normalize_id_number(submitted or "") == verified
    return " ".join(str(submitted or "").split()) == verified


def changed_verified_fields(fields):
    """The e-form fields among ``fields`` (submitted values) whose value differs from the one the
    current user's electronic identity proved: the form shows them read-only, but a client may
    post anything. Empty for anonymous users and agents (they submit for others)."""
    if api.user.is_anonymous() or acts_for_others():
        return []
    verified = verified_fields(api.user.get_current())
    return [name for name, value in verified.items() if name in fields and not _same(name, fields[name], value)]


def acts_for_others():
    """Whether the current user is an agent (agents/): they submit for someone else."""
    agent = standing()
    return agent.active or agent.suspended


def applicant_profile(member):
    """The applicant fields known from a member's properties (only valid values); the verified
    ones win over what the profile says."""
    values = {}
    for field, prop in PROPERTIES.items():
        try:
            value = member.getProperty(prop, None)
        except Exception:  # a broken property sheet must not break the form
            logger.exception("Cannot read member property %s", prop)
            value = None
        if value in (None, ""):
            continue
        values[field] = value
    if "birth_date" in values:
        values["birth_date"] = _as_date(values["birth_date"])
    district = get_unit(values.get("district"))
    if district is None or district["level"] != "district":
        values.pop("district", None)
    ward = get_unit(values.get("ward"))
    if ward is None or ward["level"] != "ward" or ward["parent"] != values.get("district"):
        values.pop("ward", None)
    values.update(verified_fields(member))
    return {key: value for key, value in values.items() if value not in (None, "")}


class ApplicantPrefill(BrowserView):
    """``@@danang-applicant-prefill``: callable with a field name; None for anonymous users and
    for agents (agents/), who submit on the applicant's behalf."""

    def __call__(self, field):
        if api.user.is_anonymous():
            return None
        cache = self.request.other.setdefault("danang.applicant_profile", {})
        if "values" not in cache:
            # An agent submits for someone else: their own details are not the applicant's.
            cache["values"] = {} if acts_for_others() else applicant_profile(api.user.get_current())
        return cache["values"].get(field)
