"""Registry records of online payment (prefix ``danang.portal.payment``).

Administrators edit them in Site Setup > "Thanh toán trực tuyến" (payment/controlpanel.py). The
merchant's hash secret is write-only there; the sandbox's own secret is generated at install
(payment/install.py) and never shown. The sandbox is off unless ``sandbox_enabled`` (a development
mode: `make start` turns it on, a production instance refuses it; payment/sandbox_mode.py).
"""

from danang.portal import _
from zope import schema
from zope.interface import Interface

PREFIX = "danang.portal.payment"
SANDBOX = "sandbox"
VNPAY = "vnpay"
# VNPay's test gateway; a contract with a gateway gives the production address.
DEFAULT_GATEWAY_URL = "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html"


class IPaymentSettings(Interface):
    """The active payment provider and the merchant account at the gateway."""

    provider = schema.Choice(
        title=_("label_payment_provider", default="Cổng thanh toán đang dùng"),
        description=_(
            "help_payment_provider",
            default="Chọn cổng thanh toán thật sau khi đã ký hợp đồng và nhập đủ thông tin kết nối "
            "bên dưới. Cổng thử nghiệm (không thu tiền thật) chỉ có khi đã bật ở ô cuối trang.",
        ),
        vocabulary="danang.portal.PaymentProviders",
        default=VNPAY,
        required=True,
    )
    gateway_url = schema.URI(
        title=_("label_payment_gateway_url", default="Địa chỉ trang thanh toán của cổng"),
        description=_(
            "help_payment_gateway_url",
            default="Địa chỉ do cổng thanh toán cung cấp, người nộp được chuyển tới đó để thanh toán.",
        ),
        default=DEFAULT_GATEWAY_URL,
        required=True,
    )
    merchant_code = schema.TextLine(
        title=_("label_payment_merchant_code", default="Mã đơn vị chấp nhận thanh toán (TmnCode)"),
        description=_(
            "help_payment_merchant_code",
            default="Mã website của cổng dịch vụ công tại cổng thanh toán.",
        ),
        default="",
        required=False,
    )
    hash_secret = schema.Password(
        title=_("label_payment_hash_secret", default="Khóa bí mật tạo chữ ký (HashSecret)"),
        description=_(
            "help_payment_hash_secret",
            default="Không hiển thị lại sau khi lưu. Để trống để giữ khóa đang dùng; nhập khóa mới "
            "để thay.",
        ),
        default="",
        required=False,
    )
    payment_window = schema.Int(
        title=_("label_payment_window", default="Thời gian chờ thanh toán (phút)"),
        description=_(
            "help_payment_window",
            default="Một giao dịch hết hạn sau số phút này; thông báo kết quả đến sau đó bị từ chối "
            "và người nộp tạo giao dịch mới.",
        ),
        default=15,
        min=5,
        max=1440,
        required=True,
    )
    sandbox_enabled = schema.Bool(
        title=_("label_payment_sandbox_enabled", default="Bật cổng thanh toán thử nghiệm"),
        description=_(
            "help_payment_sandbox_enabled",
            default="Chỉ dùng khi phát triển, kiểm thử và đào tạo: cổng thử nghiệm chạy ngay trong "
            "cổng dịch vụ công, không thu tiền thật, biên lai của nó thuộc ký hiệu thử nghiệm riêng. "
            "Máy chủ chính thức (production) không cho bật.",
        ),
        default=False,
        required=False,
    )
    sandbox_secret = schema.Password(
        title=_("label_payment_sandbox_secret", default="Khóa bí mật của cổng thử nghiệm"),
        default="",
        required=False,
    )
