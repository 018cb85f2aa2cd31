"""Sequence numbers that never repeat and have no hot conflict point: dossier codes and receipts.

Each sequence is a ``SequenceCounter`` in an OOBTree kept in an annotation of the dossier
container (docs/numbering.md says what users see: order, gaps).

Why a plain counter is not enough: two transactions that take a number at once both read it (say
41) and write 42. A counter that conflicts makes the publisher retry one whole submission (with
sleeps) for every number taken at the same moment; a counter that merely adds increments
(``BTrees.Length``) lets both commit "42". Here numbers are handed out under a process-wide
lock, from the counter as the transaction sees it *and* from what this process has handed out
that the transaction may not see yet (numbers in flight and recently committed). Two threads of
one process therefore never take the same number; both write the counter, and the counter's
``_p_resolveConflict`` merges those writes, which is right because their numbers differ. Two
processes (a cluster) may still take the same number from the same snapshot: every counter keeps
its last ``RECENT`` numbers, the resolution sees the number given twice and refuses it
(ConflictError), and the publisher retries that one request, which takes the next number.

A number taken by a transaction that fails (aborted, or retried after a conflict elsewhere), or
taken after a savepoint that the transaction then rolls back (a refused submission), is given
back to the process, and its next taker (usually the retried request) gets it: a day's
sequence has no gap unless a process stops while holding a given-back number, or a number
given back is above everything taken since (then it is simply not used).
"""

from BTrees.OOBTree import OOBTree
from persistent import Persistent
from ZODB.POSException import ConflictError
from zope.annotation.interfaces import IAnnotations

import collections
import threading
import weakref

# How many of its last numbers a counter keeps to detect a number given twice by two processes.
RECENT = 256


class SequenceCounter(Persistent):
    """The last number given in one sequence, and the last ``RECENT`` numbers given (counters of
    sites before this change have only ``value``: ``recent`` defaults to empty)."""

    value = 0
    recent = ()

    def take(self, number):
        self.value = max(self.value, number)
        self.recent = tuple(sorted(set(self.recent) | {number})[-RECENT:])
        return number

    def next(self):
        """The next number, without the process's memory (a container not yet stored)."""
        return self.take(self.value + 1)

    def _p_resolveConflict(self, old, committed, new):
        before = set(old.get("recent", ()))
        theirs = set(committed.get("recent", ())) - before
        mine = set(new.get("recent", ())) - before
        start = old.get("value", 0)
        if (
            not theirs
            or not mine
            or theirs & mine
            # So many numbers since the common state that the windows cannot prove them distinct.
            or committed.get("value", 0) - start >= RECENT // 2
            or new.get("value", 0) - start >= RECENT // 2
        ):
            raise ConflictError
        resolved = dict(committed)
        resolved["value"] = max(committed.get("value", 0), new.get("value", 0))
        resolved["recent"] = tuple(sorted(set(committed.get("recent", ())) | mine)[-RECENT:])
        return resolved


class _Issued:
    """What this process has handed out from one counter that a snapshot may not show."""

    def __init__(self):
        self.in_flight = {}  # number -> the transaction that took it
        self.committed = collections.deque(maxlen=RECENT)
        self.given_back = set()

    def top(self, counter):
        return max([counter.value, *self.in_flight, *self.committed])

    def rolled_back(self, counter, current):
        """Numbers the current transaction took and then rolled back to a savepoint: its own
        view of the counter no longer holds them."""
        return {number for number, owner in self.in_flight.items() if owner is current and number not in counter.recent}

    def release(self, number, stored):
        if number not in self.in_flight:
            return  # already released (a failed commit is aborted afterwards)
        del self.in_flight[number]
        if stored:
            self.committed.append(number)
        else:
            self.given_back.add(number)


_lock = threading.Lock()
# Per database (a test layer's stacked database is another one): identity -> _Issued.
_issued = weakref.WeakKeyDictionary()


def counter_tree(container, annotation_key):
    """The OOBTree of counters under ``annotation_key`` of the container (created on first use)."""
    annotations = IAnnotations(container)
    tree = annotations.get(annotation_key)
    if tree is None:
        tree = annotations[annotation_key] = OOBTree()
    return tree


def take_next(container, annotation_key, key, factory=SequenceCounter):
    """Take the next number of the sequence ``key`` (counter made by ``factory`` if new), for the
    transaction of the container's connection."""
    tree = counter_tree(container, annotation_key)
    counter = tree.get(key)
    if counter is None:
        counter = tree[key] = factory()
    jar = container._p_jar
    if jar is None or container._p_oid is None:
        return counter.next()  # nobody else can see this container yet
    current = jar.transaction_manager.get()
    with _lock:
        issued = _issued.setdefault(jar.db(), {}).setdefault((container._p_oid, annotation_key, key), _Issued())
        reclaimed = issued.rolled_back(counter, current)
        if reclaimed:
            # Still this transaction's: its hooks release it at the end, as for any number.
            return counter.take(min(reclaimed))
        top = issued.top(counter)
        taken = set(counter.recent) | set(issued.committed)
        # A number given back above everything taken since is no gap: drop it.
        issued.given_back = {number for number in issued.given_back if number <= top and number not in taken}
        if issued.given_back:
            number = min(issued.given_back)
            issued.given_back.discard(number)
        else:
            number = top + 1
        issued.in_flight[number] = current

    def release(status=False, *args):
        with _lock:
            issued.release(number, bool(status))

    current.addAfterCommitHook(release)
    current.addAfterAbortHook(release)
    return counter.take(number)
