"""Gap-free sequence numbers that never repeat under concurrency: dossier codes and receipts.

Each sequence is a ``SequenceCounter`` in an OOBTree kept in an annotation of the dossier
container. Why the counter must conflict: two transactions that take a number at once both read
it (say 41) and write 42. ZODB detects that both changed the same object and raises a
ConflictError in the second one to commit; the publisher retries the whole request, which reads
42 and writes 43. A ``BTrees.Length`` (or any ``_p_resolveConflict``) would *resolve* it by
adding both increments and let both commit with the same number. Counters of different
sequences are different objects and never conflict; creating one inserts a key into the OOBTree,
where inserts of different keys are resolved and the same key conflicts. A transaction that fails
gives its number back, so there are no gaps.
"""

from BTrees.OOBTree import OOBTree
from persistent import Persistent
from zope.annotation.interfaces import IAnnotations


class SequenceCounter(Persistent):
    """The last number given in one sequence. No ``_p_resolveConflict`` on purpose."""

    value = 0

    def next(self):
        self.value += 1
        return self.value


def counter_tree(container, annotation_key):
    """The OOBTree of counters under ``annotation_key`` of the container (created on first use)."""
    annotations = IAnnotations(container)
    tree = annotations.get(annotation_key)
    if tree is None:
        tree = annotations[annotation_key] = OOBTree()
    return tree


def take_next(container, annotation_key, key, factory=SequenceCounter):
    """Take the next number of the sequence ``key`` (counter made by ``factory`` if new)."""
    tree = counter_tree(container, annotation_key)
    counter = tree.get(key)
    if counter is None:
        counter = tree[key] = factory()
    return counter.next()
