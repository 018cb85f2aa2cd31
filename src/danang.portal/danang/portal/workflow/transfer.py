"""Transfer between units (liên thông): hand a dossier to another agency and back.

The unit holding the dossier (``current_unit``) processes it: its specialist and leader groups
hold the Specialist and Leader roles. Handing over moves those roles to the target unit (whose
desk group also gets DeskOfficer, to receive it); the receiving unit's desk always keeps its role,
since it returns the result to the applicant. Each hand-over is a row of the tracking sheet.
"""

from AccessControl import getSecurityManager
from danang.portal import _
from danang.portal import clock
from danang.portal import roles
from danang.portal.deadlines.api import due_date
from danang.portal.dossier.numbering import agency_by_code
from danang.portal.workflow import tracking
from danang.portal.workflow.groups import forget_cached_roles
from danang.portal.workflow.groups import grant_unit
from danang.portal.workflow.groups import revoke_unit
from danang.portal.workflow.rules import TransitionInputError
from plone import api

TRANSFER_STATES = ("received", "processing")


def _actor():
    user = getSecurityManager().getUser()
    return (user.getId() if user is not None else None) or ""


def may_transfer(dossier):
    if api.content.get_state(dossier, default=None) not in TRANSFER_STATES:
        return False
    return roles.holds_any(roles.TRANSFERRERS, dossier)


def may_acknowledge(dossier):
    row = tracking.current_row(dossier)
    if row is None or row.get("received_at") is not None:
        return False
    return roles.holds_any(roles.TRANSFER_RECEIVERS, dossier)


def transfer(dossier, to_unit, days=None, comment="", moment=None):
    """Hand the dossier to agency ``to_unit`` (code) for ``days`` working days (default: until
    the dossier's own due date). Returns the new tracking row."""
    if not may_transfer(dossier):
        raise TransitionInputError(
            _("error_transfer_not_allowed", default="Bạn không thể chuyển hồ sơ này sang đơn vị khác.")
        )
    from_unit = getattr(dossier, "current_unit", None) or dossier.receiving_unit
    if not to_unit or agency_by_code(to_unit) is None:
        raise TransitionInputError(
            _("error_transfer_unit", default="Vui lòng chọn đơn vị nhận hồ sơ.")
        )
    if to_unit == from_unit:
        raise TransitionInputError(
            _("error_transfer_same_unit", default="Hồ sơ đang ở đơn vị này.")
        )
    moment = moment or clock.now()
    step_due = dossier.due
    if days:
        try:
            days = float(days)
        except (TypeError, ValueError):
            days = -1
        if days <= 0:
            raise TransitionInputError(
                _("error_transfer_days", default="Số ngày làm việc của bước phải là số dương.")
            )
        step_due = due_date(moment, days, "working_days")
    actor = _actor()
    tracking.close_current(dossier, moment)
    # Roles move after the check above (which needed them).
    if from_unit == dossier.receiving_unit:
        revoke_unit(dossier, from_unit, ("specialist", "leader"))
    else:
        revoke_unit(dossier, from_unit)
    grant_unit(dossier, to_unit)
    dossier.current_unit = to_unit
    forget_cached_roles(dossier)
    row = tracking.open_row(
        dossier, to_unit, moment, actor, step_due, from_unit=from_unit, comment=comment
    )
    dossier.reindexObject()
    dossier.reindexObjectSecurity()
    return row


def acknowledge(dossier, moment=None):
    """The unit holding the dossier confirms it received it (fills "received at")."""
    if not may_acknowledge(dossier):
        raise TransitionInputError(
            _("error_acknowledge_not_allowed", default="Không có bước chuyển nào chờ đơn vị bạn nhận.")
        )
    return tracking.acknowledge_current(dossier, moment or clock.now(), _actor())
