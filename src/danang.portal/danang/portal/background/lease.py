"""Leases: which instance of a cluster runs a background job now.

A lease is a record in the database (``holder``, ``expires``) per job name, kept in the ZODB
root so that every instance sharing the database sees it, whatever site the job serves. An
instance runs a job only while it holds the job's lease; it renews the lease before it expires.
When the holder stops (or hangs) without giving the lease back, another instance takes it over
after ``expires``. Two instances taking a free lease at the same moment both write the same
record: one of the two commits fails with a ConflictError, so only one holds it.
"""

from BTrees.OOBTree import OOBTree
from persistent import Persistent
from ZODB.POSException import ConflictError

import os
import socket
import time
import uuid

ROOT_KEY = "danang.portal.leases"


class Lease(Persistent):
    holder = ""
    expires = 0.0


def new_holder():
    """A name for this process's claim: host, process id and a random part (a restarted process
    with the same pid is another holder)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _leases(root, create):
    leases = root.get(ROOT_KEY)
    if leases is None and create:
        leases = root[ROOT_KEY] = OOBTree()
    return leases


def current(root, job):
    """The job's lease as stored (None when never taken)."""
    leases = _leases(root, create=False)
    return leases.get(job) if leases is not None else None


def acquire(root, job, holder, duration, now=None):
    """Take or renew the lease of ``job`` for ``duration`` seconds, in the current transaction of
    ``root``'s connection (the caller commits): True when ``holder`` holds it afterwards."""
    now = time.time() if now is None else now
    lease = current(root, job)
    if lease is not None and lease.holder != holder and lease.expires > now:
        return False
    if lease is not None and lease.holder == holder and lease.expires - now > duration / 2:
        # Held with more than half of it left: no write, so an idle job adds no transaction
        # to the database every round, only one per half lease.
        return True
    if lease is None:
        lease = _leases(root, create=True)[job] = Lease()
    lease.holder = holder
    lease.expires = now + duration
    return True


def release(root, job, holder):
    """Give the lease back (in the current transaction) if ``holder`` holds it."""
    lease = current(root, job)
    if lease is not None and lease.holder == holder:
        lease.expires = 0.0


def claim(connection, job, holder, duration, now=None):
    """``acquire`` in a transaction of its own on ``connection`` (whose transaction manager is
    its own): True when committed as the holder, False when another holds it or took it at the
    same moment."""
    manager = connection.transaction_manager
    manager.begin()
    try:
        held = acquire(connection.root(), job, holder, duration, now)
        manager.commit()
        return held
    except ConflictError:
        manager.abort()
        return False
