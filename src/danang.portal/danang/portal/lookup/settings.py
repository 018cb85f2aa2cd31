"""Registry settings of the public dossier look-up (``danang.portal.lookup.*``)."""

from danang.portal import _
from zope import schema
from zope.interface import Interface

PREFIX = "danang.portal.lookup"


class ILookupSettings(Interface):
    """How hard the look-up resists guessing (docs/security.md, "Look-up throttle"): growing waits
    per dossier code and per phone or ID number, and what a noisy client address changes."""

    free_failures = schema.Int(
        title=_("label_lookup_free_failures", default="Số lần tra cứu sai được bỏ qua cho mỗi mã hồ sơ"),
        description=_(
            "help_lookup_free_failures",
            default="Sau số lần tra cứu không tìm thấy này với cùng một mã hồ sơ (hoặc cùng một số "
            "điện thoại, số CCCD/CMND), mỗi lần tra cứu tiếp phải chờ, thời gian chờ tăng gấp đôi "
            "sau mỗi lần sai.",
        ),
        default=5,
        min=1,
        required=True,
    )
    first_wait = schema.Int(
        title=_("label_lookup_first_wait", default="Thời gian chờ đầu tiên (giây)"),
        default=2,
        min=1,
        required=True,
    )
    max_wait = schema.Int(
        title=_("label_lookup_max_wait", default="Thời gian chờ tối đa (giây)"),
        default=300,
        min=1,
        required=True,
    )
    address_free_failures = schema.Int(
        title=_("label_lookup_address_free_failures", default="Số lần tra cứu sai từ một địa chỉ mạng"),
        description=_(
            "help_lookup_address_free_failures",
            default="Sau số lần này từ cùng một địa chỉ mạng, mỗi lần sai từ địa chỉ đó bắt mã hồ sơ "
            "và số đã nhập phải chờ ngay. Tra cứu đúng vẫn luôn được trả lời.",
        ),
        default=20,
        min=1,
        required=True,
    )
    forget_after = schema.Int(
        title=_("label_lookup_forget_after", default="Quên các lần sai sau (giây, tính từ lần sai cuối)"),
        default=3600,
        min=60,
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
