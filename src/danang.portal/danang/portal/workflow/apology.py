"""The apology letter (form 04) for a dossier that will not be settled on time.

A leader of the unit holding the dossier issues it with a reason and a new appointment date:
``due`` becomes the new date, ``original_due`` (the date on the receipt) is kept, and each
letter is kept in ``apologies``. The applicant is e-mailed; the letter is printable
(``@@apology-letter``).
"""

from AccessControl import getSecurityManager
from danang.portal import _
from danang.portal import clock
from danang.portal import roles
from danang.portal.deadlines.api import working_days_between
from danang.portal.deadlines.working_calendar import local
from danang.portal.dossier import appointment
from danang.portal.dossier.events import ApologyIssued
from danang.portal.workflow.clock import classify
from danang.portal.workflow.clock import effective_due
from danang.portal.workflow.clock import OVERDUE
from danang.portal.workflow.rules import TransitionInputError
from persistent.list import PersistentList
from plone import api
from zope.event import notify

OPEN_STATES = ("received", "processing", "supplement", "payment")


def needs_apology(dossier, at=None):
    """An open dossier past its appointment (the page then prompts for the letter)."""
    state = api.content.get_state(dossier, default=None)
    return state in OPEN_STATES and classify(dossier, state, at) == OVERDUE


def may_apologise(dossier):
    state = api.content.get_state(dossier, default=None)
    return state in OPEN_STATES and roles.holds_any(roles.APOLOGISERS, dossier)


def offered(dossier, at=None):
    """Whether the panel offers the letter: to who may issue it, for a dossier that is late or
    due by the end of the next working day (the letter goes out before the appointment is
    missed), never for one well within its deadline."""
    if not may_apologise(dossier):
        return False
    due = effective_due(dossier, at)
    if due is None:
        return False
    moment = local(at or clock.now())
    return moment > local(due) or working_days_between(moment, due) <= 1


def issue_apology(dossier, new_due, reason, moment=None):
    """Record the letter and move the appointment to ``new_due``; returns the letter (dict)."""
    if not may_apologise(dossier):
        raise TransitionInputError(
            _("error_apology_not_allowed", default="Bạn không thể lập thư xin lỗi cho hồ sơ này.")
        )
    if not (reason or "").strip():
        raise TransitionInputError(
            _("error_apology_reason", default="Vui lòng nêu lý do chậm giải quyết hồ sơ.")
        )
    moment = local(moment or clock.now())
    if new_due is None or local(new_due) <= moment or (dossier.due and local(new_due) <= local(dossier.due)):
        raise TransitionInputError(
            _(
                "error_apology_due",
                default="Ngày hẹn trả kết quả mới phải sau ngày hẹn hiện tại và sau thời điểm lập thư.",
            )
        )
    user = getSecurityManager().getUser()
    letter = {
        "issued": moment,
        "by": user.getId() if user is not None else "",
        "unit": getattr(dossier, "current_unit", None) or dossier.receiving_unit,
        "old_due": dossier.due,
        "new_due": local(new_due),
        "reason": reason.strip(),
    }
    letters = getattr(dossier, "apologies", None)
    if not isinstance(letters, PersistentList):
        letters = dossier.apologies = PersistentList(letters or ())
    letters.append(letter)
    if getattr(dossier, "original_due", None) is None:
        dossier.original_due = dossier.due
    dossier.due = letter["new_due"]
    appointment.record_change(
        dossier, letter["old_due"], letter["new_due"], appointment.APOLOGY, moment, detail=letter["reason"]
    )
    dossier.reindexObject()
    # The applicant's mail is sent by notifications/, which listens (it sits above the workflow).
    notify(ApologyIssued(dossier, letter))
    return letter
