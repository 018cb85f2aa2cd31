"""Handing a dossier over to a dissolved unit's successor (sắp xếp đơn vị hành chính).

A reorganisation (reorganisation/operation.py) dissolves agencies; every open dossier they hold
goes to the successor without changing its status or its due dates: the successor takes the
dissolved unit's place as receiving unit (it returns the result) and, where the dissolved unit
held the dossier, as the unit processing it, with a tracking-sheet row that keeps the step's due
date. The history records the hand-over with its reason; ``IDossierHandedOver`` lets the
applicant's mail follow (notifications/). The dossier code is kept: it names the unit that
received it (docs/domain/dossier-codes.md). ``unit_at_reception`` keeps the unit that received
it for the statistics, which count a dossier where it was received (statistics/facts.py).
"""

from danang.portal import clock
from danang.portal.dossier.events import DossierHandedOver
from danang.portal.dossier.history import append_record
from danang.portal.dossier.numbering import agency_by_code
from danang.portal.dossier.status import status_of_state
from danang.portal.workflow import tracking
from danang.portal.workflow.groups import forget_cached_roles
from danang.portal.workflow.groups import grant_unit
from danang.portal.workflow.groups import revoke_unit
from plone import api
from zope.event import notify

HANDOVER = "reorganisation_handover"


def hand_over(dossier, from_unit, to_unit, reason, moment=None, actor="", announce=True):
    """Give ``dossier`` from agency ``from_unit`` to ``to_unit`` (codes); False when it had
    nothing of ``from_unit`` (already handed over: a re-run changes nothing). ``announce``:
    fire ``IDossierHandedOver`` (a dry run does not, so that nobody is told)."""
    receiving = dossier.receiving_unit == from_unit
    current = (getattr(dossier, "current_unit", None) or dossier.receiving_unit) == from_unit
    if not (receiving or current):
        return False
    moment = moment or clock.now()
    if receiving:
        if not getattr(dossier, "unit_at_reception", None):
            dossier.unit_at_reception = from_unit
        dossier.receiving_unit = to_unit
        agency = agency_by_code(to_unit)
        dossier.receiving_area = getattr(agency, "area_code", None) or dossier.receiving_area
    if current:
        dossier.current_unit = to_unit
        row = tracking.current_row(dossier)
        if row is not None:
            # The step goes on at the successor with the same due date.
            tracking.close_current(dossier, moment)
            tracking.open_row(
                dossier, to_unit, moment, actor, row.get("due"), from_unit=from_unit, comment=reason
            )
    revoke_unit(dossier, from_unit)
    # The unit holding the dossier processes it; a receiving unit only returns the result.
    grant_unit(dossier, to_unit, ("desk", "specialist", "leader") if current else ("desk",))
    forget_cached_roles(dossier)
    state = api.content.get_state(dossier, default=None)
    status = status_of_state(state)
    append_record(
        dossier,
        "status_history",
        {
            "status": status.code if status is not None else None,
            "state": state,
            "time": moment,
            "actor": actor,
            "unit": to_unit,
            "comment": reason,
            "transition": HANDOVER,
            "from_unit": from_unit,
        },
    )
    dossier.reindexObject(idxs=["receiving_unit", "handling_units", "receiving_area"])
    dossier.reindexObjectSecurity()
    if announce:
        notify(DossierHandedOver(dossier, from_unit, to_unit, reason, moment))
    return True
