"""Which units (agency codes) the current official works for.

The dossier workflow gives each unit's officials their roles through groups named
``<agency code>-<role>`` (``SXD-desk``, ``SXD-specialist``, ``SXD-leader``) holding local roles on
the unit's dossiers. An official's units are read from those group ids, and only here: if the
naming changes, this is the one function to adapt.
"""

from danang.portal import roles
from plone import api

# Group id suffixes of a unit's officials, longest first so "-desk" never cuts a longer suffix.
UNIT_GROUP_SUFFIXES = ("-specialist", "-leader", "-desk")


def unit_of_group(group_id):
    """The agency code of a unit group id, or None: ``"SXD-desk"`` -> ``"SXD"``."""
    for suffix in UNIT_GROUP_SUFFIXES:
        if group_id and group_id.endswith(suffix) and len(group_id) > len(suffix):
            return group_id[: -len(suffix)]
    return None


def official_units(user=None):
    """Sorted agency codes of the units the user (default: current) belongs to; [] for citizens."""
    if user is None:
        if api.user.is_anonymous():
            return []
        user = api.user.get_current()
    getter = getattr(user, "getGroups", None)
    group_ids = getter() if getter is not None else ()
    return sorted({code for code in map(unit_of_group, group_ids) if code})


def sees_all_units(user=None):
    """True for managers and site administrators, who may open any unit's worklist."""
    if user is None:
        if api.user.is_anonymous():
            return False
        user = api.user.get_current()
    return bool(roles.ADMINISTRATORS & set(user.getRoles()))
