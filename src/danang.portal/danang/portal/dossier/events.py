"""``IDossierStatusChanged``: the one event of a dossier's status change, for the other areas.

DCWorkflow's ``AfterTransitionEvent`` reaches one subscriber only (workflow/subscribers.py),
which records the history, runs the clock and the tracking sheet, then fires this event: its
subscribers (payment, notifications, statistics...) see a dossier whose due date, pauses and
history are already up to date, whatever order they are called in. The initial state, entered
on creation, is announced too (``transition`` and ``old_state`` are then None).
"""

from danang.portal.dossier.status import status_of_state
from zope.interface import Attribute
from zope.interface import implementer
from zope.interface.interfaces import IObjectEvent
from zope.interface.interfaces import ObjectEvent


class IDossierStatusChanged(IObjectEvent):
    """A dossier entered a workflow state (dossier/status.py maps states to national codes)."""

    transition = Attribute("the transition id, None for the initial state")
    old_state = Attribute("the state id left, None for the initial state")
    new_state = Attribute("the state id entered")
    old_status = Attribute("national status code left (int) or None")
    new_status = Attribute("national status code entered (int) or None")
    actor = Attribute("user id of who fired it, '' for the system")
    comment = Attribute("the reason or comment given with it ('' when none)")
    time = Attribute("when it happened (aware datetime, the history entry's time)")
    inputs = Attribute("the transition's other inputs (dict: amount, missing_items, unit...)")
    due_change = Attribute("the move of the appointment this step made, with its reason "
                           "(dossier/appointment.py), or None")


@implementer(IDossierStatusChanged)
class DossierStatusChanged(ObjectEvent):
    def __init__(self, dossier, transition, old_state, new_state, entry, inputs=None):
        super().__init__(dossier)
        self.transition = transition
        self.old_state = old_state
        self.new_state = new_state
        old = status_of_state(old_state) if old_state else None
        self.old_status = old.code if old is not None else None
        self.new_status = entry["status"]
        self.actor = entry["actor"]
        self.comment = entry["comment"]
        self.time = entry["time"]
        self.inputs = dict(inputs or {})
        self.due_change = entry.get("due_change")


class IApologyIssued(IObjectEvent):
    """A leader issued an apology letter (workflow/apology.py): the appointment moved."""

    letter = Attribute("the letter (dict: issued, by, unit, old_due, new_due, reason)")


@implementer(IApologyIssued)
class ApologyIssued(ObjectEvent):
    def __init__(self, dossier, letter):
        super().__init__(dossier)
        self.letter = letter


class IDossierHandedOver(IObjectEvent):
    """A reorganisation handed the dossier from a dissolved unit to its successor
    (workflow/handover.py): same status, same due date, another unit."""

    from_unit = Attribute("the dissolved agency's code")
    to_unit = Attribute("the successor agency's code")
    reason = Attribute("why (the plan's reason, recorded in the history)")
    time = Attribute("when (aware datetime)")


@implementer(IDossierHandedOver)
class DossierHandedOver(ObjectEvent):
    def __init__(self, dossier, from_unit, to_unit, reason, time):
        super().__init__(dossier)
        self.from_unit = from_unit
        self.to_unit = to_unit
        self.reason = reason
        self.time = time
