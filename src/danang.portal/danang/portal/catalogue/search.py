"""The service search engine behind both the search page and the ``@services`` REST endpoint.

It works on the catalog's own data structures (each index's value -> document-ids BTree, read
through catalogue.internals). The result is the intersection of

* the services the current user may see (portal_type, allowedRolesAndUsers, effective range, in
  force), as plain catalog searches enforce them;
* the text match (``service_text``): the query's clauses (catalogue.interpretation: synonyms,
  stop words, typos), every one somewhere in the record; when that finds fewer than
  ``RELAX_BELOW`` services, those matching most clauses follow;
* ``processing_days <= max_days``;
* one set per facet with a selection: the union of its values' sets (OR within a facet).

Facet counts follow the usual "exclude own facet" rule: a facet's values are counted within the
result of the query *without that facet's own selection*, so a visitor sees how many services each
other choice would give. Counting reads the indexes' BTrees (catalogue.facets.count_values):
never an object load, never one catalog query per value.

Relevance ranks an exact procedure code first, then services matching every clause before those
matching fewer, then the whole query as a phrase in the name, then more clauses in the name, then
the whole query as a phrase elsewhere; within that by Okapi BM25 over the full text.
"""

from AccessControl import getSecurityManager
from BTrees.IIBTree import IISet
from BTrees.IIBTree import intersection
from collections import Counter
from danang.portal.catalogue import internals
from danang.portal.catalogue.facets import count_values
from danang.portal.catalogue.facets import documents_up_to
from danang.portal.catalogue.facets import documents_with
from danang.portal.catalogue.facets import FACETS
from danang.portal.catalogue.interpretation import interpret
from danang.portal.catalogue.interpretation import suggestion
from danang.portal.catalogue.matching import TextMatcher
from danang.portal.catalogue.settings import current_stop_words
from danang.portal.catalogue.settings import current_synonyms
from danang.portal.catalogue.text import Term
from danang.portal.content.codes import SERVICE_CODE
from dataclasses import dataclass
from DateTime import DateTime
from plone import api
from Products.CMFCore.indexing import processQueue
from Products.CMFCore.permissions import AccessInactivePortalContent
from ZTUtils.Lazy import LazyMap

import itertools
import time

TITLE_INDEX = "service_title_text"
TEXT_INDEX = "service_text"
CODE_INDEX = "code"
NAME_SORT_INDEX = "sortable_title"
DAYS_INDEX = "processing_days"
PORTAL_TYPE = "Service"

# Weights of the ranking keys, each dwarfing the next ones; the name's BM25 (times _NAME_SCORE,
# well below 1e4) before the full text's: of two names with the query's words, the one with fewer
# other words comes first ("Cấp giấy phép …" before "Cấp lại giấy phép …").
_CODE, _CLAUSES, _NAME_PHRASE, _NAME_CLAUSES, _TEXT_PHRASE, _NAME_SCORE = 1e12, 1e9, 1e8, 1e5, 1e4, 50
# A strict match (every clause) finding fewer services than this is followed by those that
# match most clauses (of at least three: at most two missing, or more than half when that
# finds too little); of two clauses, when nothing matches both, those matching either.
RELAX_BELOW = 5
RELAX_MIN_CLAUSES = 3
# Effective and expiry dates are checked against the start of the current minute (they take
# effect up to a minute late), so that the minute's visible set can be reused.
_VISIBILITY_GRAIN = 60
_CACHE_SIZE = 32
_TERMS_CACHE_SIZE = 1000


@dataclass(frozen=True)
class FacetValue:
    value: object
    token: str
    title: object  # an i18n message or a plain string
    count: int
    selected: bool


@dataclass
class SearchResults:
    criteria: object
    rids: list  # catalog record ids of every match, in result order
    facets: dict  # facet name -> [FacetValue]
    catalog: object
    # How the text was understood (catalogue.interpretation.Interpretation), None without text.
    interpretation: object = None
    # Matches of every clause; fewer than ``total`` when services matching most clauses follow.
    strict_total: int = 0
    # Services the text alone finds (before facets and max_days): 0 means the words failed.
    text_total: int = 0
    # A query to propose when nothing is found ("Có phải bạn muốn tìm"), or None.
    suggestion: str = None

    def __len__(self):
        return len(self.rids)

    @property
    def total(self):
        return len(self.rids)

    def brains(self, start=None, size=None):
        """Brains of a slice of the results (the criteria's batch by default), read lazily."""
        start = self.criteria.b_start if start is None else start
        size = self.criteria.b_size if size is None else size
        rids = self.rids[start : start + size]
        return LazyMap(internals.brain_getter(self.catalog), rids, len(rids))

    def all_brains(self):
        """Every match as a lazy sequence of brains (for batching helpers that slice)."""
        return LazyMap(internals.brain_getter(self.catalog), self.rids, len(self.rids))

    @property
    def partial(self):
        """Some results match only most of the words."""
        return self.strict_total < self.total


_index = internals.get_index
_query_index = internals.query_index


def _cache(catalog):
    """A per-connection cache that lives exactly as long as the catalog's content is unchanged.

    It hangs, as a volatile attribute, on the catalog's change counter: every (un)indexing bumps
    the counter, and an aborted transaction that bumped it turns it back into a ghost, which
    drops the attribute. So nothing computed from other content is ever reused.
    """
    counter = internals.change_counter(catalog)
    if counter is None:
        return {}
    value = counter()
    cache = getattr(counter, "_v_danang_search", None)
    if cache is None or cache[0] != value or len(cache[1]) > _CACHE_SIZE:
        cache = (value, {})
        counter._v_danang_search = cache
    return cache[1]


def _terms_cache(catalog):
    """Term -> documents, next to the per-change cache (same lifetime), with its own bound."""
    cache = _cache(catalog)
    terms = cache.get("terms")
    if terms is None or len(terms) > _TERMS_CACHE_SIZE:
        terms = cache["terms"] = {}
    return terms


def _visibility_key(catalog):
    user = getSecurityManager().getUser()
    tokens = tuple(sorted(internals.roles_and_users(catalog, user)))
    if getSecurityManager().checkPermission(AccessInactivePortalContent, catalog):
        return tokens, None
    return tokens, int(time.time() // _VISIBILITY_GRAIN) * _VISIBILITY_GRAIN


def visible_services(catalog, key=None):
    """Ids of the in-force services the current user may see, checked like catalog searches do."""
    key = key or _visibility_key(catalog)
    cache = _cache(catalog)
    if ("visible", key) in cache:
        return cache[("visible", key)]
    tokens, minute = key
    query = {"portal_type": PORTAL_TYPE, "in_force": True, "allowedRolesAndUsers": list(tokens)}
    if minute is not None:
        query["effectiveRange"] = DateTime(minute)
    result = None
    for name, value in query.items():
        found = _query_index(catalog, name, value, result)
        result = found if result is None else intersection(result, found)
        if not result:
            break
    result = result if result else IISet()
    cache[("visible", key)] = result
    return result


def _phrase_of_all(clauses):
    """The whole query as one phrase (each clause as typed), when it has several words and no prefix."""
    terms = [clause.alternatives[0] for clause in clauses]
    words = tuple(word for term in terms for word in term.words)
    if len(words) < 2 or any(term.prefix for term in terms):
        return None
    return Term(words, phrase=True)


def _relevance(catalog, criteria, interpretation, rids, text, matched):
    """Score of each of ``rids``: the ranking keys of the module docstring, then BM25."""
    clauses = interpretation.clauses
    scores = text.scores(interpretation.terms, rids)
    whole = _phrase_of_all(clauses)
    title = TextMatcher(_index(catalog, TITLE_INDEX), text.cache)
    in_name = Counter()
    for clause in clauses:
        in_name.update(title.clause_documents(clause, within=rids))
    bonus = dict.fromkeys(scores, 0.0)
    for docid, score in title.scores(interpretation.terms, in_name).items():
        bonus[docid] += score * _NAME_SCORE
    for docid in scores:
        bonus[docid] += (matched[docid] if matched is not None else len(clauses)) * _CLAUSES
        bonus[docid] += in_name[docid] * _NAME_CLAUSES
    if whole is not None:
        for docid in text.documents([whole], within=rids):
            bonus[docid] += _TEXT_PHRASE
        for docid in title.documents([whole], within=rids):
            bonus[docid] += _NAME_PHRASE
    code_index = _index(catalog, CODE_INDEX)
    codes = {criteria.text, criteria.text.upper()}
    for docid in documents_with(code_index, [code for code in codes if SERVICE_CODE.match(code)]):
        if docid in scores:
            bonus[docid] += _CODE
    return {docid: bonus[docid] + score for docid, score in scores.items()}


def _by_name(catalog, rids, visible, key):
    """``rids`` in name order. A large share of the catalogue is picked out of the whole
    catalogue's order (sorted once per catalog change), a small one sorted on its own."""
    names = internals.reverse_index(_index(catalog, NAME_SORT_INDEX))
    if len(rids) * 8 < len(visible):
        return sorted(rids, key=lambda docid: names.get(docid, ""))
    cache = _cache(catalog)
    if ("by_name", key) not in cache:
        cache[("by_name", key)] = sorted(visible, key=lambda docid: names.get(docid, ""))
    everything = cache[("by_name", key)]
    if rids is visible:
        return list(everything)
    return [docid for docid in everything if rids.has_key(docid)]


def _sorted(catalog, criteria, rids, text, visible, key, interpretation=None, matched=None):
    by_name = _by_name(catalog, rids, visible, key)
    if criteria.descending:
        by_name.reverse()
    if criteria.sort_on == "relevance" and interpretation is not None and interpretation.clauses:
        scores = _relevance(catalog, criteria, interpretation, rids, text, matched)
        # Stable sorts: equal scores keep name order.
        by_name.sort(key=scores.__getitem__, reverse=not criteria.descending)
    elif criteria.sort_on == "days":
        days = internals.reverse_index(_index(catalog, DAYS_INDEX))
        by_name.sort(key=lambda docid: days.get(docid, float("inf")), reverse=criteria.descending)
    return by_name


def _facet_values(facet, terms, counts, selected):
    values = []
    for term in terms:
        count = counts.get(term.value, 0)
        is_selected = term.value in selected
        if count or is_selected or facet.show_empty:
            values.append(FacetValue(term.value, term.token, term.title or term.token, count, is_selected))
    if facet.by_count:
        values.sort(key=lambda item: (-item.count, str(item.title)))
    return values


def _counts(catalog, facet, terms, docids, universe_size):
    return count_values(_index(catalog, facet.index), [term.value for term in terms], docids, universe_size)


def search(criteria, context=None):
    """Run the criteria; return every matching rid in order, and the facets with their counts."""
    # Like every catalog search: index what this transaction changed before reading the indexes.
    processQueue()
    catalog = api.portal.get_tool("portal_catalog")
    context = context if context is not None else api.portal.get()

    key = _visibility_key(catalog)
    visible = visible_services(catalog, key)
    common = visible
    text = TextMatcher(_index(catalog, TEXT_INDEX), _terms_cache(catalog))
    interpretation = matched = None
    if criteria.terms:
        interpretation = interpret(criteria.terms, text.data, current_synonyms(), current_stop_words())
        common, matched = _text_matches(text, interpretation, visible)
    text_total = len(common)
    if criteria.max_days is not None and common:
        common = intersection(common, documents_up_to(_index(catalog, DAYS_INDEX), criteria.max_days))

    chosen = {
        facet.name: documents_with(_index(catalog, facet.index), criteria.selected(facet.name))
        for facet in FACETS
        if criteria.selected(facet.name)
    }

    def narrowed(skip=None):
        result = common
        # Smallest sets first: every later intersection walks fewer ids.
        for name, docids in sorted(chosen.items(), key=lambda item: len(item[1])):
            if name != skip:
                result = intersection(result, docids)
        return result

    matches = narrowed()
    cache = _cache(catalog)
    facets = {}
    for facet in FACETS:
        terms = list(facet.terms(context))
        within = narrowed(skip=facet.name) if facet.name in chosen else matches
        if within is visible:
            # Counts over everything visible (the landing page, or this facet alone): the same
            # for everyone with the same roles until the next edit.
            cache_key = ("counts", facet.name, key)
            if cache_key not in cache:
                cache[cache_key] = _counts(catalog, facet, terms, visible, len(visible))
            counts = cache[cache_key]
        else:
            counts = _counts(catalog, facet, terms, within, len(visible))
        facets[facet.name] = _facet_values(facet, terms, counts, set(criteria.selected(facet.name)))

    rids = _sorted(catalog, criteria, matches, text, visible, key, interpretation, matched)
    proposed = None
    if interpretation is not None and not rids:
        proposed = suggestion(interpretation, text.data, cache)
    return SearchResults(
        criteria=criteria,
        rids=rids,
        facets=facets,
        catalog=catalog,
        interpretation=interpretation,
        strict_total=_strict_count(rids, interpretation, matched),
        text_total=text_total,
        suggestion=proposed,
    )


def _strict_count(rids, interpretation, matched):
    if matched is None:
        return len(rids)
    every = len(interpretation.clauses)
    return sum(1 for docid in rids if matched[docid] == every)


def _text_matches(text, interpretation, visible):
    """(documents, {docid: clauses matched} or None when every document matches every clause)."""
    if not interpretation.clauses:
        return visible, None
    found = sorted((text.clause_documents(clause, within=visible) for clause in interpretation.clauses), key=len)
    strict = found[0]
    for docids in found[1:]:
        if not strict:
            break
        strict = intersection(strict, docids)
    # A clause that nothing matches is a word the catalogue does not know (not even one typo
    # away): nothing is found, and the visitor gets a suggestion rather than loose results.
    if len(strict) >= RELAX_BELOW or not all(found):
        return strict, None
    if len(found) < RELAX_MIN_CLAUSES and (len(found) < 2 or strict):
        return strict, None
    matched = Counter(itertools.chain.from_iterable(found))
    if len(found) < RELAX_MIN_CLAUSES:
        return IISet(matched), matched
    # "Most": at most two clauses missing (a long sentence keeps its point) when that finds
    # enough, else more than half of them.
    most = len(found) // 2 + 1
    relaxed = IISet([docid for docid, count in matched.items() if count >= max(most, len(found) - 2)])
    if len(relaxed) < RELAX_BELOW:
        relaxed = IISet([docid for docid, count in matched.items() if count >= most])
    return relaxed, matched

