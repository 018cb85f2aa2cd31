"""The national dossier status codes and the workflow states that carry them (docs/domain/statuses.md).

The workflow state of a dossier *is* its processing status: ``dossier_workflow`` has one state
per code, with these ids. This module is the single mapping between state ids, the codes synced
with the national portal, and the Vietnamese titles shown to applicants and officials.
"""

from danang.portal import _
from dataclasses import dataclass
from zope.i18nmessageid import Message


@dataclass(frozen=True)
class Status:
    code: int
    state: str
    title: Message


STATUSES = (
    Status(1, "new", _("status_new", default="Mới đăng ký")),
    Status(2, "received", _("status_received", default="Được tiếp nhận")),
    Status(3, "refused", _("status_refused", default="Không được tiếp nhận")),
    Status(4, "processing", _("status_processing", default="Đang xử lý")),
    Status(5, "supplement", _("status_supplement", default="Yêu cầu bổ sung giấy tờ")),
    Status(6, "payment", _("status_payment", default="Yêu cầu thực hiện nghĩa vụ tài chính")),
    Status(7, "withdrawn", _("status_withdrawn", default="Công dân yêu cầu rút hồ sơ")),
    Status(8, "stopped", _("status_stopped", default="Dừng xử lý")),
    Status(9, "finished", _("status_finished", default="Đã xử lý xong")),
    Status(10, "returned", _("status_returned", default="Đã trả kết quả")),
)
BY_CODE = {status.code: status for status in STATUSES}
BY_STATE = {status.state: status for status in STATUSES}
INITIAL = BY_CODE[1]
# The clock does not run while the applicant has to act (docs/domain/deadlines.md, "Pauses").
PAUSED_STATES = frozenset({"supplement", "payment"})
# No further processing: the dossier is closed for the deadline statistics.
CLOSED_STATES = frozenset({"refused", "withdrawn", "stopped", "finished", "returned"})


def status_of_state(state):
    """The Status of a workflow state id, or None for an unknown state."""
    return BY_STATE.get(state)


def status_of_code(code):
    """The Status of a national code (1-10, int or numeric string), or None."""
    try:
        return BY_CODE.get(int(code))
    except (TypeError, ValueError):
        return None
