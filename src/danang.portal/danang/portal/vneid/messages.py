"""What the VNeID sign-in tells the visitor when it cannot go on: what happened, what to do, and
that nothing was lost (no account is made or changed by a refused sign-in)."""

from danang.portal import _

NOT_CONFIGURED = _(
    "vneid_not_configured",
    default="Đăng nhập bằng VNeID chưa sẵn sàng trên cổng này. Vui lòng thử lại sau hoặc liên hệ "
    "bộ phận một cửa.",
)
PROVIDER_DOWN = _(
    "vneid_provider_down",
    default="Không kết nối được hệ thống định danh điện tử VNeID. Vui lòng thử lại sau ít phút.",
)
SESSION_INVALID = _(
    "vneid_session_invalid",
    default="Phiên đăng nhập VNeID không hợp lệ hoặc đã được dùng. Vì an toàn, cổng không đăng nhập; "
    "vui lòng bấm \"Đăng nhập bằng VNeID\" để đăng nhập lại.",
)
TOKEN_INVALID = _(
    "vneid_token_invalid",
    default="Không xác thực được thông tin đăng nhập nhận từ VNeID (chữ ký sai hoặc đã hết hạn). "
    "Cổng không đăng nhập và không tạo tài khoản; vui lòng đăng nhập lại.",
)
DENIED = _(
    "vneid_denied",
    default="Bạn đã huỷ hoặc chưa hoàn tất đăng nhập tại VNeID. Vui lòng thử lại khi sẵn sàng.",
)
ALREADY_LINKED = _(
    "vneid_already_linked",
    default="Tài khoản định danh điện tử này đã được liên kết với một tài khoản khác của cổng.",
)
SIGNED_IN = _("vneid_signed_in", default="Đã đăng nhập bằng tài khoản định danh điện tử VNeID.")
LINKED = _(
    "vneid_linked",
    default="Đã liên kết tài khoản định danh điện tử VNeID với tài khoản của bạn.",
)
