"""The officials' side of a dossier's payment: its unit's desk, specialists and leaders (and
administrators) see the fee lines, the refused attempts and state the amount owed."""

from danang.portal import roles


def is_official(dossier):
    return roles.holds_any(roles.STAFF, dossier)
