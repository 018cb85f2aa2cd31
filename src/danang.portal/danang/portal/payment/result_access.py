"""A result waits for the fees that gate it: who may download it, and when.

A leader's approval (``finish``) releases the result files to whoever may view the dossier
(workflow/actions.py ``release_results``); while the dossier still owes (record state "due",
obligations.py) they stay visible to the officials only, whatever page or link asks: the
dossier page, the applicant link (lookup/supplements.py ``@@tai-ket-qua``) or the file's own
URL: those read the files' permission (workflow/actions.py ``released_results``). Paying, or an
official stating that nothing is owed, releases them.
"""

from danang.portal.payment.record import DUE
from danang.portal.payment.record import get_record
from danang.portal.workflow.actions import APPROVED
from danang.portal.workflow.actions import hide_draft
from danang.portal.workflow.actions import release_results
from plone import api


def withheld(dossier):
    """True when the dossier's result may not be handed over yet: fees are still owed."""
    record = get_record(dossier)
    return record is not None and record.state == DUE and record.amount_due > 0


def follow_payment(dossier):
    """Hide or release the approved result files as the payment record says now."""
    if api.content.get_state(dossier, default=None) not in APPROVED:
        return
    if withheld(dossier):
        for item in dossier.files("result"):
            hide_draft(item)
    else:
        release_results(dossier)
