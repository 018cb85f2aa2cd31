"""What a dossier records about its fees, kept in an annotation of the dossier.

- ``state``: "none" (nothing owed now), "due" (``amount_due`` > 0 owed), "paid" (all that was
  owed is paid);
- ``amount_due`` (VND) and ``lines`` (``[{"name", "amount", ...}]``) of what is owed now, and
  ``reason``: why it is owed ("submission", "request", "before_result", "official");
- ``payments``: the payments received, each the dict given to the e-receipt plus its receipt
  number;
- ``pending``: online transactions started and not settled, by reference: ``{"txn_ref",
  "amount", "lines", "created", "expires", "provider"}``;
- ``log``: refused or failed attempts (``{"time", "reason", "txn_ref", "amount", "detail",
  "provider"}``), newest last, bounded;
- ``statements``: amounts stated by officials (``{"time", "actor", "amount", "note"}``).

Datetimes carry the fixed +07:00 zone (working_calendar.TIMEZONE), which pickles.
"""

from persistent import Persistent
from persistent.list import PersistentList
from persistent.mapping import PersistentMapping
from zope.annotation.interfaces import IAnnotations

import copy

ANNOTATION_KEY = "danang.portal.payment"
NONE, DUE, PAID = "none", "due", "paid"
# A flood of forged notifications must not grow a dossier without bound.
LOG_LIMIT = 200


class PaymentRecord(Persistent):
    def __init__(self):
        self.state = NONE
        self.amount_due = 0
        self.lines = PersistentList()
        self.reason = ""
        self.payments = PersistentList()
        self.pending = PersistentMapping()
        self.log = PersistentList()
        self.statements = PersistentList()
        self.sequence = 0

    def owe(self, amount, lines, reason):
        """Owe ``amount`` (VND) now; 0 means nothing is owed (paid if something was paid)."""
        self.amount_due = max(int(amount), 0)
        self.lines = PersistentList(copy.deepcopy(list(lines)))
        self.reason = reason
        if self.amount_due:
            self.state = DUE
        else:
            self.state = PAID if self.payments else NONE

    @property
    def total_paid(self):
        return sum(payment["amount"] for payment in self.payments)

    def next_sequence(self):
        self.sequence += 1
        return self.sequence

    def add_log(self, entry):
        self.log.append(dict(entry))
        if len(self.log) > LOG_LIMIT:
            del self.log[: len(self.log) - LOG_LIMIT]


def get_record(dossier):
    """The dossier's record, or None when nothing about fees was ever recorded."""
    return IAnnotations(dossier).get(ANNOTATION_KEY)


def ensure_record(dossier):
    annotations = IAnnotations(dossier)
    record = annotations.get(ANNOTATION_KEY)
    if record is None:
        record = annotations[ANNOTATION_KEY] = PaymentRecord()
    return record


def payment_state(dossier):
    record = get_record(dossier)
    return record.state if record is not None else NONE


def amount_due(dossier):
    record = get_record(dossier)
    return record.amount_due if record is not None else 0
