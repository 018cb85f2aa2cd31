"""Rating counts straight from the catalog, for a page that shows one service's or one unit's
shares (``shares(rating_counts(service_code="1.009130"))``) and to rebuild counters.

Statistics keep running counters from the DossierRated event; this asks the ``satisfaction``
index instead: one query per level, counted from the index sets without loading any dossier.
Counts are public aggregates, so the search is unrestricted (no permission filter).
"""

from danang.portal.satisfaction.levels import LEVEL_IDS
from plone import api


def rating_counts(**query):
    """{level id: number of rated dossiers} matching the catalog ``query`` (e.g.
    ``receiving_unit="SXD"``, ``service_code="1.009130"``, ``received={...}``)."""
    if "satisfaction" in query:
        raise ValueError("rating_counts counts every level: do not filter on 'satisfaction'")
    catalog = api.portal.get_tool("portal_catalog")
    return {
        level: len(catalog.unrestrictedSearchResults(portal_type="Dossier", satisfaction=level, **query))
        for level in LEVEL_IDS
    }
