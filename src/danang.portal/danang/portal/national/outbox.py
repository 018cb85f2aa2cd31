"""The outbox: what the national portal must be told, stored in the same transaction as the change.

Each event (a creation, a status change, a payment, a result) is a ``SyncEvent`` written by the
subscribers (subscribers.py) while the transaction that changed the dossier is still open: it is
committed with the change or not at all. The worker (worker.py, delivery.py) sends the events
afterwards; an event stays ``pending`` until the national portal has acknowledged it, however long
the portal is down and whatever restarts happen in between.

Layout (an annotation of the site), chosen so that simultaneous submissions do not conflict:

- ``events``: OOBTree key → SyncEvent, keys ordered by creation time (nanoseconds plus a random
  tail, so two processes never make the same key and inserts land apart);
- ``pending``: OOBTree key → dossier UID of the events still to deliver; ``dead``: key → UID of
  the events given up after ``max_attempts`` (dead letters); ``blocked``: UID → key of the dead
  letter that holds a dossier's later events back, so a dossier's events arrive in order or not
  at all;
- ``pending_count``: a ``BTrees.Length`` (merges concurrent increments); ``changes``: another,
  counting every change of an event (the statistics' cache key: sync_figures.py);
- the order per dossier: ``national_sync_seq`` on the dossier itself, which the changing
  transaction writes anyway.

Each event carries an idempotency key, sent with every attempt: a receiver that honours it
answers a resent event (after a crash between its answer and our commit) without applying it twice.
"""

from BTrees.Length import Length
from BTrees.OOBTree import OOBTree
from danang.portal import clock
from persistent import Persistent
from zope.annotation.interfaces import IAnnotations

import secrets
import time
import uuid

ANNOTATION_KEY = "danang.portal.national.outbox"
PENDING, DELIVERED, DEAD, DISCARDED = "pending", "delivered", "dead", "discarded"


def timestamp():
    """Now as seconds since the epoch, from the portal's clock (tests move it: clock.py)."""
    return clock.now().timestamp()


class SyncEvent(Persistent):
    """One message for the national portal (national/mapping.py) and its delivery's progress."""

    state = PENDING
    attempts = 0
    last_error = ""
    last_attempt = None
    delivered = None
    unit = ""

    def __init__(self, key, dossier_uid, dossier_code, seq, kind, message, unit=""):
        self.key = key
        self.dossier_uid = dossier_uid
        self.dossier_code = dossier_code
        self.seq = seq
        self.kind = kind
        self.message = message
        self.unit = unit
        self.idempotency_key = uuid.uuid4().hex
        self.created = timestamp()
        self.next_attempt = self.created

    def as_dict(self):
        return {
            "key": self.key,
            "dossier": self.dossier_code,
            "seq": self.seq,
            "kind": self.kind,
            "service": self.message.get("service"),
            "state": self.state,
            "attempts": self.attempts,
            "created": self.created,
            "next_attempt": self.next_attempt if self.state == PENDING else None,
            "last_attempt": self.last_attempt,
            "last_error": self.last_error,
            "delivered": self.delivered,
            "idempotency_key": self.idempotency_key,
        }


class Outbox(Persistent):
    changes = None

    def __init__(self):
        self.events = OOBTree()
        self.pending = OOBTree()
        self.dead = OOBTree()
        self.blocked = OOBTree()
        self.pending_count = Length()
        self.changes = Length()


def _changed(box):
    if box.changes is None:
        box.changes = Length()
    box.changes.change(1)


def generation(box):
    """A number that grows with every change of an event (0 for an outbox without changes)."""
    return box.changes() if box is not None and box.changes is not None else 0


def outbox_of(portal, create=True):
    annotations = IAnnotations(portal)
    box = annotations.get(ANNOTATION_KEY)
    if box is None and create:
        box = annotations[ANNOTATION_KEY] = Outbox()
    return box


def _new_key():
    return f"{time.time_ns():020d}-{secrets.token_hex(4)}"


def add(portal, dossier, kind, message):
    """Store ``message`` about ``dossier`` for delivery, in the current transaction."""
    box = outbox_of(portal)
    seq = getattr(dossier, "national_sync_seq", 0) + 1
    dossier.national_sync_seq = seq
    key = _new_key()
    event = SyncEvent(
        key, dossier.UID(), dossier.dossier_code or "", seq, kind, message, getattr(dossier, "receiving_unit", "") or ""
    )
    box.events[key] = event
    box.pending[key] = event.dossier_uid
    box.pending_count.change(1)
    _changed(box)
    if seq == 1:
        # The creation record: an intake that learns more about the dossier in the same
        # transaction (national/intake.py, the national code) completes it before it is sent.
        dossier.national_creation_event = key
    return event


def due(box, now, limit=None):
    """The events to send now: per dossier its next event in order (lowest ``seq`` pending), when
    its next attempt has come and no dead letter holds the dossier back; oldest first."""
    heads = {}
    for key, uid in box.pending.items():
        event = box.events[key]
        head = heads.get(uid)
        if head is None or event.seq < head.seq:
            heads[uid] = event
    ready = sorted(
        (event for uid, event in heads.items() if uid not in box.blocked and event.next_attempt <= now),
        key=lambda event: event.key,
    )
    return ready[:limit] if limit else ready


def delivered(box, event, now):
    event.state = DELIVERED
    event.delivered = now
    event.last_attempt = now
    event.attempts += 1
    event.last_error = ""
    _leave_pending(box, event)
    _changed(box)


def failed(box, event, error, now, policy):
    """A failed attempt: try again after the back-off, or give up (dead letter) after the last."""
    event.attempts += 1
    event.last_attempt = now
    event.last_error = str(error)[:500]
    _changed(box)
    if event.attempts >= policy.max_attempts:
        dead_letter(box, event)
    else:
        event.next_attempt = now + policy.delay(event.attempts)


def dead_letter(box, event):
    """Give up on ``event``: its dossier's later events wait until it is retried or discarded."""
    if event.state != PENDING:
        return
    event.state = DEAD
    _leave_pending(box, event)
    _changed(box)
    box.dead[event.key] = event.dossier_uid
    box.blocked[event.dossier_uid] = event.key


def retry(box, event, now):
    """Send ``event`` again at once (a dead letter comes back with a fresh count of attempts)."""
    if event.state == DEAD:
        del box.dead[event.key]
        if box.blocked.get(event.dossier_uid) == event.key:
            del box.blocked[event.dossier_uid]
        event.state = PENDING
        event.attempts = 0
        box.pending[event.key] = event.dossier_uid
        box.pending_count.change(1)
    if event.state == PENDING:
        event.next_attempt = now
    _changed(box)


def discard(box, event):
    """Drop a dead letter for good: the dossier's later events go on."""
    if event.state != DEAD:
        return
    event.state = DISCARDED
    _changed(box)
    del box.dead[event.key]
    if box.blocked.get(event.dossier_uid) == event.key:
        del box.blocked[event.dossier_uid]


def _leave_pending(box, event):
    if event.key in box.pending:
        del box.pending[event.key]
        box.pending_count.change(-1)


class Policy:
    """Attempts and back-off as the settings say (national/settings.py)."""

    def __init__(self, max_attempts, first_delay, max_delay):
        self.max_attempts = max_attempts
        self.first_delay = first_delay
        self.max_delay = max_delay

    def delay(self, attempts):
        """Seconds before the next attempt after ``attempts`` failed ones: doubling, capped."""
        return min(self.max_delay, self.first_delay * 2 ** min(attempts - 1, 40))
