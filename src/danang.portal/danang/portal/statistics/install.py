"""``install(portal)``: the statistics' set-up, at site creation and in the 1000 → 1001 upgrade."""

from danang.portal.statistics.store import get_store
from danang.portal.statistics.store import rebuild


def install(portal):
    """Create the counters, counting the dossiers already there (the upgrade of a running site
    reads each one once); keep existing counters. Idempotent. Returns the store."""
    store = get_store(portal)
    if store is None:
        store = rebuild(portal)
    return store
