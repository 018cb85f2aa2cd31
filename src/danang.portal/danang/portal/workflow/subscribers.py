"""Workflow events of dossiers: check inputs before, apply the clock and the sheet after."""

from AccessControl import getSecurityManager
from danang.portal import clock as portal_clock
from danang.portal.workflow import clock
from danang.portal.workflow import tracking
from danang.portal.workflow.actions import release_results
from danang.portal.workflow.rules import check_inputs
from danang.portal.workflow.rules import supplement_items
from persistent.list import PersistentList


def before_transition(dossier, event):
    if event.transition is None:
        return
    check_inputs(dossier, event.transition.id, event.kwargs or {})


def after_transition(dossier, event):
    if event.transition is None or event.old_state is None:
        return
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
    # Due date, pause and unit may have changed: whatever the worklists index follows.
    dossier.reindexObject()
