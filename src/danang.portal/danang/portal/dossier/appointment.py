"""Changes of a dossier's appointment (ngày hẹn trả kết quả), each kept with its reason.

The appointment set on acceptance moves later only for a reason the applicant must be told
(docs/domain/deadlines.md): a pause while the applicant had to act (supplement, payment), or an
apology letter with a new date (form 04). Each move is kept in ``due_changes``, shown on the
dossier page and written into the applicant's mail (notifications/mail.py).
"""

from danang.portal import _
from danang.portal.deadlines.working_calendar import local
from danang.portal.dossier.history import append_record
from datetime import timedelta
from persistent.mapping import PersistentMapping

PAUSE_SUPPLEMENT, PAUSE_PAYMENT, APOLOGY = "supplement", "payment", "apology"
REASONS = {
    PAUSE_SUPPLEMENT: _(
        "due_change_supplement",
        default="Thời hạn giải quyết tạm dừng ${duration} trong giờ làm việc (từ ${start} đến "
        "${end}) để chờ bổ sung giấy tờ; thời gian này không tính vào thời hạn, ngày hẹn được "
        "tính lại đến hết buổi làm việc.",
    ),
    PAUSE_PAYMENT: _(
        "due_change_payment",
        default="Thời hạn giải quyết tạm dừng ${duration} trong giờ làm việc (từ ${start} đến "
        "${end}) để chờ thực hiện nghĩa vụ tài chính; thời gian này không tính vào thời hạn, ngày "
        "hẹn được tính lại đến hết buổi làm việc.",
    ),
    APOLOGY: _("due_change_apology", default="Thư xin lỗi và hẹn lại ngày trả kết quả: ${detail}"),
}
CHANGED = _("due_change_summary", default="Ngày hẹn trả kết quả đổi từ ${old} sang ${new}. Lý do: ${reason}")


def when(moment):
    return local(moment).strftime("%H:%M %d/%m/%Y") if moment else ""


def duration_message(amount):
    """A working time as "9 phút" or "2 giờ 15 phút"."""
    minutes = int(round((amount or timedelta()).total_seconds() / 60))
    hours, minutes = divmod(minutes, 60)
    if hours:
        return _("duration_hours_minutes", default="${hours} giờ ${minutes} phút",
                 mapping={"hours": str(hours), "minutes": f"{minutes:02d}"})
    return _("duration_minutes", default="${minutes} phút", mapping={"minutes": str(minutes)})


def record_change(dossier, old, new, reason, moment, start=None, end=None, paused=None, detail=""):
    """Keep one move of the appointment from ``old`` to ``new`` and return it."""
    change = PersistentMapping(
        {
            "time": local(moment),
            "old": local(old) if old is not None else None,
            "new": local(new),
            "reason": reason,
            "start": local(start) if start is not None else None,
            "end": local(end) if end is not None else None,
            "paused": paused,
            "detail": detail or "",
        }
    )
    return append_record(dossier, "due_changes", change)


def reason_message(change, translate):
    """The reason of ``change`` as an i18n message; ``translate`` renders the nested duration."""
    message = REASONS[change["reason"]]
    return _(
        message,
        default=message.default,
        mapping={
            "duration": translate(duration_message(change.get("paused"))),
            "start": when(change.get("start")),
            "end": when(change.get("end")),
            "detail": change.get("detail") or "",
        },
    )


def summary_message(change, translate):
    """"The appointment moved from … to …. Reason: …" as an i18n message."""
    return _(
        CHANGED,
        default=CHANGED.default,
        mapping={
            "old": when(change.get("old")),
            "new": when(change.get("new")),
            "reason": translate(reason_message(change, translate)),
        },
    )


def changes(dossier):
    return list(getattr(dossier, "due_changes", None) or ())
