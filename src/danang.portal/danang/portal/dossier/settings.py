"""Registry settings of the applicant's signed link (``danang.portal.lookup.applicant_link_lifetime``).

The link belongs to the dossier (dossier/applicant_access.py), which the look-up, payment and
rating pages all use; the record keeps the name it was first shipped with under the look-up's
prefix, so existing sites keep their value.
"""

from danang.portal import _
from zope import schema
from zope.interface import Interface

PREFIX = "danang.portal.lookup"


class IApplicantLinkSettings(Interface):
    """How long the signed link handed out after a successful look-up stays valid."""

    applicant_link_lifetime = schema.Int(
        title=_("label_lookup_applicant_link_lifetime", default="Thời hạn phiên thao tác hồ sơ sau tra cứu (giây)"),
        description=_(
            "help_lookup_applicant_link_lifetime",
            default="Sau khi tra cứu đúng mã hồ sơ và số điện thoại hoặc số CCCD/CMND, người nộp "
            "chưa có tài khoản được nộp bổ sung, thanh toán, tải kết quả và đánh giá qua một liên "
            "kết có chữ ký trong thời gian này; hết hạn thì tra cứu lại.",
        ),
        default=3600,
        min=60,
        required=True,
    )
