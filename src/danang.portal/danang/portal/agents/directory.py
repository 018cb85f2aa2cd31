"""Find agents: the profile linked to an account, and whether an account acts as an agent now.

The global role ``ServiceAgent`` (held through the group ``dai-ly-dich-vu-cong``) is what lets an
account submit on citizens' behalf; membership.py keeps the group in step with the profiles, so
an active profile means the role and a suspended one means none. Lookups go through the catalog
(index ``agent_user``) without the current user's permissions: the register itself is visible to
site administrators only, but every page that meets an agent needs to know its standing.
"""

from danang.portal import roles
from dataclasses import dataclass
from plone import api

GROUP_ID = "dai-ly-dich-vu-cong"
FOLDER_ID = "dai-ly"
PROFILE_TYPE = "AgentProfile"
FOLDER_TYPE = "AgentFolder"
ACTIVE = "active"
SUSPENDED = "suspended"


def profile_brains(user_id):
    """Catalog brains of the profiles linked to ``user_id`` (at most one, by validation)."""
    if not user_id:
        return []
    catalog = api.portal.get_tool("portal_catalog")
    return list(catalog.unrestrictedSearchResults(portal_type=PROFILE_TYPE, agent_user=user_id))


def is_active(profile):
    """An agent is active unless suspended (a profile just added may not have its state yet)."""
    return api.content.get_state(profile, default=None) in (None, ACTIVE)


def profile_of(user_id):
    """The AgentProfile linked to the account, the active one first; None if it has none."""
    profiles = [brain._unrestrictedGetObject() for brain in profile_brains(user_id)]
    profiles.sort(key=lambda profile: not is_active(profile))
    return profiles[0] if profiles else None


def user_taken(user_id, context=None):
    """True when another profile than ``context`` is linked to ``user_id``."""
    own = api.content.get_uuid(context) if context is not None and _is_profile(context) else None
    return any(brain.UID != own for brain in profile_brains(user_id))


def _is_profile(obj):
    from danang.portal.agents.content import IAgentProfile

    return IAgentProfile.providedBy(obj)


def holds_role(user):
    """Whether the account holds the agent role site-wide (from the group, or given directly)."""
    if user is None:
        return False
    return roles.SERVICE_AGENT in (user.getRoles() or ())


@dataclass(frozen=True)
class Standing:
    """Where an account stands as an agent: ``active`` (may submit on behalf) or ``suspended``
    (has a profile, suspended, and no role), and its profile if any."""

    user_id: str = None
    profile: object = None
    active: bool = False
    suspended: bool = False

    @property
    def name(self):
        if self.profile is not None:
            return self.profile.Title()
        user = api.user.get(userid=self.user_id) if self.user_id else None
        return (user.getProperty("fullname", "") if user is not None else "") or self.user_id or ""


NOBODY = Standing()


def standing(user=None):
    """The Standing of ``user`` (default: the logged-in user; anonymous is nobody)."""
    if user is None:
        if api.user.is_anonymous():
            return NOBODY
        user = api.user.get_current()
    user_id = user.getId()
    if not user_id:
        return NOBODY
    profile = profile_of(user_id)
    if holds_role(user):
        return Standing(user_id=user_id, profile=profile, active=True)
    if profile is not None and not is_active(profile):
        return Standing(user_id=user_id, profile=profile, suspended=True)
    return Standing(user_id=user_id, profile=profile)


def describe(user_id):
    """'Bưu điện quận Hải Châu (125/QĐ-UBND)': the agent as receipts and lists name it."""
    if not user_id:
        return ""
    profile = profile_of(user_id)
    if profile is not None:
        licence = getattr(profile, "licence_number", None)
        return f"{profile.Title()} ({licence})" if licence else profile.Title()
    return Standing(user_id=user_id).name
