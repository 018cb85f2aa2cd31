"""The nonces of signed inbound requests already seen (signatures.py), kept until they expire.

An OOBTree in an annotation of the site: nonce → expiry (seconds since the epoch). Each use adds
its nonce and drops a few expired ones, so the store stays about as large as the requests of two
replay windows.
"""

from BTrees.OOBTree import OOBTree
from zope.annotation.interfaces import IAnnotations

ANNOTATION_KEY = "danang.portal.national.nonces"
# Expired nonces removed per use: bounded work per request, the store still shrinks.
PURGE_PER_USE = 20


def _store(portal):
    annotations = IAnnotations(portal)
    store = annotations.get(ANNOTATION_KEY)
    if store is None:
        store = annotations[ANNOTATION_KEY] = OOBTree()
    return store


def use(portal, nonce, now, keep):
    """Remember ``nonce`` for ``keep`` seconds; False when it was seen and has not expired."""
    store = _store(portal)
    expires = store.get(nonce)
    if expires is not None and expires > now:
        return False
    expired = [key for key, until in _oldest(store, PURGE_PER_USE * 5) if until <= now][:PURGE_PER_USE]
    for key in expired:
        del store[key]
    store[nonce] = now + keep
    return True


def _oldest(store, count):
    # Nonces are random: any slice of the tree is a sample; scanning a few keeps the cost bounded.
    items = []
    for item in store.items():
        items.append(item)
        if len(items) >= count:
            break
    return items
