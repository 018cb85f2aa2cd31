"""Catalog indexers: who submitted a dossier on the applicant's behalf, whose account a profile is.

``dossier_agent`` lists an agent's dossiers ("Hồ sơ của tôi", ``@agent-dossiers``) and finds
them when the agent is suspended or reactivated; ``agent_user`` finds an account's profile.
Both hold account ids only, no personal data of applicants.
"""

from danang.portal.agents.content import IAgentProfile
from danang.portal.dossier.content import IDossier
from plone.indexer import indexer


def _present(value):
    # An AttributeError tells plone.indexer there is nothing to index (no None key).
    if not value:
        raise AttributeError
    return value


@indexer(IDossier)
def dossier_agent(obj):
    return _present(getattr(obj, "agent", None))


@indexer(IAgentProfile)
def agent_user(obj):
    return _present((getattr(obj, "user_id", None) or "").strip())
