"""The officials' side of a dossier's payment: its unit's desk, specialists and leaders (and
administrators) see the fee lines, the refused attempts and state the amount owed."""

from plone import api

OFFICIAL_ROLES = frozenset({"Manager", "Site Administrator", "DeskOfficer", "Specialist", "Leader"})


def is_official(dossier):
    if api.user.is_anonymous():
        return False
    return bool(set(api.user.get_roles(obj=dossier)) & OFFICIAL_ROLES)
