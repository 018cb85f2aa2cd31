"""Registry records of the working calendar (prefix ``danang.portal.calendar``).

Administrators edit them in Site Setup > "Lịch làm việc, hạn xử lý" (deadlines/controlpanel.py).
The constraints below apply in the form; the registry itself stores plain lists of text lines.
"""

from danang.portal import _
from danang.portal.deadlines.data import parse_line
from plone.autoform import directives
from plone.supermodel import model
from plone.z3cform.textlines import TextLinesFieldWidget
from zope import schema
from zope.interface import Invalid

import re

REGISTRY_PREFIX = "danang.portal.calendar"
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_SESSION = re.compile(r"^\s*(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})\s*$")


def _check_days(lines):
    for line in lines or ():
        if not (line or "").strip():
            continue
        try:
            parse_line(line)
        except ValueError:
            raise Invalid(
                _(
                    "error_calendar_line",
                    default='Dòng "${line}" không đúng dạng NNNN-TT-NN|Tên ngày, ví dụ 2025-09-02|Quốc khánh.',
                    mapping={"line": line},
                )
            )
    return True


def _check_clock(value):
    if not _CLOCK.match(value or ""):
        raise Invalid(
            _("error_clock_time", default="Giờ phải có dạng GG:PP (24 giờ), ví dụ 16:00.")
        )
    return True


def _check_sessions(lines):
    previous_end = None
    for line in lines or ():
        match = _SESSION.match(line or "")
        if not match or not all(_CLOCK.match(part) for part in match.groups()):
            raise Invalid(
                _(
                    "error_session_line",
                    default='Dòng "${line}" không đúng dạng GG:PP-GG:PP, ví dụ 07:30-11:30.',
                    mapping={"line": line},
                )
            )
        start, end = match.groups()
        if start >= end or (previous_end is not None and start < previous_end):
            raise Invalid(
                _(
                    "error_session_order",
                    default="Các buổi làm việc phải theo thứ tự trong ngày, không chồng lên nhau, "
                    "giờ bắt đầu trước giờ kết thúc.",
                )
            )
        previous_end = end
    return True


class ICalendarSettings(model.Schema):
    """Days off, swapped working days, cut-off time and working hours for dossier deadlines."""

    directives.widget("days_off", TextLinesFieldWidget)
    days_off = schema.List(
        title=_("label_calendar_days_off", default="Ngày nghỉ lễ, Tết, nghỉ bù"),
        description=_(
            "help_calendar_days_off",
            default="Mỗi dòng một ngày không làm việc: NNNN-TT-NN|Tên ngày, ví dụ "
            "2025-01-29|Tết Nguyên Đán. Gồm ngày lễ, Tết, ngày nghỉ bù và ngày nghỉ hoán đổi theo "
            "thông báo hằng năm của Chính phủ. Thứ Bảy, Chủ nhật đã là ngày nghỉ.",
        ),
        value_type=schema.TextLine(),
        constraint=_check_days,
        required=False,
        default=[],
    )
    directives.widget("working_days", TextLinesFieldWidget)
    working_days = schema.List(
        title=_("label_calendar_working_days", default="Ngày làm việc bù"),
        description=_(
            "help_calendar_working_days",
            default="Thứ Bảy, Chủ nhật phải đi làm bù do hoán đổi ngày nghỉ, mỗi dòng một ngày: "
            "NNNN-TT-NN|Ghi chú, ví dụ 2025-04-26|Làm bù cho ngày 02/05/2025.",
        ),
        value_type=schema.TextLine(),
        constraint=_check_days,
        required=False,
        default=[],
    )
    cutoff_time = schema.TextLine(
        title=_("label_calendar_cutoff", default="Giờ chốt tiếp nhận trong ngày"),
        description=_(
            "help_calendar_cutoff",
            default="Hồ sơ nhận từ giờ này trở đi (hoặc vào ngày nghỉ) được tính là nhận vào ngày "
            "làm việc tiếp theo. Dạng GG:PP, mặc định 16:00.",
        ),
        constraint=_check_clock,
        required=True,
        default="16:00",
    )
    directives.widget("working_hours", TextLinesFieldWidget)
    working_hours = schema.List(
        title=_("label_calendar_working_hours", default="Giờ làm việc"),
        description=_(
            "help_calendar_working_hours",
            default="Các buổi làm việc trong ngày, mỗi dòng GG:PP-GG:PP. Thời hạn tính bằng giờ "
            "chỉ chạy trong các buổi này; hạn tính bằng ngày kết thúc vào cuối buổi cuối cùng.",
        ),
        value_type=schema.TextLine(),
        constraint=_check_sessions,
        required=True,
        min_length=1,
        default=["07:30-11:30", "13:00-17:00"],
    )
