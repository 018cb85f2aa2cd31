"""The statistics' persistent counters, in an annotation of the site, and how they change.

- ``tallies``: OOBTree (scope, month, owner) -> Tally (tally.py, conflict-resolving counters);
- ``live``: OOTreeSet of the open segments' keys (contributions.py), read by range counts;
- ``ledger``: OOBTree dossier uid -> the Facts last counted for it (as a plain tuple).

``update(dossier)`` (the event subscribers) compares the dossier's Facts with its ledger entry and
applies only the difference: a transition touches the ledger entry, one or two tallies and a
few live keys. Concurrent transitions of different dossiers merge: Tally resolves its own
conflicts, and BTree buckets resolve inserts and removals of different keys.

``rebuild(portal)`` recomputes everything from the dossiers (install.py, upgrade, repair). It
replaces the counters in one transaction: run it when no one is processing dossiers (changes
committed by others while it runs would be lost until the next rebuild).
"""

from BTrees.OOBTree import OOBTree
from BTrees.OOBTree import OOTreeSet
from collections import Counter
from danang.portal.statistics.contributions import contributions
from danang.portal.statistics.facts import Facts
from danang.portal.statistics.facts import facts_of
from danang.portal.statistics.tally import Tally
from persistent import Persistent
from plone import api
from plone.uuid.interfaces import IUUID
from zope.annotation.interfaces import IAnnotations

import logging
import time

logger = logging.getLogger(__name__)

STORE_KEY = "danang.portal.statistics"


class StatisticsStore(Persistent):
    def __init__(self):
        self.tallies = OOBTree()
        self.live = OOTreeSet()
        self.ledger = OOBTree()
        self.rebuilt = None

    def tally(self, key):
        """The Tally of (scope, month, owner), or None."""
        return self.tallies.get(key)

    def add(self, key, deltas):
        tally = self.tallies.get(key)
        if tally is None:
            tally = self.tallies[key] = Tally()
        tally.add(deltas)


def get_store(portal=None):
    """The site's store, or None before ``install`` (readers then show no figures)."""
    portal = portal if portal is not None else api.portal.get()
    return IAnnotations(portal).get(STORE_KEY)


def _store_for_writing(portal):
    store = get_store(portal)
    if store is None:
        # The site predates the statistics and was not upgraded: count its dossiers first.
        store = rebuild(portal)
    return store


def _apply(store, uid, old, new):
    old_tallies, old_live = contributions(uid, old)
    new_tallies, new_live = contributions(uid, new)
    for key in set(old_tallies) | set(new_tallies):
        delta = Counter(new_tallies.get(key, {}))
        delta.subtract(old_tallies.get(key, {}))
        delta = {field: value for field, value in delta.items() if value}
        if delta:
            store.add(key, delta)
    for key in old_live - new_live:
        store.live.remove(key)
    for key in new_live - old_live:
        store.live.add(key)


def record(store, uid, facts):
    """Count ``facts`` for dossier ``uid`` (None: forget it) in place of what was counted."""
    stored = store.ledger.get(uid)
    old = Facts(*stored) if stored is not None else None
    if facts is not None and facts.accepted is None:
        # Nothing counts before acceptance: keep the ledger to the dossiers that count.
        facts = None
    if old == facts:
        return False
    _apply(store, uid, old, facts)
    if facts is None:
        del store.ledger[uid]
    else:
        store.ledger[uid] = tuple(facts)
    return True


def update(dossier, state=None, portal=None):
    """Bring the counters in line with ``dossier`` as it is now."""
    uid = IUUID(dossier, None)
    if uid is None:
        return False
    facts = facts_of(dossier, state)
    portal = portal if portal is not None else api.portal.get()
    store = get_store(portal)
    if store is None:
        if facts.accepted is None:
            # Nothing to count yet: no need to create (or rebuild) the store for it.
            return False
        store = _store_for_writing(portal)
    return record(store, uid, facts)


def forget(dossier, portal=None):
    uid = IUUID(dossier, None)
    store = get_store(portal)
    if uid is None or store is None:
        return False
    return record(store, uid, None)


def _dossiers(portal):
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Dossier"):
        try:
            dossier = brain._unrestrictedGetObject()
        except (AttributeError, KeyError):
            logger.warning("statistics: dossier %s is in the catalog but not found", brain.getPath())
            continue
        yield dossier, brain.review_state


def collect(portal, progress=None):
    """A new, unattached store holding the counts of every dossier of the site (they are read
    one by one: minutes for 200,000). ``progress``: called with the number read, every 1,000."""
    started = time.perf_counter()
    tallies = {}
    live = []
    ledger = {}
    count = 0
    jar = getattr(portal, "_p_jar", None)
    for dossier, state in _dossiers(portal):
        count += 1
        uid = IUUID(dossier, None)
        facts = facts_of(dossier, state or None)
        if uid is not None and facts.accepted is not None:
            ledger[uid] = tuple(facts)
            dossier_tallies, dossier_live = contributions(uid, facts)
            for key, counter in dossier_tallies.items():
                tallies.setdefault(key, Counter()).update(counter)
            live.extend(dossier_live)
        if count % 1000 == 0:
            if jar is not None:
                # Dossiers are read once: let the cache drop them (200,000 would not fit).
                jar.cacheGC()
            if progress is not None:
                progress(count)
    store = StatisticsStore()
    for key, counter in tallies.items():
        tally = Tally()
        tally.add(counter)
        if tally:
            store.tallies[key] = tally
    store.live.update(live)
    store.ledger.update(ledger)
    store.rebuilt = time.time()
    logger.info("statistics counted %d dossiers in %.1f s", count, time.perf_counter() - started)
    return store


def rebuild(portal, progress=None):
    """Recompute every counter from the dossiers, in place of the site's; returns the new store."""
    store = collect(portal, progress)
    IAnnotations(portal)[STORE_KEY] = store
    return store
