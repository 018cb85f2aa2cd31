"""Registry settings of digital signatures (``danang.portal.signing.*``)."""

from danang.portal import _
from zope import schema
from zope.interface import Interface

PREFIX = "danang.portal.signing"


class ISigningSettings(Interface):
    tsa_url = schema.TextLine(
        title=_("label_signing_tsa_url", default="Địa chỉ máy chủ cấp dấu thời gian (TSA)"),
        description=_(
            "help_signing_tsa_url",
            default="Địa chỉ RFC 3161 của đơn vị cấp dấu thời gian. Có địa chỉ: chữ ký đạt mức "
            "PAdES B-T, và khi máy chủ này không phản hồi thì văn bản không được ký (việc phê "
            "duyệt kết quả bị từ chối); để trống: mức B-B (thời điểm ký do cổng ghi).",
        ),
        required=False,
        default=None,
    )
    warn_days = schema.Int(
        title=_("label_signing_warn_days", default="Cảnh báo trước khi chứng thư hết hạn (ngày)"),
        default=30,
        min=1,
        max=365,
    )
    test_certificates = schema.Bool(
        title=_("label_signing_test_certificates", default="Dùng chứng thư thử nghiệm"),
        description=_(
            "help_signing_test_certificates",
            default="Chỉ cho trang phát triển và kiểm thử: cơ quan chưa có chứng thư được cấp một "
            "chứng thư thử nghiệm do CA thử nghiệm của cổng ký. Không bật trên trang chính thức.",
        ),
        default=False,
    )
