"""Registry records of the VNeID sign-in (prefix ``danang.portal.vneid``).

Administrators edit them in Site Setup > "Đăng nhập VNeID" (vneid/controlpanel.py); the client
secret is write-only there. vneid/configuration.py copies them into the PAS plugin's properties,
the one place the plugin is configured from.
"""

from danang.portal import _
from zope import schema
from zope.interface import Interface

PREFIX = "danang.portal.vneid"
DEFAULT_SCOPES = ("openid", "profile", "vneid")


class IVNeIDSettings(Interface):
    """The national SSO's provider and this portal's client registration there."""

    enabled = schema.Bool(
        title=_("label_vneid_enabled", default="Cho phép đăng nhập bằng VNeID"),
        description=_(
            "help_vneid_enabled",
            default="Trang đăng nhập mời công dân, tổ chức đăng nhập bằng tài khoản định danh điện tử "
            "VNeID. Cần nhập đủ địa chỉ nhà cung cấp, mã ứng dụng và khóa bí mật.",
        ),
        default=False,
        required=False,
    )
    issuer = schema.URI(
        title=_("label_vneid_issuer", default="Địa chỉ nhà cung cấp định danh (issuer)"),
        description=_(
            "help_vneid_issuer",
            default="Địa chỉ OpenID Connect của hệ thống đăng nhập một lần quốc gia; cổng đọc các địa "
            "chỉ còn lại tại <issuer>/.well-known/openid-configuration.",
        ),
        required=False,
    )
    client_id = schema.TextLine(
        title=_("label_vneid_client_id", default="Mã ứng dụng (client_id)"),
        default="",
        required=False,
    )
    client_secret = schema.Password(
        title=_("label_vneid_client_secret", default="Khóa bí mật của ứng dụng (client_secret)"),
        description=_(
            "help_vneid_client_secret",
            default="Không hiển thị lại sau khi lưu. Để trống để giữ khóa đang dùng; nhập khóa mới "
            "để thay.",
        ),
        default="",
        required=False,
    )
    scopes = schema.Tuple(
        title=_("label_vneid_scopes", default="Phạm vi thông tin yêu cầu (scope)"),
        description=_("help_vneid_scopes", default="Mỗi dòng một phạm vi; luôn có openid."),
        value_type=schema.TextLine(),
        default=DEFAULT_SCOPES,
        required=False,
    )
    local_registration = schema.Bool(
        title=_("label_vneid_local_registration", default="Cho phép công dân tự đăng ký tài khoản tại cổng"),
        description=_(
            "help_vneid_local_registration",
            default="Bỏ chọn để chỉ cho công dân, tổ chức đăng nhập bằng VNeID (quy định từ ngày "
            "1/7/2025): trang đăng ký khi đó hướng dẫn đăng nhập bằng VNeID. Cán bộ vẫn đăng nhập "
            "bằng tài khoản của cổng.",
        ),
        default=True,
        required=False,
    )
