"""One submission at a time per process, each from the latest state of the database.

Simultaneous submissions in one process gain nothing from running side by side (Python runs one
thread at a time), but they conflict: each adds an entry at the end of the same catalog and
intid buckets, and when one of those buckets splits the other's commit is refused and the whole
request runs again (docs/throughput.md). A submission therefore takes the process's write turn
before it reads anything it will change, and keeps it until its transaction ends (commit or
abort), so the next one starts after it. Taking the turn also starts the transaction afresh
when nothing was written yet: the request's transaction began before it waited, and a view of
the database older than the last submission's commit would conflict with it.

Other processes (a cluster) still conflict now and then; the publisher retries those
(publisher/retry_delay.py). A submission that waits longer than ``WAIT`` for its turn goes on
without it (and logs a warning) rather than fail.
"""

from transaction.interfaces import IDataManager
from zope.interface import implementer

import logging
import threading
import transaction

logger = logging.getLogger(__name__)

# Seconds a submission waits for its turn before going on without it.
WAIT = 30.0

_turn = threading.Lock()
_holder = threading.local()


@implementer(IDataManager)
class _Release:
    """Joined to the transaction holding the turn: gives the turn back when it ends."""

    transaction_manager = transaction.manager

    def __init__(self, txn):
        self.txn = txn
        self.released = False

    def _release(self):
        if not self.released:
            self.released = True
            _holder.txn = None
            _turn.release()

    def sortKey(self):
        # Last of the resources, so the turn is held until the database has finished.
        return "~danang.portal.write_turn"

    def abort(self, txn):
        self._release()

    def tpc_begin(self, txn):
        pass

    def commit(self, txn):
        pass

    def tpc_vote(self, txn):
        pass

    def tpc_finish(self, txn):
        self._release()

    def tpc_abort(self, txn):
        self._release()

    def savepoint(self):
        # The submission's own savepoints (submission/service.py) keep the turn either way.
        return _KeepTurn()


class _KeepTurn:
    def rollback(self):
        pass


def take(fresh=True):
    """Hold the write turn until the current transaction ends.

    ``fresh``: the caller has written nothing in this transaction yet, so it may start over from
    the latest committed state (its description and user are kept). True when the turn is held.
    """
    txn = transaction.get()
    if getattr(_holder, "txn", None) is txn:
        return True
    if not _turn.acquire(timeout=WAIT):
        logger.warning("No write turn after %s s: the submission goes on without it", WAIT)
        return False
    try:
        if fresh:
            note, user, extension = txn.description, txn.user, dict(txn.extension)
            txn.abort()
            txn = transaction.manager.begin()
            txn.description, txn.user = note, user
            txn.extension.update(extension)
        _holder.txn = txn
        txn.join(_Release(txn))
    except BaseException:
        _holder.txn = None
        _turn.release()
        raise
    return True
