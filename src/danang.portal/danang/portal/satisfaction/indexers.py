"""The ``satisfaction`` index and metadata: the level of a rated dossier (none before).

Statistics count ratings per level, unit and service by intersecting this index with
``receiving_unit`` and ``service_code``; "Hồ sơ của tôi" reads the metadata column to offer the
rating link on returned dossiers not yet rated. The comment is never indexed.
"""

from danang.portal.dossier.content import IDossier
from danang.portal.satisfaction.rating import rating_of
from plone.indexer import indexer


@indexer(IDossier)
def satisfaction(obj):
    rating = rating_of(obj)
    if rating is None:
        # An AttributeError tells plone.indexer there is nothing to index (no None key).
        raise AttributeError("satisfaction")
    return rating["level"]
