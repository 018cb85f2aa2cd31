"""Workflow events of dossiers: check inputs before; after, in this order, the history, the
clock and the tracking sheet, then the one domain event (dossier/events.py) that payment,
notifications and statistics subscribe to.

This module is the only subscriber of DCWorkflow's ``AfterTransitionEvent`` on dossiers, so the
order of the side effects is written here, not left to the order of ZCML includes.
"""

from AccessControl import getSecurityManager
from danang.portal import clock as portal_clock
from danang.portal.dossier import appointment
from danang.portal.dossier import history
from danang.portal.dossier.events import DossierStatusChanged
from danang.portal.workflow import clock
from danang.portal.workflow import tracking
from danang.portal.workflow.actions import release_results
from danang.portal.workflow.actions import return_drafts
from danang.portal.workflow.rules import check_inputs
from danang.portal.workflow.rules import supplement_items
from persistent.list import PersistentList
from zope.event import notify


def before_transition(dossier, event):
    if event.transition is None:
        return
    check_inputs(dossier, event.transition.id, event.kwargs or {})


def after_transition(dossier, event):
    if event.new_state is None:
        return
    entry = history.status_changed(dossier, event)
    if event.transition is not None and event.old_state is not None:
        moves = len(appointment.changes(dossier))
        apply_clock(dossier, event)
        if len(appointment.changes(dossier)) > moves:
            # The history says why this step moved the appointment (the mail does too).
            entry["due_change"] = appointment.changes(dossier)[-1]
    transition = event.transition.id if event.transition is not None else None
    # DCWorkflow announces the initial state as left and entered; the domain event says none left.
    old_state = event.old_state.id if transition is not None and event.old_state is not None else None
    notify(
        DossierStatusChanged(
            dossier,
            transition,
            old_state,
            event.new_state.id,
            entry,
            inputs={
                key: value for key, value in (event.kwargs or {}).items() if key != "comment"
            },
        )
    )


def apply_clock(dossier, event):
    """The due date, pauses, tracking sheet and result files after a transition."""
    transition = event.transition.id
    old, new = event.old_state.id, event.new_state.id
    moment = portal_clock.now()
    paused_since = getattr(dossier, "paused_since", None)
    clock.state_changed(dossier, old, new, moment)
    if paused_since is not None and getattr(dossier, "paused_since", None) is None:
        tracking.shift_current(dossier, paused_since, moment)
    kwargs = event.kwargs or {}
    if transition == "accept":
        user = getSecurityManager().getUser()
        tracking.open_row(
            dossier,
            dossier.receiving_unit,
            handed_at=dossier.received,
            handed_by=getattr(dossier, "applicant_user", None) or "",
            due=dossier.due,
            received_at=moment,
            received_by=user.getId() if user is not None else "",
        )
    elif transition == "request_supplement":
        dossier.missing_items = PersistentList(supplement_items(kwargs))
        dossier.supplements_before_request = len(dossier.files("supplement"))
    elif transition == "finish":
        tracking.close_current(dossier, moment)
        release_results(dossier)
    elif transition == "return_to_specialist":
        return_drafts(dossier)
    # Due date, pause and unit may have changed: whatever the worklists index follows.
    dossier.reindexObject()
