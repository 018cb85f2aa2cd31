"""``OneInstanceJob``: run a job again and again in a thread, on one instance of a cluster at a time.

The thread opens its own database connection (with its own transaction manager), takes the job's
lease (lease.py) before each round and runs ``work(connection)`` only while it holds it; the work
commits its own transactions. A round that fails is logged and the next one starts after the
pause: a job never stops the thread. ``stop()`` ends the loop and gives the lease back, so another
instance takes over at once rather than after expiry.

Usable for any periodic job: the national portal's outbox (national/worker.py), later reminders or
statistics rebuilds.
"""

from danang.portal.background import lease

import logging
import threading
import transaction

logger = logging.getLogger(__name__)


class OneInstanceJob:
    def __init__(self, db, name, work, interval=2.0, lease_seconds=60.0, holder=None):
        self.db = db
        self.name = name
        self.work = work
        self.interval = interval
        self.lease_seconds = lease_seconds
        self.holder = holder or lease.new_holder()
        self._stopping = threading.Event()
        self._thread = None

    def start(self):
        self._thread = threading.Thread(target=self._loop, name=f"job {self.name}", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout=30):
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)
        connection = self.db.open(transaction_manager=transaction.TransactionManager())
        try:
            manager = connection.transaction_manager
            manager.begin()
            lease.release(connection.root(), self.name, self.holder)
            manager.commit()
        except Exception:
            logger.warning("Could not give back the lease of %s", self.name, exc_info=True)
        finally:
            connection.close()

    @property
    def stopping(self):
        return self._stopping.is_set()

    def run_once(self):
        """One round: take the lease, do the work if held. True when the work ran."""
        connection = self.db.open(transaction_manager=transaction.TransactionManager())
        try:
            if not lease.claim(connection, self.name, self.holder, self.lease_seconds):
                return False
            connection.transaction_manager.begin()
            self.work(connection, self)
            return True
        finally:
            connection.transaction_manager.abort()
            connection.close()

    def _loop(self):
        while not self._stopping.is_set():
            try:
                self.run_once()
            except Exception:
                logger.exception("Background job %s failed; it runs again in %s s", self.name, self.interval)
            self._stopping.wait(self.interval)
