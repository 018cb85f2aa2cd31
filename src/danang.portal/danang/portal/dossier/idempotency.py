"""Idempotent submission: a key chosen by the client maps to the dossier its first try created.

A client that does not know whether its submission arrived (a timeout, a dropped connection)
sends it again with the same key; the submission then answers the dossier already created instead
of creating a second one. Keys are per submitter (one citizen's key never finds another's dossier)
and expire after ``LIFETIME``.

The store is an OOBTree in an annotation of the dossier container. Two tries with the same key at
the same moment both insert the same BTree key: ZODB refuses the second commit (inserts of one key
conflict, of different keys merge), the publisher retries it, and the retry finds the first
dossier. Nothing else is shared, so different keys never conflict.
"""

from BTrees.OOBTree import OOBTree
from danang.portal import _
from datetime import timedelta
from zope.annotation.interfaces import IAnnotations

import re
import time

ANNOTATION_KEY = "danang.portal.dossier.idempotency"
LIFETIME = timedelta(hours=24)
# What a client may send: a UUID, a ULID or any token of 8 to 128 safe characters.
KEY_PATTERN = re.compile(r"^[A-Za-z0-9._:\-]{8,128}$")


class InvalidIdempotencyKey(ValueError):
    def __init__(self):
        self.message = _(
            "error_idempotency_key",
            default="Khóa chống gửi trùng không hợp lệ: cần từ 8 đến 128 ký tự chữ, số hoặc . _ : -",
        )
        super().__init__(self.message)


def checked_key(key):
    """The key without surrounding spaces; InvalidIdempotencyKey when it is not acceptable."""
    key = (key or "").strip()
    if not KEY_PATTERN.match(key):
        raise InvalidIdempotencyKey()
    return key


def _entries(container, create=False):
    annotations = IAnnotations(container)
    tree = annotations.get(ANNOTATION_KEY)
    if tree is None and create:
        tree = annotations[ANNOTATION_KEY] = OOBTree()
    return tree


def _entry_key(submitter, key):
    return f"{submitter}\n{checked_key(key)}"


def recall(container, submitter, key, now=None):
    """The UID of the dossier that ``submitter`` created with ``key``, or None (unknown, expired)."""
    entry_key = _entry_key(submitter, key)
    tree = _entries(container)
    if tree is None:
        return None
    entry = tree.get(entry_key)
    if entry is None or entry[1] <= (now if now is not None else time.time()):
        return None
    return entry[0]


def remember(container, submitter, key, dossier_uid, now=None):
    """Record that ``submitter`` created the dossier ``dossier_uid`` with ``key`` (in the
    transaction that stores the dossier)."""
    expires = (now if now is not None else time.time()) + LIFETIME.total_seconds()
    _entries(container, create=True)[_entry_key(submitter, key)] = (dossier_uid, expires)


def forget_expired(container, now=None, limit=10000):
    """Drop up to ``limit`` expired entries; returns how many (a periodic clean-up)."""
    tree = _entries(container)
    if tree is None:
        return 0
    now = now if now is not None else time.time()
    expired = [entry_key for entry_key, (_uid, expires) in tree.items() if expires <= now][:limit]
    for entry_key in expired:
        del tree[entry_key]
    return len(expired)
