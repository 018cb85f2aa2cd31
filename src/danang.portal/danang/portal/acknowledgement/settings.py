"""Registry settings of the acknowledgement slip (``danang.portal.receipts.*``: the records' names
predate the folder's name and stay, so that existing sites keep their values)."""

from danang.portal import _
from zope import schema
from zope.interface import Interface

PREFIX = "danang.portal.receipts"


class IReceiptSettings(Interface):
    link_lifetime = schema.Int(
        title=_("label_receipt_link_lifetime", default="Thời hạn liên kết xem giấy tiếp nhận (giây)"),
        description=_(
            "help_receipt_link_lifetime",
            default="Người nộp chưa đăng nhập xem được giấy tiếp nhận qua liên kết có chữ ký trong "
            "thời gian này; sau đó tra cứu bằng mã hồ sơ. Bản giấy tiếp nhận vẫn được gửi qua thư "
            "điện tử.",
        ),
        default=7200,
        min=60,
        required=True,
    )
    lookup_path = schema.TextLine(
        title=_("label_receipt_lookup_path", default="Đường dẫn trang tra cứu hồ sơ"),
        description=_(
            "help_receipt_lookup_path",
            default="Tính từ địa chỉ cổng, in trên giấy tiếp nhận để người nộp tra cứu.",
        ),
        default="tra-cuu-ho-so",
        required=True,
    )
