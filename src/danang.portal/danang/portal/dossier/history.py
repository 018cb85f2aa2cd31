"""The dossier's status history: one entry per workflow state change, kept on the dossier.

DCWorkflow announces the initial state (on creation) and every transition with an
``AfterTransitionEvent``; the workflow's subscriber (workflow/subscribers.py) turns each into an
entry first, with ``status_changed`` below, so the history can never disagree with the workflow,
whichever way a transition is fired (form, REST ``@workflow``, code). An entry is a dict::

    {"status": 4, "state": "processing", "time": <aware datetime>, "actor": "user id" or "",
     "unit": "agency code", "comment": "..."}

Transitions may pass ``unit`` (the unit acting, for transfers between units) and ``comment`` as
keyword arguments of ``portal_workflow.doActionFor``; otherwise the unit is the dossier's
receiving unit.
"""

from AccessControl import getSecurityManager
from danang.portal import clock
from danang.portal.deadlines.working_calendar import local
from danang.portal.dossier.status import status_of_state
from persistent.list import PersistentList


def _actor():
    user = getSecurityManager().getUser()
    return (user.getId() if user is not None else None) or ""


def record_status(dossier, state, time=None, actor=None, unit=None, comment=""):
    """Append a history entry for ``state`` (a workflow state id) and return it."""
    status = status_of_state(state)
    entry = {
        "status": status.code if status is not None else None,
        "state": state,
        "time": local(time) if time is not None else clock.now(),
        "actor": _actor() if actor is None else actor,
        # The unit holding the dossier acts (it changes on a transfer, workflow/transfer.py).
        "unit": unit
        or getattr(dossier, "current_unit", None)
        or getattr(dossier, "receiving_unit", None)
        or "",
        "comment": comment or "",
    }
    return append_record(dossier, "status_history", entry)


def append_record(dossier, attribute, record):
    """Append ``record`` to the dossier's list ``attribute`` (made persistent on first use, or when
    it was set as a plain list) and return it."""
    records = getattr(dossier, attribute, None)
    if not isinstance(records, PersistentList):
        records = PersistentList(records or ())
        setattr(dossier, attribute, records)
    records.append(record)
    return record


def status_changed(dossier, event):
    """The history entry of an AfterTransitionEvent (returned; None when no state entered)."""
    if event.new_state is None:
        return None
    kwargs = event.kwargs or {}
    # The initial state is entered when the dossier is created: it dates from its receipt.
    time = getattr(dossier, "received", None) if event.transition is None else None
    entry = record_status(
        dossier,
        event.new_state.id,
        time=time,
        unit=kwargs.get("unit"),
        comment=kwargs.get("comment") or "",
    )
    if event.transition is not None:
        # Which step it was: a step that keeps the state (return_to_specialist) says itself.
        entry["transition"] = event.transition.id
        # The workflow tool reindexes only review_state; the national code follows the state.
        dossier.reindexObject(idxs=["dossier_status"])
    return entry
