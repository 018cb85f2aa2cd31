"""Registry records of the exchange with the national portal (prefix ``danang.portal.national``).

Administrators edit them in Site Setup > "Cổng DVC quốc gia" (national/controlpanel.py). Both
secrets are write-only there. A development site (`make start`, the test layers) points
``endpoint`` at the simulator (national/simulator.py) and generates the secrets (install.py).
"""

from danang.portal import _
from zope import schema
from zope.interface import Interface

PREFIX = "danang.portal.national"


class INationalSettings(Interface):
    """Where the national portal's synchronisation endpoint is, and how the exchange is secured."""

    endpoint = schema.TextLine(
        title=_("label_national_endpoint", default="Địa chỉ đồng bộ của Cổng DVC quốc gia"),
        description=_(
            "help_national_endpoint",
            default="Địa chỉ (URL) nhận dữ liệu đồng bộ hồ sơ do Cổng DVC quốc gia cấp. Để trống: "
            "các sự kiện được giữ lại trong hàng đợi và gửi khi đã nhập địa chỉ.",
        ),
        default="",
        required=False,
    )
    unit_code = schema.TextLine(
        title=_("label_national_unit_code", default="Mã định danh đơn vị (MaDinhDanhDV)"),
        description=_(
            "help_national_unit_code",
            default="Mã định danh của thành phố trên Cổng DVC quốc gia, gửi kèm mỗi lần đồng bộ.",
        ),
        default="000.00.00.H17",
        required=True,
    )
    outbound_secret = schema.Password(
        title=_("label_national_outbound_secret", default="Khóa ký dữ liệu gửi đi"),
        description=_(
            "help_national_secret",
            default="Không hiển thị lại sau khi lưu. Để trống để giữ khóa đang dùng; nhập khóa mới để thay.",
        ),
        default="",
        required=False,
    )
    inbound_secret = schema.Password(
        title=_("label_national_inbound_secret", default="Khóa kiểm tra hồ sơ nhận từ Cổng DVC quốc gia"),
        description=_(
            "help_national_secret",
            default="Không hiển thị lại sau khi lưu. Để trống để giữ khóa đang dùng; nhập khóa mới để thay.",
        ),
        default="",
        required=False,
    )
    max_attempts = schema.Int(
        title=_("label_national_max_attempts", default="Số lần gửi tối đa trước khi chuyển vào hàng lỗi"),
        # With the default delays (30 s doubling, at most an hour) 30 attempts span about a day:
        # a national portal down for hours loses nothing and needs no one to retry by hand.
        default=30,
        min=1,
        max=100,
        required=True,
    )
    first_delay = schema.Int(
        title=_("label_national_first_delay", default="Chờ sau lần gửi lỗi đầu tiên (giây)"),
        description=_(
            "help_national_first_delay",
            default="Mỗi lần lỗi tiếp theo thời gian chờ gấp đôi, không quá mức tối đa bên dưới.",
        ),
        default=30,
        min=1,
        max=86400,
        required=True,
    )
    max_delay = schema.Int(
        title=_("label_national_max_delay", default="Thời gian chờ tối đa giữa hai lần gửi (giây)"),
        default=3600,
        min=1,
        max=86400,
        required=True,
    )
    timeout = schema.Int(
        title=_("label_national_timeout", default="Thời gian chờ trả lời của Cổng DVC quốc gia (giây)"),
        default=15,
        min=1,
        max=300,
        required=True,
    )
    replay_window = schema.Int(
        title=_("label_national_replay_window", default="Độ lệch thời gian cho phép của yêu cầu nhận (giây)"),
        description=_(
            "help_national_replay_window",
            default="Yêu cầu có dấu thời gian lệch hơn số giây này bị từ chối; mỗi mã dùng một lần "
            "(nonce) được nhớ trong thời gian gấp đôi.",
        ),
        default=300,
        min=30,
        max=3600,
        required=True,
    )
    sync_deadline = schema.Int(
        title=_("label_national_sync_deadline", default="Thời hạn đồng bộ đúng hạn (phút)"),
        description=_(
            "help_national_sync_deadline",
            default="Một sự kiện đến Cổng DVC quốc gia trong số phút này kể từ khi xảy ra được tính là "
            "đồng bộ đúng hạn trong thống kê.",
        ),
        default=60,
        min=1,
        max=10080,
        required=True,
    )
    simulator_enabled = schema.Bool(
        title=_("label_national_simulator_enabled", default="Chạy mô phỏng Cổng DVC quốc gia"),
        description=_(
            "help_national_simulator_enabled",
            default="Chỉ dùng khi phát triển và kiểm thử: một mô phỏng của Cổng DVC quốc gia chạy "
            "trên máy này, nhận dữ liệu đồng bộ. Máy chủ chính thức (production) không chạy nó.",
        ),
        default=False,
        required=False,
    )
