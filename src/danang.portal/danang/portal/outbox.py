"""Work done after the request's commit, by one thread of the process: the outbox.

Slow work that neither the stored data nor the answer waits for leaves the request: the
applicant mails (mail.py: building a receipt's PDF, the SMTP exchange) and the signed receipt
slip (acknowledgement/signed_slip.py: rendered and signed in a transaction of its own). The
commit hands each job to ``OUTBOX``; its one thread runs them in order. It waits for a pause of
``Outbox.QUIET`` in the jobs arriving, so that a burst of submissions is answered first, but never
longer than ``Outbox.MAX_DELAY`` for one job (docs/throughput.md). A clean stop runs what is left
(an ``atexit`` hook waits for the outbox); a crash loses the queue, so a job whose loss matters
leaves a persistent marker that a later pick-up finds (the slip does).

- ``after_commit(job, what)``: run ``job()`` in the outbox once the current transaction commits
  (nothing when it aborts). ``what`` names it in the log.
- ``in_own_transaction(...)``: from a job, change the database in a transaction of its own, on
  its own connection, in the site, with a request that gives the site its public address.
"""

from danang.portal.publisher import write_turn
from ZODB.POSException import ConflictError

import atexit
import collections
import logging
import threading
import time
import transaction

logger = logging.getLogger(__name__)


def _run(job, what):
    try:
        job()
    except Exception:  # what the request stored stays stored; a failed job is logged
        logger.exception("Could not %s", what)


class Outbox:
    """Jobs committed and not yet run, run one by one by a thread of this process.

    ``put(item)`` queues ``item`` (a tuple); the thread calls ``deliver(*item)``.
    """

    # Seconds without a new job before running: a burst of submissions is answered first.
    QUIET = 0.3
    # No job waits longer than this for a pause (under a steady load they run meanwhile).
    MAX_DELAY = 15.0

    def __init__(self, deliver=_run):
        self._deliver = deliver
        self._queue = collections.deque()
        self._changed = threading.Condition()
        self._sending = 0
        self._last_put = 0.0
        self._thread = None

    def put(self, item):
        with self._changed:
            now = time.monotonic()
            self._queue.append((now, item))
            self._last_put = now
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="danang.portal outbox", daemon=True)
                self._thread.start()
                # A clean stop (the interpreter exits) runs what is left first.
                atexit.register(self.wait_sent, self.MAX_DELAY * 2)
            self._changed.notify_all()

    def _next(self):
        with self._changed:
            while True:
                if self._queue:
                    queued, item = self._queue[0]
                    wait = min(self._last_put + self.QUIET, queued + self.MAX_DELAY) - time.monotonic()
                    if wait <= 0 or self._flushing:
                        self._queue.popleft()
                        self._sending += 1
                        return item
                    self._changed.wait(wait)
                else:
                    self._changed.wait()

    _flushing = False

    def _loop(self):
        while True:
            item = self._next()
            try:
                self._deliver(*item)
            finally:
                with self._changed:
                    self._sending -= 1
                    self._changed.notify_all()

    def wait_sent(self, timeout=30):
        """Run what is queued now (and what it queues), without waiting for a pause; True once
        the outbox is empty."""
        with self._changed:
            self._flushing = True
            self._changed.notify_all()
            try:
                return self._changed.wait_for(lambda: not self._queue and not self._sending, timeout)
            finally:
                self._flushing = False

    def __len__(self):
        return len(self._queue) + self._sending


OUTBOX = Outbox()


def after_commit(job, what):
    """Run ``job()`` in the outbox once the current transaction has committed.

    ``job`` runs in another thread, after the request ended: give it plain data, never the
    request's persistent objects (``in_own_transaction`` opens its own).
    """
    transaction.get().addAfterCommitHook(_hand_over, args=(job, what))


def _hand_over(success, job, what):
    if success:
        OUTBOX.put((job, what))


# Tries of a job's transaction that conflicts with another process's commit.
ATTEMPTS = 3


def in_own_transaction(db, site_path, portal_url, work, what):
    """``work(site)`` in a transaction of its own, committed; its result.

    ``db``: the database (``obj._p_jar.db()`` in the request); ``site_path``: the site's physical
    path; ``portal_url``: the site's address as the request gave it, so that ``absolute_url()``
    and public_url.py answer there as they did in the request. The commit takes the process's
    write turn (publisher/write_turn.py), so it never conflicts with a submission of this
    process; a conflict with another process runs ``work`` again, up to ``ATTEMPTS`` times, the
    last time holding the turn throughout.
    """
    from AccessControl.SecurityManagement import newSecurityManager
    from AccessControl.SecurityManagement import noSecurityManager
    from AccessControl.SpecialUsers import system
    from Testing.makerequest import makerequest
    from zope.component.hooks import getSite
    from zope.component.hooks import setSite
    from zope.globalrequest import getRequest
    from zope.globalrequest import setRequest

    before_site, before_request = getSite(), getRequest()
    try:
        for attempt in range(1, ATTEMPTS + 1):
            last = attempt == ATTEMPTS
            connection = db.open()
            try:
                if last:
                    write_turn.take(fresh=True)
                else:
                    transaction.begin()
                app = makerequest(connection.root()["Application"])
                request = app.REQUEST
                request.other["SERVER_URL"] = portal_url
                request.other["VirtualRootPhysicalPath"] = tuple(site_path)
                setRequest(request)
                # The portal's own work, not a visitor's: as Zope's system user.
                newSecurityManager(None, system)
                site = app.unrestrictedTraverse("/".join(site_path))
                setSite(site)
                try:
                    result = work(site)
                    write_turn.take(fresh=False)
                    transaction.get().note(what)
                    transaction.commit()
                    return result
                except ConflictError:
                    if last:
                        raise
                    logger.info("%s conflicted (try %s of %s), again", what, attempt, ATTEMPTS)
            finally:
                # Whatever failed: nothing half done stays joined, the write turn is given back.
                transaction.abort()
                noSecurityManager()
                setSite(None)
                connection.close()
    finally:
        setSite(before_site)
        setRequest(before_request)
