"""What the national portal is told: every status change (the creation too), results, payments.

Each subscriber adds the event's message (mapping.py) to the outbox (outbox.py) in the
transaction of the change itself; nothing is sent from here.
"""

from danang.portal.national import mapping
from danang.portal.national import outbox
from plone import api

# After these states the record itself changes: the result is ready, or handed over.
RESULT_STATES = frozenset({"finished", "returned"})


def status_changed(dossier, event):
    portal = api.portal.get()
    if event.transition is None:
        outbox.add(portal, dossier, "created", mapping.creation_message(dossier, event.new_state))
        return
    outbox.add(portal, dossier, event.transition, mapping.progress_message(dossier, event))
    if event.new_state in RESULT_STATES and event.old_state != event.new_state:
        outbox.add(portal, dossier, f"result:{event.new_state}", mapping.result_message(dossier, event.new_state))


def dossier_paid(dossier, event):
    state = api.content.get_state(dossier, default=None)
    outbox.add(api.portal.get(), dossier, "paid", mapping.payment_message(dossier, state, event.payment))
