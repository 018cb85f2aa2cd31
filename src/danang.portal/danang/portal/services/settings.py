"""Settings of the REST API (registry records ``danang.portal.api.*``, docs/api-conventions.md)."""

from danang.portal import _
from zope import schema
from zope.interface import Interface

PREFIX = "danang.portal.api"


class IAPISettings(Interface):
    cors_allowed_origins = schema.List(
        title=_("label_api_cors_origins", default="Trang web được gọi API từ trình duyệt (CORS)"),
        description=_(
            "help_api_cors_origins",
            default="Mỗi dòng một nguồn (origin) dạng https://ten-mien[:cổng], ví dụ "
            "https://app.danang.gov.vn: ứng dụng web ở đó được gọi API của cổng từ trình duyệt, kèm "
            "đăng nhập. Dòng * cho mọi trang gọi API không kèm đăng nhập. Để trống: không trang nào.",
        ),
        value_type=schema.TextLine(),
        default=[],
        missing_value=[],
        required=False,
    )
