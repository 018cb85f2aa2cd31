"""Vocabularies of catalogue content: sectors and agencies, keyed by their codes.

Values are codes rather than UIDs so that data files, catalog indexes and REST clients all speak
the same stable identifiers; titles come from the catalog's metadata, not from the objects.
"""

from danang.portal.content.agency import IDissolvedAgency
from plone import api
from plone.memoize import ram
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

import time


def _terms(portal_type, standing=False):
    catalog = api.portal.get_tool("portal_catalog")
    query = {"object_provides": {"not": IDissolvedAgency.__identifier__}} if standing else {}
    brains = catalog.unrestrictedSearchResults(
        portal_type=portal_type, sort_on="sortable_title", **query
    )
    seen = set()
    terms = []
    for brain in brains:
        if not brain.code or brain.code in seen:
            continue
        seen.add(brain.code)
        terms.append(SimpleTerm(brain.code, brain.code, brain.Title))
    return terms


def _cache_key(func, portal_type, **query):
    # The catalog counter changes on every (un)index, so cached terms never go stale.
    catalog = api.portal.get_tool("portal_catalog")
    return (portal_type, sorted(query.items()), catalog.getCounter(), time.time() // 3600)


@ram.cache(_cache_key)
def _cached_terms(portal_type, **query):
    return _terms(portal_type, **query)


@provider(IVocabularyFactory)
def SectorsFactory(context=None):
    return SimpleVocabulary(_cached_terms("Sector"))


@provider(IVocabularyFactory)
def AgenciesFactory(context=None):
    return SimpleVocabulary(_cached_terms("Agency"))


@provider(IVocabularyFactory)
def DesksFactory(context=None):
    """The one-stop desks an applicant may submit at or collect the result from: every standing
    agency of the city (dissolved ones are kept for their history only: docs/reorganisation.md)."""
    return SimpleVocabulary(_cached_terms("Agency", standing=True))
