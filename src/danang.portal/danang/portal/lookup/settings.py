"""Registry settings of the public dossier look-up (``danang.portal.lookup.*``)."""

from danang.portal import _
from zope import schema
from zope.interface import Interface

PREFIX = "danang.portal.lookup"


class ILookupSettings(Interface):
    """How hard the look-up resists guessing: failures allowed per client and time window."""

    max_failures = schema.Int(
        title=_("label_lookup_max_failures", default="Số lần tra cứu không thành công tối đa"),
        description=_(
            "help_lookup_max_failures",
            default="Sau số lần tra cứu không tìm thấy hồ sơ này trong khoảng thời gian dưới đây, "
            "một máy truy cập phải chờ trước khi tra cứu tiếp.",
        ),
        default=10,
        min=1,
        required=True,
    )
    window = schema.Int(
        title=_("label_lookup_window", default="Khoảng thời gian tính số lần không thành công (giây)"),
        default=900,
        min=10,
        required=True,
    )
    trusted_proxies = schema.Int(
        title=_("label_lookup_trusted_proxies", default="Số máy chủ trung gian (reverse proxy) tin cậy"),
        description=_(
            "help_lookup_trusted_proxies",
            default="0: nhận diện máy truy cập theo địa chỉ kết nối (hoặc trusted-proxy của "
            "zope.conf). N > 0: theo địa chỉ thứ N tính từ cuối tiêu đề X-Forwarded-For, do N máy "
            "chủ trung gian của cổng ghi thêm. Chỉ đặt khác 0 khi cổng chạy sau các máy chủ đó.",
        ),
        default=0,
        min=0,
        required=True,
    )
