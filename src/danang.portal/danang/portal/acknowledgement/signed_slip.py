"""The receipt slip signed after the submission commits, then e-mailed (docs/throughput.md).

Rendering and signing the slip (fpdf2, pyHanko) costs more than the rest of a submission, so the
submission only marks the dossier (``signing.documents.mark_unsigned``) and, once it has
committed, hands the work to the process's outbox (outbox.py). There, in a transaction of its
own, the slip is rendered and signed (its signature record stored with the dossier, the mark
cleared), and the applicant's receipt mail, with the signed PDF, leaves after that commit.

Until then ``@@receipt.pdf`` serves the slip unsigned and ``@@receipt`` says it is being signed.
A mark whose job was lost (the process died between the commit and the signature) is picked up
by a later request of any process (``pick_up``) once it is older than ``STALE``: the slip is
signed and mailed then.
"""

from danang.portal import outbox
from danang.portal.acknowledgement.mail import send_slip
from danang.portal.acknowledgement.pdf import FontMissing
from danang.portal.acknowledgement.pdf import signed_pdf
from danang.portal.acknowledgement.slip import slip_for
from danang.portal.interfaces import IDanangPortalLayer
from danang.portal.signing import documents
from functools import partial
from plone import api

import logging
import time

logger = logging.getLogger(__name__)

KIND = "receipt"
# Seconds after which a mark is no longer waiting in a process's outbox (whose longest delay is
# outbox.Outbox.MAX_DELAY): a later request picks it up.
STALE = 120.0
# Seconds between two look-ups for lost marks in one process.
PICK_UP_EVERY = 60.0

_next_pick_up = 0.0


def send_receipt(dossier):
    """Have the dossier's slip signed and e-mailed to the applicant once the current
    transaction commits (nothing when it aborts)."""
    documents.mark_unsigned(dossier, KIND)
    _queue(dossier, mail=True, after_commit=True)
    return bool(dossier.applicant_email)


def being_signed(dossier):
    """True while the slip waits for its signature."""
    return documents.unsigned_since(dossier, KIND) is not None


def _queue(dossier, mail, after_commit):
    portal = api.portal.get()
    path = dossier.getPhysicalPath()
    what = f"sign the receipt slip of {'/'.join(path)}"
    job = partial(outbox.in_own_transaction, portal._p_jar.db(), portal.getPhysicalPath(),
                  portal.absolute_url(), partial(_sign, path=path, mail=mail), what)
    if after_commit:
        outbox.after_commit(job, what)
    else:
        outbox.OUTBOX.put((job, what))


def _sign(site, path, mail):
    """In the outbox's transaction: sign the slip as it reads now, clear the mark, queue the mail.
    ``mail`` "if marked": only when the mark is still there (a pick-up: no second mail)."""
    dossier = site.unrestrictedTraverse("/".join(path), None)
    if dossier is None:  # deleted meanwhile
        return
    marked = being_signed(dossier)
    slip = slip_for(dossier)
    try:
        pdf = signed_pdf(dossier, slip)
    except FontMissing:
        logger.exception("Receipt %s e-mailed without its PDF", slip.code)
        pdf = None
    documents.clear_unsigned(dossier, KIND)
    if mail is True or (mail == "if marked" and marked):
        send_slip(slip, pdf)


def pick_up(event):
    """IPubAfterTraversal: queue the slips marked longer than ``STALE`` ago (a process died
    before signing them), at most every ``PICK_UP_EVERY`` seconds."""
    global _next_pick_up
    now = time.monotonic()
    if now < _next_pick_up or not IDanangPortalLayer.providedBy(event.request):
        return
    _next_pick_up = now + PICK_UP_EVERY
    sign_lost_slips()


# Paths this process picked up once: a slip whose signing fails (logged) is not tried again
# every minute, only by the next process.
_picked = set()


def sign_lost_slips(stale=None):
    """Queue the slips of ``lost_slips(stale)`` in the outbox; how many."""
    picked = [dossier for dossier in lost_slips(stale) if dossier.getPhysicalPath() not in _picked]
    for dossier in picked:
        _picked.add(dossier.getPhysicalPath())
        _queue(dossier, mail="if marked", after_commit=False)
    if picked:
        logger.info("%s receipt slips left unsigned are being signed", len(picked))
    return len(picked)


def lost_slips(stale=None):
    """The dossiers whose slip was marked more than ``stale`` (``STALE``) seconds ago.

    A slip still queued (a long backlog) may be queued twice: the second job finds it signed and
    kept and its mark gone, and neither signs nor mails again."""
    deadline = time.time() - (STALE if stale is None else stale)
    return [
        dossier for dossier in documents.awaiting_signature(KIND)
        if (documents.unsigned_since(dossier, KIND) or 0) <= deadline
    ]
