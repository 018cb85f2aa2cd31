"""The portal's roles, and the sets of them that its rules check.

The unit roles are local roles on dossiers, held through each agency's groups
(``<code>-desk``, ``-specialist``, ``-leader``: workflow/groups.py); the profile's ``rolemap.xml``
declares them. The applicant is the dossier's Owner; whoever submitted for them holds
DossierAgent there; a registered public-service agent holds ServiceAgent site-wide.

Each rule names its set here, so that who may do what reads in one place:

>>> sorted(STAFF)
['DeskOfficer', 'Leader', 'Manager', 'Site Administrator', 'Specialist']
"""

from plone import api

# Plone's own roles.
MANAGER = "Manager"
SITE_ADMINISTRATOR = "Site Administrator"
OWNER = "Owner"

# The one-stop desk, the specialist who processes, the leader who approves (local roles).
DESK_OFFICER = "DeskOfficer"
SPECIALIST = "Specialist"
LEADER = "Leader"

# The applicant of a dossier is its Owner; the account that submitted for them holds
# DOSSIER_AGENT on it; an active registered agent holds SERVICE_AGENT site-wide.
APPLICANT = OWNER
DOSSIER_AGENT = "DossierAgent"
SERVICE_AGENT = "ServiceAgent"

# Who administers the site and so sees every unit's dossiers.
ADMINISTRATORS = frozenset({MANAGER, SITE_ADMINISTRATOR})
# The officials of the unit holding a dossier.
UNIT_OFFICIALS = frozenset({DESK_OFFICER, SPECIALIST, LEADER})
# Whoever handles or administers dossiers: sees the officials' side of a dossier (its payment
# lines, agent, tracking sheet, draft results) and is never the applicant who rates it.
STAFF = ADMINISTRATORS | UNIT_OFFICIALS
# The applicant's side of a dossier: its owner and the agent who submitted it.
APPLICANT_SIDE = frozenset({APPLICANT, DOSSIER_AGENT})
# Who records cash at the desk (administrators standing in for it).
CASHIERS = frozenset({DESK_OFFICER}) | ADMINISTRATORS
# Who signs an apology letter for a late dossier.
APOLOGISERS = frozenset({MANAGER, LEADER})
# Who hands a dossier to another unit, and who acknowledges receiving one.
TRANSFERRERS = frozenset({MANAGER, SPECIALIST, LEADER})
TRANSFER_RECEIVERS = frozenset({MANAGER}) | UNIT_OFFICIALS


def holds_any(roles, obj):
    """True when the current user holds one of ``roles`` on ``obj`` (anonymous users: never).

    >>> holds_any(STAFF, dossier)  # doctest: +SKIP
    True
    """
    if api.user.is_anonymous():
        return False
    return bool(set(api.user.get_roles(obj=obj)) & set(roles))
