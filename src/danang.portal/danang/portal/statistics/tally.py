"""``Tally``: named counters of one (unit or service, month), merged on concurrent writes.

Many officials move dossiers at the same time, and each move changes the counters of its unit's
month. With one persistent object per counter (``BTrees.Length``) a year's table would load tens
of thousands of objects; a Tally holds all the counters of one owner and month in one object
and, like ``BTrees.Length``, resolves write conflicts by adding up both transactions' changes
(``_p_resolveConflict``): counts only ever move by deltas, so the sum of the deltas is right
whatever the order. Nothing reads a Tally's value to decide what to write, so no update is lost
or counted twice (unlike dossier numbering, dossier/numbering.py, which must conflict).
"""

from persistent import Persistent


class Tally(Persistent):
    """Counters by field name: ``tally.add({"received_online": 1})``, ``tally.get("late")``."""

    def __init__(self):
        self.counts = {}

    def __getstate__(self):
        return dict(self.counts)

    def __setstate__(self, state):
        self.counts = dict(state or {})

    def add(self, deltas):
        """Add {field: delta}; counters that fall to 0 are dropped (the state stays small)."""
        counts = dict(self.counts)
        for field, delta in deltas.items():
            if not delta:
                continue
            value = counts.get(field, 0) + delta
            if value:
                counts[field] = value
            else:
                counts.pop(field, None)
        # A new dict, so that persistence sees the change (and the state pickles alone).
        self.counts = counts

    def get(self, field, default=0):
        return self.counts.get(field, default)

    def items(self):
        return self.counts.items()

    def __bool__(self):
        return bool(self.counts)

    def _p_resolveConflict(self, old, committed, new):
        """Both transactions' changes, added: committed + (new - old) for every field."""
        old, committed, new = old or {}, committed or {}, new or {}
        merged = dict(committed)
        for field in set(old) | set(new):
            delta = new.get(field, 0) - old.get(field, 0)
            if delta:
                value = merged.get(field, 0) + delta
                if value:
                    merged[field] = value
                else:
                    merged.pop(field, None)
        return merged
