"""Pre-fill the applicant's details from the logged-in citizen's profile (Circular 22/2019).

The generated forms call this view from each applicant field's default expression (TDefault).
Member properties: ``fullname``, ``email`` (Plone's) and ``id_number``, ``phone``, ``address``,
``district``, ``ward``, ``birth_date`` (the citizen accounts' profile). A value that would not be
valid in the form is left out rather than shown: a default must never break the form.

Details proven by a national electronic identity (VNeID: dossier/verified_identity.py) pre-fill
the form whatever the profile says; the form shows them read-only (forms/view.py) and the
submission service refuses a submission that changes them.
"""

from danang.portal.agents.directory import standing
from danang.portal.data.units import get_unit
from danang.portal.data.units import units_of_level
from danang.portal.dossier.verified_identity import as_date
from danang.portal.dossier.verified_identity import verified_fields
from plone import api
from Products.Five.browser import BrowserView

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
        values["birth_date"] = as_date(values["birth_date"])
    district = get_unit(values.get("district"))
    if district is None or district["level"] != "district":
        values.pop("district", None)
    ward = get_unit(values.get("ward"))
    # With districts, the ward must be the district's; without (two-level), any ward of the day.
    in_district = ward is not None and (ward["parent"] == values.get("district") or not units_of_level("district"))
    if ward is None or ward["level"] != "ward" or not in_district:
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
