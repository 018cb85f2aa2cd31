"""Registry settings of satisfaction ratings (``danang.portal.satisfaction.*``)."""

from danang.portal import _
from zope import schema
from zope.interface import Interface

PREFIX = "danang.portal.satisfaction"


class ISatisfactionSettings(Interface):
    link_lifetime = schema.Int(
        title=_("label_satisfaction_link_lifetime", default="Thời hạn liên kết đánh giá gửi qua thư điện tử (giây)"),
        description=_(
            "help_satisfaction_link_lifetime",
            default="Thư báo đã trả kết quả có liên kết để người nộp đánh giá mức độ hài lòng mà "
            "không cần đăng nhập hay tra cứu lại; liên kết chỉ dùng để đánh giá và hết hạn sau "
            "thời gian này (mặc định 30 ngày).",
        ),
        default=30 * 24 * 3600,
        min=3600,
        required=True,
    )
