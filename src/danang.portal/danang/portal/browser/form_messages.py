"""Error messages of the catalogue's edit forms, said the way an editor understands them.

z3c.form's generic messages ("Value is too small") name no rule; these replace them for the fields
where a rule applies. Each is a z3c.form error-view message, registered as a named adapter
("message") in configure.zcml, and is shown next to its field or table cell.
"""

from danang.portal import _
from danang.portal.content.rows import IComponentRow
from danang.portal.content.rows import IFeeRow
from danang.portal.content.service import IService
from z3c.form.error import ErrorViewMessage
from zope.schema.interfaces import RequiredMissing
from zope.schema.interfaces import TooBig
from zope.schema.interfaces import TooSmall

NegativeFee = ErrorViewMessage(
    _("error_negative_fee", default="Mức thu không được là số âm; nhập 0 nếu miễn phí."),
    error=TooSmall,
    field=IFeeRow["amount"],
)

NegativeOriginals = ErrorViewMessage(
    _("error_negative_copies", default="Số bản không được là số âm."),
    error=TooSmall,
    field=IComponentRow["originals"],
)

NegativeCopies = ErrorViewMessage(
    _("error_negative_copies", default="Số bản không được là số âm."),
    error=TooSmall,
    field=IComponentRow["copies"],
)

NoSets = ErrorViewMessage(
    _("error_number_of_sets", default="Số lượng bộ hồ sơ ít nhất là 1."),
    error=TooSmall,
    field=IService["number_of_sets"],
)

NegativeProcessingTime = ErrorViewMessage(
    _(
        "error_processing_time_negative",
        default="Thời hạn giải quyết không được là số âm; nhập 0 nếu giải quyết ngay.",
    ),
    error=TooSmall,
    field=IService["processing_time"],
)

ProcessingTimeTooLong = ErrorViewMessage(
    _("error_processing_time_too_long", default="Thời hạn giải quyết tối đa là 3650."),
    error=TooBig,
    field=IService["processing_time"],
)

# A select widget drops a token that is not in the vocabulary (a sector deleted while the form
# was open, a forged request) and reports the field as missing: say what to do in both cases.
UnknownSector = ErrorViewMessage(
    _("error_sector_required", default="Chọn một lĩnh vực có trong danh mục lĩnh vực."),
    error=RequiredMissing,
    field=IService["sector"],
)

# The grid itself reports "could not process the value" when one of its cells is wrong.
_bad_rows = _(
    "error_rows_invalid",
    default="Có ô chưa hợp lệ trong bảng; xem thông báo ngay tại ô đó.",
)
BadChannelRows = ErrorViewMessage(_bad_rows, error=ValueError, field=IService["channels"])
BadComponentRows = ErrorViewMessage(_bad_rows, error=ValueError, field=IService["components"])
BadFeeRows = ErrorViewMessage(_bad_rows, error=ValueError, field=IService["fees"])
