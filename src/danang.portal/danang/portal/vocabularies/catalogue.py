"""Vocabularies of catalogue content: sectors and agencies, keyed by their codes.

Values are codes rather than UIDs so that data files, catalog indexes and REST clients all speak
the same stable identifiers; titles come from the catalog's metadata, not from the objects.
"""

from plone import api
from plone.memoize import ram
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

import time


def _terms(portal_type, **query):
    catalog = api.portal.get_tool("portal_catalog")
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
    return (portal_type, repr(sorted(query.items())), catalog.getCounter(), time.time() // 3600)


@ram.cache(_cache_key)
def cached_terms(portal_type, **query):
    """The terms (code, title) of the catalogued ``portal_type`` objects matching ``query``."""
    return _terms(portal_type, **query)


@provider(IVocabularyFactory)
def SectorsFactory(context=None):
    return SimpleVocabulary(cached_terms("Sector"))


@provider(IVocabularyFactory)
def AgenciesFactory(context=None):
    return SimpleVocabulary(cached_terms("Agency"))
