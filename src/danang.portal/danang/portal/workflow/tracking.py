"""The tracking sheet (phiếu kiểm soát quá trình giải quyết hồ sơ).

One row per step: the unit holding the dossier, when and by whom it was handed over to it, when
and by whom that unit received it, the step's due date and when the step ended. The first row is
the receiving unit's, opened on accept; each transfer closes the current row and opens the next;
finishing the dossier closes the last. Rows are dicts in ``dossier.tracking`` (a PersistentList)::

    {"unit", "from_unit", "handed_at", "handed_by", "received_at", "received_by", "due",
     "done_at", "comment"}
"""

from danang.portal.deadlines.api import shift_due
from danang.portal.workflow.clock import classify_finished
from danang.portal.workflow.clock import classify_open
from persistent.list import PersistentList


def rows(dossier):
    return list(getattr(dossier, "tracking", None) or ())


def _sheet(dossier):
    sheet = getattr(dossier, "tracking", None)
    if not isinstance(sheet, PersistentList):
        sheet = dossier.tracking = PersistentList(sheet or ())
    return sheet


def open_row(dossier, unit, handed_at, handed_by, due, from_unit="", received_at=None,
             received_by="", comment=""):
    row = {
        "unit": unit,
        "from_unit": from_unit,
        "handed_at": handed_at,
        "handed_by": handed_by or "",
        "received_at": received_at,
        "received_by": received_by or "",
        "due": due,
        "done_at": None,
        "comment": comment or "",
    }
    _sheet(dossier).append(row)
    return row


def current_row(dossier):
    sheet = getattr(dossier, "tracking", None) or ()
    if sheet and sheet[-1].get("done_at") is None:
        return sheet[-1]
    return None


def _replace(dossier, row, **changes):
    # Rows are plain dicts: replace the item so the PersistentList records the change.
    sheet = _sheet(dossier)
    index = len(sheet) - 1 - list(reversed(sheet)).index(row)
    sheet[index] = {**row, **changes}
    return sheet[index]


def close_current(dossier, moment):
    row = current_row(dossier)
    if row is not None:
        return _replace(dossier, row, done_at=moment)
    return None


def acknowledge_current(dossier, moment, officer):
    row = current_row(dossier)
    if row is not None and row.get("received_at") is None:
        return _replace(dossier, row, received_at=moment, received_by=officer)
    return row


def shift_current(dossier, paused_from, paused_to):
    """A pause of the whole dossier also pauses the step under way."""
    row = current_row(dossier)
    if row is not None and row.get("due") is not None:
        _replace(dossier, row, due=shift_due(row["due"], paused_from, paused_to))


def step_timing(row, at=None):
    """early / on_time / late of a closed step, within / overdue of an open one."""
    if row.get("done_at") is not None:
        return classify_finished(row["done_at"], row.get("due"))
    return classify_open(row.get("due"), at)
