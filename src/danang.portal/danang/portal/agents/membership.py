"""Keep an agent's rights in step with its profile.

An active profile puts its account in the group ``dai-ly-dich-vu-cong`` (global role
``ServiceAgent``: may submit on citizens' behalf) and gives it back the local role
``DossierAgent`` on the dossiers it submitted. Suspending the profile, linking it to another
account or deleting it takes both away: a suspended agent can neither submit nor act (withdraw,
supply papers, pay) on dossiers it submitted before; the applicants still follow theirs through
the public look-up. Every dossier keeps ``agent`` (who submitted it), so rights come back
exactly as they were on reactivation.

The account the rights were given to is remembered on the profile, so changing the linked
account moves them, whatever the edit form does.
"""

from Acquisition import aq_base
from danang.portal import roles
from danang.portal.agents.directory import GROUP_ID
from danang.portal.agents.directory import is_active
from danang.portal.agents.directory import profile_brains
from danang.portal.workflow.groups import forget_cached_roles
from plone import api

import logging

logger = logging.getLogger(__name__)

GRANTED = "_danang_agent_granted_to"


def agent_dossiers(user_id):
    """The dossiers submitted by the agent account, whatever the current user may see."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Dossier", dossier_agent=user_id):
        yield brain._unrestrictedGetObject()


def _set_dossier_role(user_id, present):
    changed = 0
    for dossier in agent_dossiers(user_id):
        if getattr(dossier, "agent", None) != user_id:
            continue
        held = set(dossier.get_local_roles_for_userid(user_id))
        if present == (roles.DOSSIER_AGENT in held):
            continue
        held = held | {roles.DOSSIER_AGENT} if present else held - {roles.DOSSIER_AGENT}
        if held:
            dossier.manage_setLocalRoles(user_id, sorted(held))
        else:
            dossier.manage_delLocalRoles([user_id])
        dossier.reindexObjectSecurity()
        forget_cached_roles(dossier)
        changed += 1
    return changed


def _group_members():
    group = api.group.get(groupname=GROUP_ID)
    return {member.getId() for member in api.user.get_users(group=group)} if group is not None else set()


def grant(user_id, dossiers=True):
    """Give the account the agent role (group) and, with ``dossiers``, its DossierAgent roles
    back."""
    if api.user.get(userid=user_id) is None:
        logger.warning("Agent account %s does not exist: no role given", user_id)
        return
    if user_id not in _group_members():
        api.group.add_user(groupname=GROUP_ID, username=user_id)
    if dossiers:
        _set_dossier_role(user_id, True)


def revoke(user_id, keep_for=None):
    """Take the agent role and the DossierAgent roles away, unless another active profile than
    ``keep_for`` still names this account."""
    for brain in profile_brains(user_id):
        other = brain._unrestrictedGetObject()
        if other is not keep_for and aq_base(other) is not aq_base(keep_for) and is_active(other):
            return
    if user_id in _group_members():
        api.group.remove_user(groupname=GROUP_ID, username=user_id)
    _set_dossier_role(user_id, False)


def sync(profile, removed=False):
    """Bring the linked account's rights in line with the profile's status."""
    granted = getattr(aq_base(profile), GRANTED, None)
    wanted = None if removed else ((getattr(profile, "user_id", None) or "").strip() or None)
    if wanted and not is_active(profile):
        wanted = None
    if granted and granted != wanted:
        revoke(granted, keep_for=profile)
    if wanted:
        # The dossiers are visited only when rights move (not on every edit of the profile).
        grant(wanted, dossiers=granted != wanted)
    if not removed and granted != wanted:
        setattr(profile, GRANTED, wanted)


def profile_changed(profile, event):
    """Added, edited or moved through the workflow."""
    sync(profile)


def profile_removed(profile, event):
    sync(profile, removed=True)
