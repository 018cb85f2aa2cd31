"""Per-unit groups and the local roles they get on the dossiers their unit holds.

Every Agency has three groups, ``<code>-desk``, ``<code>-specialist`` and ``<code>-leader``;
administrators put officials in them. The groups get the DeskOfficer, Specialist and Leader
local roles on each dossier received by (or transferred to) their agency, so an official sees
and acts on their own unit's dossiers only. Roles are never given site-wide.
"""

from danang.portal import _
from danang.portal import roles
from plone import api
from zope.i18n import translate

UNIT_ROLES = (
    ("desk", roles.DESK_OFFICER, _("group_desk", default="Bộ phận một cửa")),
    ("specialist", roles.SPECIALIST, _("group_specialist", default="Chuyên viên xử lý")),
    ("leader", roles.LEADER, _("group_leader", default="Lãnh đạo")),
)
ROLE_BY_SUFFIX = {suffix: role for suffix, role, _title in UNIT_ROLES}


def group_id(agency_code, suffix):
    return f"{agency_code}-{suffix}"


def ensure_agency_groups(agency):
    """Create the agency's three groups when missing; return their ids."""
    code = getattr(agency, "code", None)
    if not code:
        return []
    ids = []
    for suffix, _role, title in UNIT_ROLES:
        gid = group_id(code, suffix)
        if api.group.get(groupname=gid) is None:
            label = translate(title, target_language="vi")
            api.group.create(groupname=gid, title=f"{label} - {agency.Title()}")
        ids.append(gid)
    return ids


def ensure_all_agency_groups(portal=None):
    """Groups for every Agency of the site (install step, after loading the catalogue)."""
    catalog = api.portal.get_tool("portal_catalog")
    created = []
    for brain in catalog.unrestrictedSearchResults(portal_type="Agency"):
        created.extend(ensure_agency_groups(brain._unrestrictedGetObject()))
    return created


def agency_added(agency, event):
    ensure_agency_groups(agency)


def unit_roles(agency_code, suffixes=("desk", "specialist", "leader")):
    """{group id: [role]} of a unit's groups."""
    return {group_id(agency_code, suffix): [ROLE_BY_SUFFIX[suffix]] for suffix in suffixes}


def grant_unit(dossier, agency_code, suffixes=("desk", "specialist", "leader")):
    for principal, granted in unit_roles(agency_code, suffixes).items():
        dossier.manage_setLocalRoles(principal, granted)


def revoke_unit(dossier, agency_code, suffixes=("desk", "specialist", "leader")):
    principals = list(unit_roles(agency_code, suffixes))
    present = [p for p in principals if p in (dossier.__ac_local_roles__ or {})]
    if present:
        dossier.manage_delLocalRoles(present)


def dossier_added(dossier, event):
    """The receiving unit's officials get their roles on a new dossier."""
    if getattr(dossier, "receiving_unit", None):
        grant_unit(dossier, dossier.receiving_unit)
        if getattr(dossier, "current_unit", None) is None:
            dossier.current_unit = dossier.receiving_unit
    # The desk that received it for the competent unit and the one handing over the result
    # (dossier/receiving.py) follow it.
    for desk in {getattr(dossier, "received_at_unit", None), getattr(dossier, "collect_at_unit", None)}:
        if desk and desk != getattr(dossier, "receiving_unit", None):
            grant_unit(dossier, desk, ("desk",))


def forget_cached_roles(dossier):
    """borg.localrole caches allowed local roles on the request: after moving roles within a
    request, drop that cache so later checks in the same request see the change."""
    from Acquisition import aq_get
    from zope.annotation.interfaces import IAnnotations

    request = aq_get(dossier, "REQUEST", None)
    if request is None:
        return
    annotations = IAnnotations(request, None)
    if annotations is None:
        return
    for key in [key for key in annotations if isinstance(key, str) and "checkLocalRolesAllowed" in key]:
        del annotations[key]
