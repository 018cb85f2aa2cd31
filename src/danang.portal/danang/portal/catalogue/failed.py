"""Searches that found nothing, counted so that editors see where citizens' words fail.

Only the words are kept (folded, as the key; as first typed, to show), with a count: never who
asked, when, or from where. The counters are ``BTrees.Length.Length`` objects, whose conflict
resolution adds concurrent increments, so simultaneous failed searches commit without conflict
errors; two first occurrences of the same new query at the same moment conflict once and the
publisher retries the request. At most ``MAX_QUERIES`` distinct queries are kept (a flood of
random text cannot grow the database); failures beyond that are only counted in ``dropped``.
"""

from BTrees.Length import Length
from BTrees.OOBTree import OOBTree
from danang.portal.catalogue.text import MAX_QUERY_LENGTH
from danang.portal.catalogue.text import words
from persistent import Persistent
from plone import api
from zope.annotation.interfaces import IAnnotations

import unicodedata

ANNOTATION_KEY = "danang.portal.failed_searches"
MAX_QUERIES = 5000


def _shown(text):
    text = unicodedata.normalize("NFC", text)
    return " ".join(text.split()).lower()[:MAX_QUERY_LENGTH]


class FailedSearches(Persistent):
    def __init__(self):
        self.counts = OOBTree()  # folded words -> Length
        self.shown = OOBTree()  # folded words -> the query as first typed
        self.total = Length()
        self.distinct = Length()
        self.dropped = Length()

    def record(self, text):
        key = " ".join(words(text or ""))
        if not key:
            return
        counter = self.counts.get(key)
        if counter is None:
            if self.distinct() >= MAX_QUERIES:
                self.dropped.change(1)
                self.total.change(1)
                return
            counter = self.counts[key] = Length(0)
            self.shown[key] = _shown(text)
            self.distinct.change(1)
        counter.change(1)
        self.total.change(1)

    def forget(self, key):
        """Remove one query (an editor dealt with it); True when it was there."""
        counter = self.counts.get(key)
        if counter is None:
            return False
        self.total.change(-counter())
        self.distinct.change(-1)
        del self.counts[key]
        self.shown.pop(key, None)
        return True

    def items(self):
        """[(key, shown, count)], most frequent first."""
        found = [(key, self.shown.get(key, key), counter()) for key, counter in self.counts.items()]
        found.sort(key=lambda item: (-item[2], item[1]))
        return found


def failed_searches(create=False, portal=None):
    """The site's store, or None when nothing failed yet (and ``create`` is false)."""
    portal = portal if portal is not None else api.portal.get()
    annotations = IAnnotations(portal)
    store = annotations.get(ANNOTATION_KEY)
    if store is None and create:
        store = annotations[ANNOTATION_KEY] = FailedSearches()
    return store


def record_if_failed(results):
    """Count the query of a search whose words found nothing; True when it was counted.

    Filters that empty a result are not the words' fault: only ``text_total == 0`` counts.
    """
    if not results.criteria.text or results.text_total or not results.criteria.terms:
        return False
    failed_searches(create=True).record(results.criteria.text)
    return True
